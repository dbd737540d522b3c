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

/// <summary>OpenAI <c>ChatClient.CompleteChat[Streaming][Async]</c>: its messages and <c>ChatCompletionOptions</c>.</summary>
internal static partial class ChatCallShapes
{
    /// <summary>OpenAI: messages (strings, message objects, collections of them), <c>ChatCompletionOptions</c>, a cancellation token.</summary>
    private static List<ArgumentSyntax>? MapOpenAIArguments(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var messages = new List<ExpressionSyntax>();
        ExpressionSyntax? options = null;
        ArgumentSyntax? cancellation = null;
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            var name = argument.NameColon?.Name.Identifier.ValueText;
            var type = model.GetTypeInfo(argument.Expression, cancellationToken).ConvertedType;
            if (name == "cancellationToken" || type?.Name == "CancellationToken")
            {
                cancellation = argument;
            }
            else if (type?.Name == "ChatCompletionOptions" || name == "options")
            {
                if ((options = MapOpenAIOptions(argument.Expression)) is null)
                {
                    return null;
                }
            }
            else if (!AddMessages(model, argument.Expression, messages, MapOpenAIMessage, cancellationToken))
            {
                return null;
            }
        }

        return Arguments(messages, options, cancellation);
    }

    /// <summary>
    /// <c>new UserChatMessage(x)</c> / <c>ChatMessage.CreateUserMessage(x)</c> → <c>new ChatMessage(ChatRole.User, x)</c>; a string
    /// stays, and so does a variable holding OpenAI messages (its declared <c>List&lt;ChatMessage&gt;</c> then means
    /// Microsoft.Extensions.AI's message, and the messages added to it are mapped where they are created).
    /// </summary>
    public static ExpressionSyntax? MapOpenAIMessage(SemanticModel model, ExpressionSyntax message, CancellationToken cancellationToken)
    {
        if (IsString(model, message, cancellationToken)
            || message is IdentifierNameSyntax or MemberAccessExpressionSyntax && HoldsOpenAIMessages(model, message, cancellationToken))
        {
            return message.WithoutTrivia();
        }

        var (typeName, arguments) = message switch
        {
            ObjectCreationExpressionSyntax { ArgumentList: { } list, Initializer: null } creation => (creation.Type.ToString(), list.Arguments),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call => (access.Name.Identifier.ValueText, call.ArgumentList.Arguments),
            _ => (string.Empty, default(SeparatedSyntaxList<ArgumentSyntax>)),
        };

        var role = typeName switch
        {
            _ when typeName.EndsWith("SystemChatMessage", StringComparison.Ordinal) || typeName == "CreateSystemMessage" => "System",
            _ when typeName.EndsWith("UserChatMessage", StringComparison.Ordinal) || typeName == "CreateUserMessage" => "User",
            _ when typeName.EndsWith("AssistantChatMessage", StringComparison.Ordinal) || typeName == "CreateAssistantMessage" => "Assistant",
            _ => null,
        };

        return role is not null && arguments.Count == 1 && IsString(model, arguments[0].Expression, cancellationToken)
            ? Message(role, arguments[0].Expression)
            : null;
    }

    /// <summary><c>new ChatCompletionOptions { Temperature = .., MaxOutputTokenCount = .. }</c> → <c>new ChatOptions { Temperature = .., MaxOutputTokens = .. }</c>.</summary>
    private static ExpressionSyntax? MapOpenAIOptions(ExpressionSyntax expression)
    {
        if (InitializerOf(expression) is not { } initializer)
        {
            return null;
        }

        var options = new List<string>();
        foreach (var (member, value) in initializer)
        {
            var mapped = member switch
            {
                "Temperature" or "TopP" or "Seed" or "StopSequences" or "FrequencyPenalty" or "PresencePenalty" => member,
                "MaxOutputTokenCount" => "MaxOutputTokens",
                _ => null,
            };

            if (mapped is null)
            {
                return null;
            }

            options.Add(mapped + " = " + value.WithoutTrivia());
        }

        return Options(options);
    }

    /// <summary>A <c>List&lt;ChatMessage&gt;</c> (or other collection) of OpenAI chat messages.</summary>
    private static bool HoldsOpenAIMessages(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        => model.GetTypeInfo(expression, cancellationToken).Type is INamedTypeSymbol { TypeArguments.Length: 1 } collection
           && collection.TypeArguments[0] is { Name: "ChatMessage" } element
           && element.ContainingNamespace?.ToDisplayString() == "OpenAI.Chat";
}
