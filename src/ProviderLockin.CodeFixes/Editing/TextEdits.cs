using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// What the fixes that edit text inside strings share, in C# and in AdditionalFiles (prompt files, appsettings.json):
/// which tokens hold string text, and which document a Fix All finding is in.
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
