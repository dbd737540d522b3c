using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes.UseIChatClient;

/// <summary>
/// What the migrated calls return, read the Microsoft.Extensions.AI way: declared result types become
/// <c>ChatResponse</c> / <c>ChatResponseUpdate</c>, and the SDKs' text accessors become <c>.Text</c>:
/// OpenAI <c>.Value.Content[0].Text</c>, <c>.Content[0].Text</c>, <c>.ContentUpdate[0].Text</c>; OllamaSharp
/// <c>chunk.Response</c> and <c>chunk.Message.Content</c> (also with <c>?.</c>). Anthropic's <c>Message</c> has no such
/// accessor to map; its <c>ToString()</c> stays, and on a ChatResponse it is the text.
/// </summary>
internal static class ChatResults
{
    private static readonly (string Namespace, string Name, string Replacement)[] ResultTypes =
    {
        ("OpenAI.Chat", "ChatCompletion", "ChatResponse"),
        ("OpenAI.Chat", "StreamingChatCompletionUpdate", "ChatResponseUpdate"),
        ("Anthropic.Models.Messages", "Message", "ChatResponse"),
        ("OllamaSharp.Models", "GenerateResponseStream", "ChatResponseUpdate"),
        ("OllamaSharp.Models.Chat", "ChatResponseStream", "ChatResponseUpdate"),
    };

    public static void Map(SemanticModel model, IEnumerable<SyntaxNode> nodes, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" } access when IsOpenAIFirstPartText(model, access, cancellationToken):
                    replacements[access] = rewritten =>
                    {
                        // X.Value.Content[0].Text or X.Content[0].Text → X.Text, X as rewritten (its call may have changed).
                        var contentAccess = (MemberAccessExpressionSyntax)((ElementAccessExpressionSyntax)((MemberAccessExpressionSyntax)rewritten).Expression).Expression;
                        var owner = contentAccess.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value ? value.Expression : contentAccess.Expression;
                        return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), Text()).WithTriviaFrom(rewritten);
                    };
                    break;
                case IdentifierNameSyntax { Identifier.ValueText: "Response" } response when IsProperty(model, response, "GenerateResponseStream", cancellationToken):
                    replacements[response] = _ => Text().WithTriviaFrom(response);
                    break;
                case IdentifierNameSyntax { Identifier.ValueText: "Message" } message when IsProperty(model, message, "ChatResponseStream", cancellationToken):
                    MapOllamaMessageContent(message, replacements);
                    break;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.GreaterThanExpression, Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count", Expression: MemberAccessExpressionSyntax parts }, Right: LiteralExpressionSyntax { Token.ValueText: "0" } } hasParts
                    when parts.Name.Identifier.ValueText is "Content" or "ContentUpdate"
                         && model.GetTypeInfo(parts.Expression, cancellationToken).Type?.Name is "ChatCompletion" or "StreamingChatCompletionUpdate":
                    // update.ContentUpdate.Count > 0 (the quickstart's "has text" test) → !string.IsNullOrEmpty(update.Text)
                    replacements[hasParts] = rewritten =>
                    {
                        var owner = ((MemberAccessExpressionSyntax)((MemberAccessExpressionSyntax)((BinaryExpressionSyntax)rewritten).Left).Expression).Expression;
                        return SyntaxFactory.ParseExpression($"!string.IsNullOrEmpty({owner.WithoutTrivia()}.Text)").WithTriviaFrom(rewritten);
                    };
                    break;
                case VariableDeclarationSyntax { Type.IsVar: false } declaration when ReplacementFor(model, declaration.Type, cancellationToken) is { } replacement:
                    replacements[declaration.Type] = _ => SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(declaration.Type);
                    break;
                case ForEachStatementSyntax { Type.IsVar: false } loop when ReplacementFor(model, loop.Type, cancellationToken) is { } replacement:
                    replacements[loop.Type] = _ => SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(loop.Type);
                    break;
            }
        }
    }

    /// <summary><c>X.Content[0].Text</c> on an OpenAI completion or streamed update.</summary>
    private static bool IsOpenAIFirstPartText(SemanticModel model, MemberAccessExpressionSyntax access, CancellationToken cancellationToken)
        => access.Expression is ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax content } element
           && element.ArgumentList.Arguments.Count == 1 && element.ArgumentList.Arguments[0].ToString() == "0"
           && content.Name.Identifier.ValueText is "Content" or "ContentUpdate"
           && model.GetTypeInfo(content.Expression, cancellationToken).Type?.Name is "ChatCompletion" or "StreamingChatCompletionUpdate";

    /// <summary>
    /// <c>x.Message.Content</c> → <c>x.Text</c>; <c>x?.Message.Content</c> and <c>x?.Message?.Content</c> → <c>x?.Text</c>.
    /// Any other use of the chunk's message is left alone (and fails the compile check when it has no counterpart).
    /// </summary>
    private static void MapOllamaMessageContent(IdentifierNameSyntax message, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements)
    {
        switch (message.Parent)
        {
            case MemberAccessExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Content" } content } messageAccess
                when messageAccess.Name == message && content.Expression == messageAccess:
                replacements[content] = rewritten =>
                {
                    var owner = ((MemberAccessExpressionSyntax)((MemberAccessExpressionSyntax)rewritten).Expression).Expression;
                    return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner, Text()).WithTriviaFrom(rewritten);
                };
                break;
            case MemberBindingExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Content" } content } binding
                when content.Expression == binding:
                replacements[content] = rewritten => SyntaxFactory.MemberBindingExpression(Text()).WithTriviaFrom(rewritten);
                break;
            case MemberBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Content" } } conditional } binding
                when conditional.Expression == binding:
                replacements[conditional] = rewritten => SyntaxFactory.MemberBindingExpression(Text()).WithTriviaFrom(rewritten);
                break;
        }
    }

    private static bool IsProperty(SemanticModel model, IdentifierNameSyntax name, string ownerName, CancellationToken cancellationToken)
        => model.GetSymbolInfo(name, cancellationToken).Symbol is IPropertySymbol { ContainingType: { } owner }
           && owner.Name == ownerName && owner.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("OllamaSharp", StringComparison.Ordinal);

    private static string? ReplacementFor(SemanticModel model, TypeSyntax declared, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(declared, cancellationToken).Type;
        foreach (var (ns, name, replacement) in ResultTypes)
        {
            if (type?.Name == name && type.ContainingNamespace?.ToDisplayString() == ns)
            {
                return replacement;
            }
        }

        return null;
    }

    private static IdentifierNameSyntax Text() => SyntaxFactory.IdentifierName("Text");
}
