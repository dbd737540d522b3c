using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProviderLockin.CodeFixes.Editing;

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
/// The provider chat calls "Use IChatClient" rewrites, one method per SDK, each into
/// <c>client.GetResponseAsync(messages, options: new ChatOptions { ... }, cancellationToken: ...)</c> or its streaming form:
/// OpenAI <c>ChatClient.CompleteChat[Streaming]Async</c>, Anthropic <c>client.Messages.Create(new MessageCreateParams { ... })</c>,
/// OllamaSharp <c>GenerateAsync</c> / <c>ChatAsync</c>. Messages become <c>new ChatMessage(ChatRole.X, text)</c>; options map
/// member by member, and a member with no portable counterpart (tools, thinking, images) makes the call unmappable.
/// </summary>
internal static class ChatCallShapes
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

    /// <summary>A <c>List&lt;ChatMessage&gt;</c> (or other collection) of OpenAI chat messages.</summary>
    private static bool HoldsOpenAIMessages(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        => model.GetTypeInfo(expression, cancellationToken).Type is INamedTypeSymbol { TypeArguments.Length: 1 } collection
           && collection.TypeArguments[0] is { Name: "ChatMessage" } element
           && element.ContainingNamespace?.ToDisplayString() == "OpenAI.Chat";

    private static bool IsString(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        => model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String;

    private static bool IsChatMessage(ExpressionSyntax expression)
        => expression is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "ChatMessage" } };

    private static ExpressionSyntax Message(string role, ExpressionSyntax text)
        => SyntaxFactory.ParseExpression($"new ChatMessage(ChatRole.{role}, {text.WithoutTrivia()})");

    private static ExpressionSyntax? Options(List<string> assignments)
        => assignments.Count == 0 ? null : SyntaxFactory.ParseExpression("new ChatOptions { " + string.Join(", ", assignments) + " }");
}
