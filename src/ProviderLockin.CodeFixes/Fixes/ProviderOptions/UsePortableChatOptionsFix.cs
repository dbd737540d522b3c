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
/// PLA2004 "Use portable ChatOptions members": a <c>RawRepresentationFactory</c> that only builds OpenAI's
/// <c>ChatCompletionOptions</c> with settings <c>ChatOptions</c> has a portable home for (temperature, top-p, output
/// tokens, penalties, seed, reasoning effort) becomes those <c>ChatOptions</c> members. Microsoft.Extensions.AI's OpenAI
/// client maps each of them to the same OpenAI field, so the request OpenAI receives is unchanged, and the other
/// providers' clients now honour them too. Offered only in a <c>new ChatOptions { ... }</c> initializer that does not set
/// the same members already, when every setting has a portable home, and when the result compiles.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UsePortableChatOptionsFix)), Shared]
public sealed class UsePortableChatOptionsFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.UsePortableChatOptions";
    private const string Title = "Use portable ChatOptions members";

    /// <summary>OpenAI <c>ChatCompletionOptions</c> member → <c>ChatOptions</c> member of the same type and meaning.</summary>
    private static readonly Dictionary<string, string> PortableHomes = new()
    {
        ["Temperature"] = "Temperature",
        ["TopP"] = "TopP",
        ["MaxOutputTokenCount"] = "MaxOutputTokens",
        ["FrequencyPenalty"] = "FrequencyPenalty",
        ["PresencePenalty"] = "PresencePenalty",
        ["Seed"] = "Seed",
        ["ReasoningEffortLevel"] = "Reasoning",
    };

    /// <summary>OpenAI's reasoning effort levels that have the same name in Microsoft.Extensions.AI's <c>ReasoningEffort</c>.</summary>
    private static readonly string[] PortableEfforts = { "Low", "Medium", "High" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProviderOnlyOption);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One(Title, EquivalenceKey);

    // Computed when offered: a fix that adds a compiler error must not be offered.
    protected override bool ComputeWhenOffered => true;

    protected override bool IsOffered(Diagnostic diagnostic, FixAction action)
        => diagnostic.Properties.TryGetValue(DiagnosticProperties.Subject, out var subject) && subject == "ChatOptions.RawRepresentationFactory";

    /// <summary>Each flagged initializer rewritten, planned on the document as it was; a rewrite that would not compile on its own is left out.</summary>
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
            if (Rewrite(root, model, diagnostic.Location.SourceSpan, cancellationToken) is not { } rewrite
                || replacements.Keys.Any(k => k.Span.OverlapsWith(rewrite.Original.Span)))
            {
                continue;
            }

            var alone = document.WithSyntaxRoot(root.ReplaceNode(rewrite.Original, rewrite.Replacement));
            if (await CompileCheck.CompilesAsWellAsync(document.Project.Solution, alone.Project.Solution, document.Project.Id, cancellationToken).ConfigureAwait(false))
            {
                replacements[rewrite.Original] = rewrite.Replacement;
            }
        }

        return replacements.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static (SyntaxNode Original, SyntaxNode Replacement)? Rewrite(SyntaxNode root, SemanticModel model, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        // RawRepresentationFactory = _ => new ChatCompletionOptions { ... }, inside new ChatOptions { ... }.
        if (root.FindNode(span).FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { Parent: InitializerExpressionSyntax chatInitializer } factory
            || factory.Left is not IdentifierNameSyntax { Identifier.ValueText: "RawRepresentationFactory" }
            || chatInitializer.Parent is not BaseObjectCreationExpressionSyntax chatCreation
            || model.GetTypeInfo(chatCreation, cancellationToken).Type is not { Name: "ChatOptions" } chatOptions
            || factory.Right is not LambdaExpressionSyntax { ExpressionBody: BaseObjectCreationExpressionSyntax { Initializer: { } rawInitializer } rawCreation } lambda
            || rawCreation.ArgumentList is { Arguments.Count: > 0 }
            || model.GetTypeInfo(rawCreation, cancellationToken).Type is not { Name: "ChatCompletionOptions", ContainingNamespace: { Name: "Chat", ContainingNamespace.Name: "OpenAI" } })
        {
            return null;
        }

        var parameters = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => new[] { simple.Parameter.Identifier.ValueText },
            ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToArray(),
            _ => System.Array.Empty<string>(),
        };

        var alreadySet = new HashSet<string>(chatInitializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .Select(a => a.Left).OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText));
        var portable = new List<ExpressionSyntax>();
        foreach (var setting in rawInitializer.Expressions)
        {
            if (setting is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } assignment
                || !PortableHomes.TryGetValue(name, out var home)
                || alreadySet.Contains(home)
                || assignment.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => parameters.Contains(n.Identifier.ValueText)))
            {
                return null;
            }

            var value = assignment.Right.WithoutTrivia();
            if (name == "ReasoningEffortLevel")
            {
                // ChatReasoningEffortLevel.Low → new ReasoningOptions { Effort = ReasoningEffort.Low }, where the abstraction has it.
                if (value is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var level } || !PortableEfforts.Contains(level)
                    || model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ReasoningOptions") is null)
                {
                    return null;
                }

                // Short names where the namespace is imported (it usually is: the code names ChatOptions).
                var reasoning = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ReasoningOptions");
                var imported = model.LookupNamespacesAndTypes(factory.SpanStart, name: "ReasoningOptions").Any(s => SymbolEqualityComparer.Default.Equals(s, reasoning));
                var ns = imported ? string.Empty : chatOptions.ContainingNamespace.ToDisplayString() + ".";
                value = SyntaxFactory.ParseExpression($"new {ns}ReasoningOptions {{ Effort = {ns}ReasoningEffort.{level} }}");
            }

            portable.Add(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(home), value));
        }

        if (portable.Count == 0)
        {
            return null;
        }

        // The factory's slot takes the settings, laid out as the initializer is: one per line when it is multi-line.
        var lineBreak = chatInitializer.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var multiLine = chatInitializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var expressions = new List<ExpressionSyntax>();
        var separators = new List<SyntaxToken>();
        var items = chatInitializer.Expressions;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == factory)
            {
                for (var j = 0; j < portable.Count; j++)
                {
                    var leading = j == 0 || multiLine ? factory.GetLeadingTrivia() : SyntaxFactory.TriviaList();
                    var trailing = j == portable.Count - 1 ? factory.GetTrailingTrivia() : SyntaxFactory.TriviaList();
                    expressions.Add(portable[j].WithLeadingTrivia(leading).WithTrailingTrivia(trailing));
                    if (j < portable.Count - 1)
                    {
                        separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? lineBreak : SyntaxFactory.Space));
                    }
                }
            }
            else
            {
                expressions.Add(items[i]);
            }

            if (i < items.SeparatorCount)
            {
                separators.Add(items.GetSeparator(i));
            }
        }

        return (chatInitializer, chatInitializer.WithExpressions(SyntaxFactory.SeparatedList(expressions, separators)));
    }
}
