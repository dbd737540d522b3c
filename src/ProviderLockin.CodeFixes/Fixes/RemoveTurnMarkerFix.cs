using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA2001 "Remove turn marker": deletes the marker or special token from the string (the diagnostic spans exactly it), so
/// the prompt is plain text every model reads the same way. Offered for markers inside C# string literals.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveTurnMarkerFix)), Shared]
public sealed class RemoveTurnMarkerFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.RemoveTurnMarker";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProviderTurnMarker);

    // Each fix deletes a disjoint span of text: the batch fixer merges them.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            var token = root.FindToken(span.Start);
            if (!IsStringToken(token) || !token.Span.Contains(span))
            {
                continue;
            }

            var tokenText = token.ToString();
            var offset = span.Start - token.SpanStart;
            var marker = tokenText.Substring(offset, span.Length);

            // "[INST] Draft ..." loses "[INST] ", not just "[INST]": one space after (or before, at the end) goes with it.
            var removal = offset + span.Length < tokenText.Length && tokenText[offset + span.Length] == ' '
                ? new TextSpan(span.Start, span.Length + 1)
                : offset > 0 && tokenText[offset - 1] == ' ' && (offset == 1 || !char.IsWhiteSpace(tokenText[offset - 2])) ? new TextSpan(span.Start - 1, span.Length + 1) : span;
            context.RegisterCodeFix(
                CodeAction.Create($"Remove turn marker '{marker}'", ct => RemoveAsync(context.Document, removal, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, string.Empty)));
    }

    private static bool IsStringToken(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken => true,
        _ => false,
    };
}
