using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// What the fixes that edit text inside strings share, in C# and in AdditionalFiles (prompt files, appsettings.json):
/// which tokens hold string text, which document a Fix All finding is in, and applying the edits.
/// </summary>
internal static class TextEdits
{
    /// <summary>A token whose text is string content: regular, verbatim, interpolated, raw and UTF-8 literals.</summary>
    public static bool IsStringToken(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken => true,
        _ => false,
    };

    /// <summary>
    /// Applies text changes to C# and additional documents of <paramref name="solution"/>: per document in order of
    /// position, a change that overlaps one before it (the same finding reached twice) dropped.
    /// </summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<(DocumentId Document, TextChange Change)> changes, CancellationToken cancellationToken)
    {
        foreach (var group in changes.GroupBy(c => c.Document))
        {
            var document = (TextDocument?)solution.GetDocument(group.Key) ?? solution.GetAdditionalDocument(group.Key);
            if (document is null)
            {
                continue;
            }

            var kept = new List<TextChange>();
            foreach (var change in group.Select(c => c.Change).OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length))
            {
                if (kept.Count == 0 || kept[kept.Count - 1].Span.End <= change.Span.Start && kept[kept.Count - 1].Span != change.Span)
                {
                    kept.Add(change);
                }
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            solution = document is Document
                ? solution.WithDocumentText(group.Key, text.WithChanges(kept))
                : solution.WithAdditionalDocumentText(group.Key, text.WithChanges(kept));
        }

        return solution;
    }

    /// <summary>Every finding of a Fix All run with the document it is in: a C# document, or an additional document by path.</summary>
    public static async Task<List<(TextDocument Document, Diagnostic Diagnostic)>> FindingsAsync(FixAllContext context)
    {
        var found = new List<(TextDocument, Diagnostic)>();
        var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        foreach (var project in projects)
        {
            var diagnostics = context.Scope == FixAllScope.Document && context.Document is { } only
                ? await context.GetDocumentDiagnosticsAsync(only).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics)
            {
                var document = diagnostic.Location.SourceTree is { } tree
                    ? project.GetDocument(tree)
                    : project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == diagnostic.Location.GetLineSpan().Path) as TextDocument;
                if (document is not null)
                {
                    found.Add((document, diagnostic));
                }
            }
        }

        return found;
    }
}
