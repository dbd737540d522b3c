using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA2001 "Convert transcript to chat messages": a prompt written as Anthropic's legacy transcript
/// (<c>\n\nHuman: ...\n\nAssistant: ...</c>) that is sent with <c>IChatClient.GetResponseAsync</c> /
/// <c>GetStreamingResponseAsync</c> becomes the list of <c>ChatMessage</c>s it stands for: text before the first turn is
/// the system message, each Human turn a user message, each Assistant turn an assistant message, and the empty
/// Assistant cue at the end (the old way to ask for the answer) is dropped. Interpolations stay where they were.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertTranscriptToChatMessagesFix)), Shared]
public sealed class ConvertTranscriptToChatMessagesFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.ConvertTranscriptToChatMessages";
    private static readonly string[] Markers = { "Human:", "Assistant:" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProviderTurnMarker);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One("Convert transcript to chat messages", EquivalenceKey);

    protected override bool ComputeWhenOffered => true;

    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
        => await ConvertAsync(document, diagnostics, cancellationToken).ConfigureAwait(false) ?? document;

    private static async Task<Document?> ConvertAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        var useCollectionExpression = ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion >= LanguageVersion.CSharp12;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Subject, out var marker) && Array.IndexOf(Markers, marker) >= 0
                && root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ExpressionSyntax>()
                    .FirstOrDefault(e => e is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax) is { } prompt
                && !replacements.ContainsKey(prompt)
                && IsChatRequestText(prompt, model, cancellationToken)
                && Messages(prompt) is { Count: > 0 } messages)
            {
                var elements = messages.Select(m => $"new ChatMessage(ChatRole.{m.Role}, {m.Text})");
                var list = useCollectionExpression ? $"[{string.Join(", ", elements)}]" : $"new ChatMessage[] {{ {string.Join(", ", elements)} }}";
                replacements[prompt] = SyntaxFactory.ParseExpression(list).WithTriviaFrom(prompt);
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var newRoot = DocumentEditing.EnsureUsing(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]), model.Compilation, "Microsoft.Extensions.AI");
        var converted = document.WithSyntaxRoot(newRoot);
        var convertedModel = await converted.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return convertedModel is not null
               && CompileCheck.HasNoNewErrors(CompileCheck.Errors(model.GetDiagnostics(cancellationToken: cancellationToken)), CompileCheck.Errors(convertedModel.GetDiagnostics(cancellationToken: cancellationToken)))
            ? converted
            : null;
    }

    /// <summary>The prompt is the text argument of a Microsoft.Extensions.AI chat request, which also takes a message list.</summary>
    private static bool IsChatRequestText(ExpressionSyntax prompt, SemanticModel model, CancellationToken cancellationToken)
        => prompt.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
           && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "GetResponseAsync" or "GetStreamingResponseAsync" } method
           && method.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.AI"
           && model.GetTypeInfo(prompt, cancellationToken).Type?.SpecialType == SpecialType.System_String;

    /// <summary>The transcript's turns as (role, C# expression of the text); null when it is not a transcript the fix can split.</summary>
    private static List<(string Role, string Text)>? Messages(ExpressionSyntax prompt)
    {
        // The prompt as pieces: literal text, and interpolations kept as written.
        var pieces = new List<(string? Text, InterpolationSyntax? Hole)>();
        switch (prompt)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                pieces.Add((literal.Token.ValueText, null));
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    pieces.Add(content is InterpolatedStringTextSyntax text ? (text.TextToken.ValueText, null) : (null, (InterpolationSyntax)content));
                }

                break;
            default:
                return null;
        }

        var turns = new List<(string Role, List<(string? Text, InterpolationSyntax? Hole)> Pieces)> { ("System", new()) };
        foreach (var (text, hole) in pieces)
        {
            if (hole is not null)
            {
                turns[turns.Count - 1].Pieces.Add((null, hole));
                continue;
            }

            var rest = text!;
            while (NextTurn(rest, out var before, out var role, out var after))
            {
                turns[turns.Count - 1].Pieces.Add((before, null));
                turns.Add((role, new()));
                rest = after;
            }

            turns[turns.Count - 1].Pieces.Add((rest, null));
        }

        if (turns.Count == 1)
        {
            return null;
        }

        var messages = new List<(string Role, string Text)>();
        foreach (var (role, turnPieces) in turns)
        {
            if (Render(turnPieces) is { } expression)
            {
                messages.Add((role, expression));
            }
        }

        return messages;
    }

    /// <summary>Finds the next <c>Human:</c> / <c>Assistant:</c> that starts a turn (at the start, or after a blank line).</summary>
    private static bool NextTurn(string text, out string before, out string role, out string after)
    {
        var best = -1;
        var marker = string.Empty;
        foreach (var candidate in Markers)
        {
            for (var at = text.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = text.IndexOf(candidate, at + 1, StringComparison.Ordinal))
            {
                var startsTurn = at == 0 && text.Length > 0 || at >= 2 && text[at - 1] == '\n' && (text[at - 2] == '\n' || text[at - 2] == '\r' && at >= 3 && text[at - 3] == '\n');
                if (startsTurn)
                {
                    if (best < 0 || at < best)
                    {
                        best = at;
                        marker = candidate;
                    }

                    break;
                }
            }
        }

        if (best < 0)
        {
            before = role = after = string.Empty;
            return false;
        }

        before = text.Substring(0, best);
        role = marker == "Human:" ? "User" : "Assistant";
        after = text.Substring(best + marker.Length);
        return true;
    }

    /// <summary>A turn's text as a C# expression, whitespace at its ends trimmed; null when the turn is empty.</summary>
    private static string? Render(List<(string? Text, InterpolationSyntax? Hole)> pieces)
    {
        var first = pieces.FindIndex(p => p.Hole is not null || p.Text!.Trim().Length > 0);
        var last = pieces.FindLastIndex(p => p.Hole is not null || p.Text!.Trim().Length > 0);
        if (first < 0)
        {
            return null;
        }

        var kept = pieces.GetRange(first, last - first + 1);
        if (kept[0].Text is { } head)
        {
            kept[0] = (head.TrimStart(), null);
        }

        if (kept[kept.Count - 1].Text is { } tail)
        {
            kept[kept.Count - 1] = (tail.TrimEnd(), null);
        }

        if (kept.All(p => p.Hole is null))
        {
            return SyntaxFactory.Literal(string.Concat(kept.Select(p => p.Text))).Text;
        }

        var builder = new StringBuilder("$\"");
        foreach (var (text, hole) in kept)
        {
            if (hole is not null)
            {
                builder.Append('{').Append(hole.Expression.ToString()).Append(hole.AlignmentClause?.ToString()).Append(hole.FormatClause?.ToString()).Append('}');
            }
            else
            {
                var quoted = SyntaxFactory.Literal(text!).Text;
                builder.Append(quoted.Substring(1, quoted.Length - 2).Replace("{", "{{").Replace("}", "}}"));
            }
        }

        return builder.Append('"').ToString();
    }
}
