using System;
using System.Collections.Immutable;
using System.Composition;
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
/// PLA2001 "Remove turn marker": deletes the marker or special token (the diagnostic spans exactly it, plus one space next
/// to it), so the prompt is plain text every model reads the same way. Works in C# string literals and in prompt files
/// (additional documents); Fix All covers both. Not offered where the text is not known to go to a chat API.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveTurnMarkerFix), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class RemoveTurnMarkerFix : TextChangeFix
{
    public const string EquivalenceKey = "ProviderLockin.RemoveTurnMarker";
    private const string Title = "Remove turn marker";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProviderTurnMarker);

    protected override string Key => EquivalenceKey;

    protected override string FixAllTitle => Title;

    protected override string TitleFor(Diagnostic diagnostic, TextChange change) => Title;

    protected override async Task<TextChange?> ChangeForAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await RemovalAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } removal ? new TextChange(removal, string.Empty) : null;

    /// <summary>The text to delete for one finding: the marker and one space after it (or before it, at the end).</summary>
    private static async Task<TextSpan?> RemovalAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // A template whose destination is unknown (a helper's return value) may go to a text-completion endpoint that
        // needs its markers (Anthropic's /v1/complete rejects a prompt without "\n\nHuman:"): deleting them would break
        // the request at run time (found on real code).
        if (diagnostic.Properties.ContainsKey(DiagnosticProperties.DestinationUnknown))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (span.End > text.Length)
        {
            return null;
        }

        int start, end;
        if (document is Document source)
        {
            // In C#, only inside a string token.
            var root = await source.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var token = root!.FindToken(span.Start);
            if (!TextEdits.IsStringToken(token) || !token.Span.Contains(span))
            {
                return null;
            }

            (start, end) = (token.SpanStart, token.Span.End);
        }
        else
        {
            var line = text.Lines.GetLineFromPosition(span.Start);
            (start, end) = (line.Start, line.End);
        }

        // "[INST] Draft ..." loses "[INST] "; " [/INST]" at the end loses its leading space; indentation is never touched.
        if (span.End < end && text[span.End] == ' ')
        {
            return new TextSpan(span.Start, span.Length + 1);
        }

        return span.Start > start && text[span.Start - 1] == ' ' && (span.Start - 1 == start || !char.IsWhiteSpace(text[span.Start - 2]))
            ? new TextSpan(span.Start - 1, span.Length + 1)
            : span;
    }
}
