using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes.UseIChatClient;

/// <summary>Whether an invocation is a provider chat call the migration knows, and whether its arguments have an IChatClient form.</summary>
internal enum CallShape
{
    /// <summary>Not a chat call of a migrated client.</summary>
    Other,

    /// <summary>Rewritten to <c>GetResponseAsync</c> / <c>GetStreamingResponseAsync</c>.</summary>
    Mapped,

    /// <summary>A chat call whose arguments have no Microsoft.Extensions.AI form: the type cannot be migrated.</summary>
    Unmappable,
}

/// <summary>
/// The provider chat calls "Use IChatClient" rewrites, one file per SDK (ChatCallShapes.OpenAI/.Anthropic/.Ollama), each into
/// <c>client.GetResponseAsync(messages, options: new ChatOptions { ... }, cancellationToken: ...)</c> or its streaming form:
/// OpenAI <c>ChatClient.CompleteChat[Streaming]Async</c>, Anthropic <c>client.Messages.Create(new MessageCreateParams { ... })</c>,
/// OllamaSharp <c>GenerateAsync</c> / <c>ChatAsync</c>. Messages become <c>new ChatMessage(ChatRole.X, text)</c>; options map
/// member by member, and a member with no portable counterpart (tools, thinking, images) makes the call unmappable.
/// </summary>
internal static partial class ChatCallShapes
{
    public const string GetResponse = "GetResponseAsync";
    public const string GetStreamingResponse = "GetStreamingResponseAsync";

    /// <summary>Records the rewrite of <paramref name="invocation"/> in <paramref name="replacements"/> when it is a known chat call.</summary>
    public static CallShape TryMap(SemanticModel model, InvocationExpressionSyntax invocation, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax access)
        {
            return CallShape.Other;
        }

        var name = access.Name.Identifier.ValueText;
        if (name is "CompleteChatAsync" or "CompleteChatStreamingAsync"
            && ChatClientMigration.ClientOf(model, access.Expression, cancellationToken) is { Name: "ChatClient" })
        {
            return Record(invocation, name == "CompleteChatAsync" ? GetResponse : GetStreamingResponse, 1, MapOpenAIArguments(model, invocation, cancellationToken), replacements);
        }

        // The quickstart's synchronous call: IChatClient has no synchronous form, so the caller blocks on the task as the
        // SDK's own synchronous method did (Microsoft.Extensions.AI's OpenAI client does not capture a synchronization context).
        if (name is "CompleteChat"
            && ChatClientMigration.ClientOf(model, access.Expression, cancellationToken) is { Name: "ChatClient" })
        {
            return Record(invocation, GetResponse, 1, MapOpenAIArguments(model, invocation, cancellationToken), replacements, blocking: true);
        }

        if (name is "Create" && access.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Messages" } messages
            && ChatClientMigration.ClientOf(model, messages.Expression, cancellationToken) is { Namespace: "Anthropic" }
            && IsMethodOf(model, invocation, "Anthropic.Services", "IMessageService", cancellationToken))
        {
            return Record(invocation, GetResponse, 2, MapAnthropicArguments(model, invocation, cancellationToken), replacements);
        }

        if (name is "GenerateAsync" or "ChatAsync"
            && ChatClientMigration.ClientOf(model, access.Expression, cancellationToken) is { Namespace: "OllamaSharp" })
        {
            return Record(invocation, GetStreamingResponse, 1, MapOllamaArguments(model, invocation, cancellationToken), replacements);
        }

        return CallShape.Other;
    }

    /// <summary>
    /// <c>client.X(...)</c> (depth 1) or <c>client.Messages.X(...)</c> (depth 2) becomes <c>client.NewName(arguments)</c>;
    /// the client is taken from the rewritten node, whose receiver may have changed too.
    /// </summary>
    private static CallShape Record(
        InvocationExpressionSyntax invocation, string newName, int depth, List<ArgumentSyntax>? arguments, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, bool blocking = false)
    {
        // A call still being typed would be "completed" by the rewrite, and its line breaks lost with the missing tokens.
        if (arguments is null || invocation.ContainsDiagnostics)
        {
            return CallShape.Unmappable;
        }

        var nameTrivia = ((MemberAccessExpressionSyntax)invocation.Expression).Name;
        var argumentList = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments));
        replacements[invocation] = rewritten =>
        {
            var call = (InvocationExpressionSyntax)rewritten;
            var client = ((MemberAccessExpressionSyntax)call.Expression).Expression;
            for (var level = 1; level < depth; level++)
            {
                client = ((MemberAccessExpressionSyntax)client).Expression;
            }

            var callee = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, client, SyntaxFactory.IdentifierName(newName).WithTriviaFrom(nameTrivia));
            var migrated = call.WithExpression(callee).WithArgumentList(argumentList);
            return blocking ? Blocking(migrated.WithoutTrailingTrivia()).WithTrailingTrivia(migrated.GetTrailingTrivia()) : migrated;
        };
        return CallShape.Mapped;
    }

    /// <summary><c>call</c> → <c>call.GetAwaiter().GetResult()</c>.</summary>
    private static ExpressionSyntax Blocking(ExpressionSyntax call)
        => SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call, SyntaxFactory.IdentifierName("GetAwaiter"))),
                SyntaxFactory.IdentifierName("GetResult")));

    private static bool IsMethodOf(SemanticModel model, InvocationExpressionSyntax invocation, string ns, string typeName, CancellationToken cancellationToken)
        => model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } type }
           && type.Name == typeName && type.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>One message, or a collection expression / array of them, each mapped; false when one has no mapping.</summary>
    private static bool AddMessages(
        SemanticModel model, ExpressionSyntax expression, List<ExpressionSyntax> messages,
        Func<SemanticModel, ExpressionSyntax, CancellationToken, ExpressionSyntax?> map, CancellationToken cancellationToken)
    {
        IEnumerable<ExpressionSyntax>? elements = expression switch
        {
            CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax)
                => collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            BaseObjectCreationExpressionSyntax { Initializer.RawKind: (int)SyntaxKind.CollectionInitializerExpression } list
                when model.GetTypeInfo(list, cancellationToken).Type is INamedTypeSymbol { Name: "List" }
                => list.Initializer!.Expressions,
            _ => null,
        };

        foreach (var element in elements ?? new[] { expression })
        {
            if (map(model, element, cancellationToken) is not { } mapped)
            {
                return false;
            }

            messages.Add(mapped);
        }

        return true;
    }

    /// <summary>The messages first (one string stays a string), then <c>options:</c> and <c>cancellationToken:</c> by name.</summary>
    private static List<ArgumentSyntax>? Arguments(List<ExpressionSyntax> messages, ExpressionSyntax? options, ArgumentSyntax? cancellation)
    {
        if (messages.Count == 0)
        {
            return null;
        }

        // Mapped messages are new nodes (no semantic model): anything that is not one is a string kept as written.
        var first = messages.Count == 1 && !IsChatMessage(messages[0])
            ? messages[0]
            : SyntaxFactory.CollectionExpression(SyntaxFactory.SeparatedList<CollectionElementSyntax>(messages.Select(SyntaxFactory.ExpressionElement)));
        var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(first) };
        if (options is not null)
        {
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.NameColon("options"), default, options));
        }

        if (cancellation is not null)
        {
            arguments.Add(cancellation.WithNameColon(SyntaxFactory.NameColon("cancellationToken")).WithoutTrivia());
        }

        return arguments;
    }

    /// <summary>The member assignments of <c>new T { A = a, B = b }</c> / <c>new() { ... }</c> without constructor arguments.</summary>
    private static List<(string Member, ExpressionSyntax Value)>? InitializerOf(ExpressionSyntax expression)
    {
        if (expression is not BaseObjectCreationExpressionSyntax creation || creation.ArgumentList is { Arguments.Count: > 0 })
        {
            return null;
        }

        var members = new List<(string, ExpressionSyntax)>();
        foreach (var item in creation.Initializer?.Expressions ?? default)
        {
            if (item is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment || creation.Initializer!.IsKind(SyntaxKind.CollectionInitializerExpression))
            {
                return null;
            }

            members.Add((left.Identifier.ValueText, assignment.Right));
        }

        return members;
    }

    /// <summary>The text of <c>new T(text)</c> or <c>new T { Content = text }</c>, when it is a string.</summary>
    private static ExpressionSyntax? SingleContent(SemanticModel model, ExpressionSyntax message, string member, CancellationToken cancellationToken)
    {
        var content = message switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments, Initializer: null } => arguments[0].Expression,
            _ => InitializerOf(message) is { Count: 1 } assigned && assigned[0].Member == member ? assigned[0].Value : null,
        };

        return content is not null && IsString(model, content, cancellationToken) ? content : null;
    }

    private static bool IsString(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        => model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String;

    private static bool IsChatMessage(ExpressionSyntax expression)
        => expression is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "ChatMessage" } };

    private static ExpressionSyntax Message(string role, ExpressionSyntax text)
        => SyntaxFactory.ParseExpression($"new ChatMessage(ChatRole.{role}, {text.WithoutTrivia()})");

    private static ExpressionSyntax? Options(List<string> assignments)
        => assignments.Count == 0 ? null : SyntaxFactory.ParseExpression("new ChatOptions { " + string.Join(", ", assignments) + " }");
}
