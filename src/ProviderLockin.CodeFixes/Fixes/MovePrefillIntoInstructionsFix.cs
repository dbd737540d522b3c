using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
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
public sealed class MovePrefillIntoInstructionsFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.MovePrefillIntoInstructions";
    private const string Title = "Move prefill into instructions";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AssistantPrefill);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan.TryCreate(root, model, diagnostic, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ApplyAsync(context.Document, root, plan, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static Task<Document> ApplyAsync(Document document, SyntaxNode root, Plan plan, CancellationToken cancellationToken)
    {
        var instruction = $"Begin your answer with \"{plan.Prefill}\".";
        var elements = plan.Elements.ToList();
        var first = elements[0];
        elements.RemoveAt(elements.Count - 1);

        if (plan.FirstSystemText is { } systemText)
        {
            var combined = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(systemText.Token.ValueText + " " + instruction));
            elements[0] = first.ReplaceNode(systemText, combined.WithTriviaFrom(systemText));
        }
        else
        {
            var system = SyntaxFactory.ParseExpression(plan.IsOpenAi
                    ? $"new SystemChatMessage({Quote(instruction)})"
                    : $"new ChatMessage(ChatRole.System, {Quote(instruction)})")
                .WithTriviaFrom(first);
            elements.Insert(0, system);
        }

        var separated = SyntaxFactory.SeparatedList(elements, Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), elements.Count - 1));
        var replacement = plan.WithElements(separated).WithAdditionalAnnotations(Formatter.Annotation);
        return DocumentEditing.FormatAsync(document.WithSyntaxRoot(root.ReplaceNode(plan.Container, replacement)), cancellationToken);
    }

    private static string Quote(string text) => SyntaxFactory.Literal(text).Text;

    /// <summary>What the fix changes: the list, its elements, the prefill text and the system message to extend.</summary>
    private sealed class Plan
    {
        private Plan(SyntaxNode container, ImmutableArray<ExpressionSyntax> elements, string prefill, LiteralExpressionSyntax? firstSystemText, bool isOpenAi)
        {
            Container = container;
            Elements = elements;
            Prefill = prefill;
            FirstSystemText = firstSystemText;
            IsOpenAi = isOpenAi;
        }

        public SyntaxNode Container { get; }

        public ImmutableArray<ExpressionSyntax> Elements { get; }

        public string Prefill { get; }

        public LiteralExpressionSyntax? FirstSystemText { get; }

        public bool IsOpenAi { get; }

        public static Plan? TryCreate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var prefill = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
            if (prefill is null)
            {
                return null;
            }

            var container = prefill.Parent switch
            {
                ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => (SyntaxNode)collection,
                InitializerExpressionSyntax initializer => initializer,
                _ => null,
            };

            var elements = container switch
            {
                CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax)
                    => collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression).ToImmutableArray(),
                InitializerExpressionSyntax initializer => initializer.Expressions.ToImmutableArray(),
                _ => ImmutableArray<ExpressionSyntax>.Empty,
            };

            if (elements.Length < 2 || elements[elements.Length - 1] != prefill || TextOf(prefill) is not { } text)
            {
                return null;
            }

            var isOpenAi = model.GetTypeInfo(prefill, cancellationToken).Type?.Name == "AssistantChatMessage";
            return new Plan(container!, elements, text, SystemText(elements[0], isOpenAi), isOpenAi);
        }

        public SyntaxNode WithElements(SeparatedSyntaxList<ExpressionSyntax> elements) => Container switch
        {
            CollectionExpressionSyntax collection => collection.WithElements(
                SyntaxFactory.SeparatedList<CollectionElementSyntax>(elements.Select(SyntaxFactory.ExpressionElement), elements.GetSeparators())),
            InitializerExpressionSyntax initializer => initializer.WithExpressions(elements),
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
