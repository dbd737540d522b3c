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

/// <summary>OllamaSharp <c>GenerateAsync</c> / <c>ChatAsync</c>: prompts, messages and <c>RequestOptions</c>.</summary>
internal static partial class ChatCallShapes
{
    /// <summary>
    /// OllamaSharp: <c>GenerateAsync(prompt)</c>, <c>GenerateAsync(new GenerateRequest { Prompt, System, Model, Options })</c>,
    /// <c>ChatAsync(new ChatRequest { Messages, Model, Options })</c>. OllamaApiClient is itself an IChatClient.
    /// </summary>
    private static List<ArgumentSyntax>? MapOllamaArguments(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var messages = new List<ExpressionSyntax>();
        var options = new List<string>();
        ArgumentSyntax? cancellation = null;
        ExpressionSyntax? system = null;
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            var type = model.GetTypeInfo(argument.Expression, cancellationToken).ConvertedType;
            if (type?.Name == "CancellationToken")
            {
                cancellation = argument;
                continue;
            }

            if (IsString(model, argument.Expression, cancellationToken) && messages.Count == 0)
            {
                messages.Add(argument.Expression.WithoutTrivia());
                continue;
            }

            // GenerateAsync(prompt, context: null): a conversation context has no IChatClient form.
            if (argument.Expression.IsKind(SyntaxKind.NullLiteralExpression) || argument.Expression.IsKind(SyntaxKind.DefaultLiteralExpression))
            {
                continue;
            }

            if (InitializerOf(argument.Expression) is not { } request || type?.Name is not ("GenerateRequest" or "ChatRequest"))
            {
                return null;
            }

            foreach (var (member, value) in request)
            {
                switch (member)
                {
                    case "Model":
                        options.Add("ModelId = " + value.WithoutTrivia());
                        break;
                    case "Prompt" when IsString(model, value, cancellationToken):
                        messages.Add(Message("User", value));
                        break;
                    case "System" when IsString(model, value, cancellationToken):
                        system = value;
                        break;
                    case "Messages" when AddMessages(model, value, messages, MapOllamaMessage, cancellationToken):
                        break;
                    case "Options" when MapOllamaOptions(value, options):
                        break;
                    case "Stream":
                        break;
                    default:
                        return null;
                }
            }
        }

        if (system is not null)
        {
            messages.Insert(0, Message("System", system));
        }

        // A prompt alone stays a string (the string overload); otherwise a message list.
        if (messages.Count == 1 && messages[0] is ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } pair }
            && pair[0].Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "User" })
        {
            messages[0] = pair[1].Expression;
        }

        return Arguments(messages, Options(options), cancellation);
    }

    /// <summary><c>new Message(ChatRole.User, text)</c> or <c>new Message { Role = ChatRole.User, Content = text }</c>.</summary>
    private static ExpressionSyntax? MapOllamaMessage(SemanticModel model, ExpressionSyntax message, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(message, cancellationToken).Type is not { Name: "Message" } type || type.ContainingNamespace?.ToDisplayString() != "OllamaSharp.Models.Chat")
        {
            return null;
        }

        ExpressionSyntax? role = null, content = null;
        if (message is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } arguments })
        {
            (role, content) = (arguments[0].Expression, arguments[1].Expression);
        }
        else if (InitializerOf(message) is { } members)
        {
            foreach (var (member, value) in members)
            {
                switch (member)
                {
                    case "Role":
                        role = value;
                        break;
                    case "Content":
                        content = value;
                        break;
                    default:
                        return null;
                }
            }
        }

        var roleName = role is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } ? name : null;
        return roleName is "User" or "Assistant" or "System" && content is not null && IsString(model, content, cancellationToken) ? Message(roleName!, content) : null;
    }

    /// <summary><c>new RequestOptions { Temperature, TopP, TopK, Seed, NumPredict, Stop, ... }</c> → ChatOptions members.</summary>
    private static bool MapOllamaOptions(ExpressionSyntax value, List<string> options)
    {
        if (InitializerOf(value) is not { } members)
        {
            return false;
        }

        foreach (var (member, setting) in members)
        {
            var mapped = member switch
            {
                "Temperature" or "TopP" or "TopK" or "Seed" or "FrequencyPenalty" or "PresencePenalty" => member,
                "NumPredict" => "MaxOutputTokens",
                "Stop" => "StopSequences",
                _ => null,
            };

            if (mapped is null)
            {
                return false;
            }

            options.Add(mapped + " = " + setting.WithoutTrivia());
        }

        return true;
    }
}
