using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// PLA2005 "Move prefill into instructions": removes the trailing assistant message from a collection expression, array or
/// list initializer and asks for the same start in a system message instead — appended to a leading system message with
/// literal text, or added as the first message. Offered for Microsoft.Extensions.AI <c>ChatMessage</c> and OpenAI
/// <c>AssistantChatMessage</c> prefills with literal text.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MovePrefillIntoInstructionsFix)), Shared]
public sealed class MovePrefillIntoInstructionsFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.MovePrefillIntoInstructions";
    private const string Title = "Move prefill into instructions";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AssistantPrefill);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One(Title, EquivalenceKey);

    protected override bool CanFix(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Plan.TryCreate(root, model, diagnostic, cancellationToken) is not null;

    /// <summary>Each flagged message list rewritten once, all planned on the document as it was (the lists do not overlap).</summary>
    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan.TryCreate(root, model, diagnostic, cancellationToken) is { } plan
                && !replacements.Keys.Any(c => c.Span.OverlapsWith(plan.Container.Span)))
            {
                replacements[plan.Container] = Rewrite(plan);
            }
        }

        return replacements.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static SyntaxNode Rewrite(Plan plan)
    {
        var instruction = $"Begin your answer with \"{plan.Prefill}\".";

        // The list as written: element, comma, element, ... (maybe a trailing comma). Work on it so layout survives.
        var items = new List<SyntaxNodeOrToken>(plan.Items);
        var lastElement = items.FindLastIndex(i => i.IsNode);
        var hasTrailingComma = lastElement < items.Count - 1;
        if (hasTrailingComma)
        {
            // [..., user, prefill,] → [..., user,]: drop the prefill and its comma, keep the comma before it.
            items.RemoveRange(lastElement, 2);
        }
        else
        {
            // [..., user, prefill] → [..., user]: drop the comma before the prefill; the prefill's trailing layout moves up.
            var prefillTrailing = items[lastElement].GetTrailingTrivia();
            items.RemoveRange(lastElement - 1, 2);
            items[items.Count - 1] = items[items.Count - 1].WithTrailingTrivia(prefillTrailing);
        }

        var first = items[0].AsNode()!;
        if (plan.FirstSystemText is { } systemText)
        {
            var combined = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(systemText.Token.ValueText + " " + instruction));
            items[0] = first.ReplaceNode(systemText, combined.WithTriviaFrom(systemText));
        }
        else
        {
            // A new first message, laid out like the current first one, followed by a comma laid out like the first comma.
            var system = SyntaxFactory.ParseExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, plan.SystemMessageFormat, Quote(instruction)));
            SyntaxNode element = first is CollectionElementSyntax ? SyntaxFactory.ExpressionElement(system) : system;
            items.Insert(0, plan.Items[1]);
            items.Insert(0, element.WithLeadingTrivia(first.GetLeadingTrivia()));
        }

        return plan.WithItems(items);
    }

    private static string Quote(string text) => SyntaxFactory.Literal(text).Text;

    /// <summary>What the fix changes: the list as written, the prefill text and the system message to extend.</summary>
    private sealed class Plan
    {
        private Plan(SyntaxNode container, SyntaxNodeOrTokenList items, string prefill, LiteralExpressionSyntax? firstSystemText, bool isOpenAi, string systemMessageFormat)
        {
            SystemMessageFormat = systemMessageFormat;
            Container = container;
            Items = items;
            Prefill = prefill;
            FirstSystemText = firstSystemText;
            IsOpenAi = isOpenAi;
        }

        public SyntaxNode Container { get; }

        /// <summary>Elements and commas, as in the source.</summary>
        public SyntaxNodeOrTokenList Items { get; }

        public string Prefill { get; }

        public LiteralExpressionSyntax? FirstSystemText { get; }

        public bool IsOpenAi { get; }

        /// <summary>The new system message, with <c>{0}</c> for its text.</summary>
        public string SystemMessageFormat { get; }

        public static Plan? TryCreate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var prefill = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
            if (prefill is null)
            {
                return null;
            }

            SyntaxNode? container;
            SyntaxNodeOrTokenList items;
            List<ExpressionSyntax> expressions;
            switch (prefill.Parent)
            {
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } when collection.Elements.All(e => e is ExpressionElementSyntax):
                    container = collection;
                    items = collection.Elements.GetWithSeparators();
                    expressions = collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression).ToList();
                    break;
                case InitializerExpressionSyntax initializer:
                    container = initializer;
                    items = initializer.Expressions.GetWithSeparators();
                    expressions = initializer.Expressions.ToList();
                    break;
                default:
                    return null;
            }

            if (expressions.Count < 2 || expressions[expressions.Count - 1] != prefill || TextOf(prefill) is not { } text)
            {
                return null;
            }

            // Only the two message shapes whose system message is one more list element; Anthropic and Semantic Kernel
            // take the system prompt elsewhere, so no fix is offered for them.
            bool isOpenAi;
            switch (model.GetTypeInfo(prefill, cancellationToken).Type?.ToDisplayString())
            {
                case "OpenAI.Chat.AssistantChatMessage":
                    isOpenAi = true;
                    break;
                case "Microsoft.Extensions.AI.ChatMessage":
                    isOpenAi = false;
                    break;
                default:
                    return null;
            }

            return new Plan(container, items, text, SystemText(expressions[0], isOpenAi), isOpenAi, SystemMessageFormatAt(model, prefill.SpanStart, isOpenAi));
        }

        /// <summary>
        /// How to write the new system message here: short names where they bind to the right type, the qualified names
        /// where a using of another SDK (or none) would make the short ones mean something else.
        /// </summary>
        private static string SystemMessageFormatAt(SemanticModel model, int position, bool isOpenAi)
        {
            var (shortForm, longForm, type) = isOpenAi
                ? ("new SystemChatMessage({0})", "new OpenAI.Chat.SystemChatMessage({0})", "OpenAI.Chat.SystemChatMessage")
                : ("new ChatMessage(ChatRole.System, {0})", "new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.System, {0})", "Microsoft.Extensions.AI.ChatMessage");
            var probe = SyntaxFactory.ParseExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, shortForm, "\"\""));
            var bound = model.GetSpeculativeTypeInfo(position, probe, SpeculativeBindingOption.BindAsExpression).Type;
            return bound?.ToDisplayString() == type ? shortForm : longForm;
        }

        public SyntaxNode WithItems(List<SyntaxNodeOrToken> items) => Container switch
        {
            CollectionExpressionSyntax collection => collection.WithElements(SyntaxFactory.SeparatedList<CollectionElementSyntax>(items)),
            InitializerExpressionSyntax initializer => initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)),
            _ => Container,
        };

        /// <summary>The literal text of <c>new ChatMessage(ChatRole.Assistant, "...")</c>, <c>new(ChatRole.Assistant, "...")</c> or <c>new AssistantChatMessage("...")</c>.</summary>
        private static string? TextOf(ExpressionSyntax message)
        {
            var arguments = ArgumentsOf(message);
            return arguments.Count > 0 && arguments[arguments.Count - 1].Expression is LiteralExpressionSyntax literal
                   && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;
        }

        private static LiteralExpressionSyntax? SystemText(ExpressionSyntax message, bool isOpenAi)
        {
            var arguments = ArgumentsOf(message);
            if (arguments.Count == 0)
            {
                return null;
            }

            var isSystem = isOpenAi
                ? message is ObjectCreationExpressionSyntax { Type: var type } && type.ToString().EndsWith("SystemChatMessage", System.StringComparison.Ordinal)
                : arguments.Count == 2 && arguments[0].Expression.ToString().EndsWith("ChatRole.System", System.StringComparison.Ordinal);
            return isSystem && arguments[arguments.Count - 1].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal
                : null;
        }

        private static SeparatedSyntaxList<ArgumentSyntax> ArgumentsOf(ExpressionSyntax message) => message switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
            _ => default,
        };
    }
}
