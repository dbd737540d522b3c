using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class RemoveTurnMarkerFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.RemoveTurnMarker";
    private const string Title = "Remove turn marker";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProviderTurnMarker);

    public override FixAllProvider GetFixAllProvider() => new RemoveAllProvider();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await RemovalAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } removal)
            {
                var solution = document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => RemoveAsync(solution, new[] { (document.Id, removal) }, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

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

    private static Task<Solution> RemoveAsync(Solution solution, IEnumerable<(DocumentId Document, TextSpan Removal)> removals, CancellationToken cancellationToken)
        => TextEdits.ApplyAsync(solution, removals.Select(r => (r.Document, new TextChange(r.Removal, string.Empty))), cancellationToken);


    /// <summary>Fix All over C# files and prompt files of the scope, in one solution change.</summary>
    private sealed class RemoveAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var removals = new List<(DocumentId, TextSpan)>();
            foreach (var (document, diagnostic) in await TextEdits.FindingsAsync(fixAllContext).ConfigureAwait(false))
            {
                if (await RemovalAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } removal)
                {
                    removals.Add((document.Id, removal));
                }
            }

            return removals.Count == 0
                ? null
                : CodeAction.Create(Title, ct => RemoveAsync(fixAllContext.Solution, removals, ct), EquivalenceKey);
        }
    }
}
