using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA2006 "Use the successor model": replaces a deprecated or retired model ID with the one the provider names as its
/// replacement (the diagnostic's <see cref="DiagnosticProperties.Successor"/>, never a guess). Offered only where the
/// finding spans exactly the ID inside a string (C#, Prompty front matter, appsettings*.json) and only when the catalogue
/// names one successor; C# changes that would add a compiler error (a duplicate <c>case</c> label) are dropped. Moving
/// the ID to configuration is PLA2002's fix, offered on the same literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceRetiredModelIdFix), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class ReplaceRetiredModelIdFix : TextChangeFix
{
    public const string EquivalenceKey = "ProviderLockin.ReplaceRetiredModelId";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.RetiredModelId);

    protected override string Key => EquivalenceKey;

    protected override string FixAllTitle => "Use the successor models";

    protected override string TitleFor(Diagnostic diagnostic, TextChange change)
        => "Use '" + change.NewText + "' instead of '" + diagnostic.Properties[DiagnosticProperties.Subject] + "'";

    protected override Task<TextChange?> ChangeForAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => ReplacementAsync(document, diagnostic, cancellationToken);

    // Only a constant can make the new value collide (a case label, another constant): check those before offering.
    protected override Task<bool> MustApplyBeforeOfferingAsync(TextDocument document, TextChange change, CancellationToken cancellationToken)
        => IsConstantDeclarationAsync(document, change.Span, cancellationToken);

    protected override Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<(DocumentId Document, TextChange Change)> changes, CancellationToken cancellationToken)
        => ReplaceAsync(solution, changes, cancellationToken);

    /// <summary>The change for one finding: its span holds exactly the ID, inside a string token in C#.</summary>
    private static async Task<TextChange?> ReplacementAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Successor, out var successor) || string.IsNullOrEmpty(successor)
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Subject, out var id) || string.IsNullOrEmpty(id))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (span.End > text.Length || InsideQuotes(text.ToString(span), id!) is not { } offset)
        {
            return null;
        }

        span = new TextSpan(span.Start + offset, id!.Length);

        if (document is Document source)
        {
            var root = await source.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var token = root!.FindToken(span.Start);
            if (!TextEdits.IsStringToken(token) || !token.Span.Contains(span) || token.Span.Start == span.Start)
            {
                return null;
            }
        }

        return new TextChange(span, successor!);
    }

    /// <summary>
    /// Where the ID starts in the finding's text: the text is the ID (inside JSON or YAML), or a literal that holds only the
    /// ID (<c>"gpt-4-32k"</c>, <c>@"..."</c>, <c>"..."u8</c>). Null for anything else, such as an SDK constant's name.
    /// </summary>
    private static int? InsideQuotes(string text, string id)
    {
        var at = text.IndexOf(id, System.StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var prefix = text.Substring(0, at);
        var suffix = text.Substring(at + id.Length);
        if (suffix.EndsWith("u8", System.StringComparison.Ordinal))
        {
            suffix = suffix.Substring(0, suffix.Length - 2);
        }

        var opening = prefix.TrimStart('@', '$');
        return opening.Trim('"').Length == 0 && suffix.Trim('"').Length == 0 && opening.Length == suffix.Length ? at : null;
    }

    private static async Task<bool> IsConstantDeclarationAsync(TextDocument document, TextSpan span, CancellationToken cancellationToken)
    {
        if (document is not Document source || await source.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return false;
        }

        for (var node = root.FindToken(span.Start).Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case Microsoft.CodeAnalysis.CSharp.Syntax.LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax:
                    return false;
            }
        }

        return false;
    }

    private static async Task<Solution> ReplaceAsync(Solution solution, IEnumerable<(DocumentId Document, TextChange Change)> changes, CancellationToken cancellationToken)
    {
        foreach (var project in changes.GroupBy(c => solution.GetDocument(c.Document)?.Project.Id ?? solution.GetAdditionalDocument(c.Document)?.Project.Id))
        {
            if (project.Key is null)
            {
                continue;
            }

            var before = solution;
            solution = await TextEdits.ApplyAsync(solution, project, cancellationToken).ConfigureAwait(false);
            var touchedCode = project.Any(c => before.GetDocument(c.Document) is not null);

            // A constant that now equals another case label does not compile: keep the project as it was.
            if (touchedCode && !await CompileCheck.CompilesAsWellAsync(before, solution, project.Key, cancellationToken).ConfigureAwait(false))
            {
                solution = before;
            }
        }

        return solution;
    }
}
