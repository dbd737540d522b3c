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

/// <summary>Anthropic <c>client.Messages.Create(new MessageCreateParams { ... })</c>: its messages, system prompt, model and token limit.</summary>
internal static partial class ChatCallShapes
{
    /// <summary>
    /// Anthropic: <c>new MessageCreateParams { Model, MaxTokens, System, Messages, StopSequences }</c>.
    /// The model moves into <c>ChatOptions.ModelId</c> as a string: a <c>Model</c> enum member is written as its wire name.
    /// </summary>
    private static List<ArgumentSyntax>? MapAnthropicArguments(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        List<(string Member, ExpressionSyntax Value)>? request = null;
        ArgumentSyntax? cancellation = null;
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (model.GetTypeInfo(argument.Expression, cancellationToken).ConvertedType?.Name == "CancellationToken")
            {
                cancellation = argument;
            }
            else if ((request = InitializerOf(argument.Expression)) is null)
            {
                return null;
            }
        }

        if (request is null)
        {
            return null;
        }

        var messages = new List<ExpressionSyntax>();
        var options = new List<string>();
        ExpressionSyntax? system = null;
        foreach (var (member, value) in request)
        {
            switch (member)
            {
                case "Model" when AnthropicModelId(model, value, cancellationToken) is { } modelId:
                    options.Add("ModelId = " + modelId);
                    break;
                case "MaxTokens":
                    options.Add("MaxOutputTokens = " + AsInt(model, value, cancellationToken));
                    break;
                case "System" when IsString(model, value, cancellationToken):
                    system = value;
                    break;
                case "Messages" when AddMessages(model, value, messages, MapAnthropicMessage, cancellationToken):
                    break;
                case "StopSequences":
                    options.Add("StopSequences = " + value.WithoutTrivia());
                    break;
                default:
                    return null;
            }
        }

        if (system is not null)
        {
            messages.Insert(0, Message("System", system));
        }

        return Arguments(messages, Options(options), cancellation);
    }

    /// <summary><c>new UserMessageParam(text)</c>, <c>new AssistantMessageParam { Content = text }</c> with string content.</summary>
    private static ExpressionSyntax? MapAnthropicMessage(SemanticModel model, ExpressionSyntax message, CancellationToken cancellationToken)
    {
        var typeName = model.GetTypeInfo(message, cancellationToken).Type?.Name;
        var role = typeName switch
        {
            "UserMessageParam" => "User",
            "AssistantMessageParam" => "Assistant",
            "SystemMessageParam" => "System",
            _ => null,
        };

        return role is not null && SingleContent(model, message, "Content", cancellationToken) is { } content ? Message(role, content) : null;
    }

    /// <summary>The wire name of a model: a string as written, or <c>Model.ClaudeSonnet4_5</c> → <c>"claude-sonnet-4-5"</c>.</summary>
    private static string? AnthropicModelId(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (IsString(model, value, cancellationToken))
        {
            return value.WithoutTrivia().ToString();
        }

        return model.GetSymbolInfo(value, cancellationToken).Symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum, Name: "Model" } owner } field
               && owner.ContainingNamespace?.ToDisplayString() == "Anthropic.Models.Messages"
            ? SymbolDisplay.FormatLiteral(AnthropicModelName(field.Name), quote: true)
            : null;
    }

    /// <summary>
    /// The official SDK names each model's enum member after its wire name: words and version numbers become lower-case
    /// parts joined by '-' (<c>ClaudeSonnet4_5_20250929</c> → <c>claude-sonnet-4-5-20250929</c>,
    /// <c>ClaudeMythosPreview</c> → <c>claude-mythos-preview</c>). A test checks this against the SDK for every member.
    /// </summary>
    public static string AnthropicModelName(string member)
    {
        var name = new StringBuilder(member.Length + 8);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            var previous = i > 0 ? member[i - 1] : '_';
            if (c == '_')
            {
                name.Append('-');
            }
            else if (char.IsUpper(c) && previous != '_' || char.IsDigit(c) && char.IsLetter(previous))
            {
                name.Append(i > 0 ? "-" : string.Empty).Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(char.ToLowerInvariant(c));
            }
        }

        return name.ToString();
    }

    /// <summary><c>MaxTokens</c> is a long in Anthropic's SDK; <c>MaxOutputTokens</c> is an int.</summary>
    private static string AsInt(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var text = value.WithoutTrivia().ToString();
        if (model.GetTypeInfo(value, cancellationToken).Type?.SpecialType == SpecialType.System_Int32)
        {
            return text;
        }

        return value is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax ? "(int)" + text : "(int)(" + text + ")";
    }
}
