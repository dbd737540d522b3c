using System;
using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA1001 / PLA1002 "Use IChatClient (Microsoft.Extensions.AI)": migrates the type that holds an OpenAI / Azure OpenAI
/// <c>ChatClient</c> (also OllamaSharp's <c>OllamaApiClient</c> and Anthropic's client, where only the type changes) to
/// <c>IChatClient</c>: declarations change type, <c>CompleteChatAsync</c> becomes <c>GetResponseAsync</c> with
/// <c>SystemChatMessage</c> / <c>UserChatMessage</c> / <c>AssistantChatMessage</c> mapped to <c>ChatMessage</c> and
/// <c>ChatCompletionOptions</c> to <c>ChatOptions</c>, <c>.Content[0].Text</c> becomes <c>.Text</c>, streaming becomes
/// <c>GetStreamingResponseAsync</c>, and constructions get <c>.AsIChatClient()</c>. The result is compiled before the fix
/// is offered: when it would add an error, or a changed member is used from another file, there is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIChatClientFix)), Shared]
public sealed class UseIChatClientFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.UseIChatClient";
    private const string Title = "Use IChatClient (Microsoft.Extensions.AI)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.DirectProviderSdkUse, RuleIdentifiers.ProviderClientTypeInSignature);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var types = diagnostics.Select(d => root is null ? null : DocumentEditing.ContainingType(root.FindNode(d.Location.SourceSpan)))
                .OfType<TypeDeclarationSyntax>().Distinct().ToList();
            foreach (var type in types.OrderByDescending(t => t.SpanStart))
            {
                var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var currentType = current?.DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.SpanStart == type.SpanStart);
                if (currentType is not null && await ChatClientMigration.TryMigrateAsync(document, currentType, context.CancellationToken).ConfigureAwait(false) is { } migrated)
                {
                    document = migrated;
                }
            }

            return document;
        });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (DocumentEditing.ContainingType(root.FindNode(diagnostic.Location.SourceSpan)) is not { } type)
            {
                continue;
            }

            // Computed now: the fix is only offered when its result compiles.
            var migrated = await ChatClientMigration.TryMigrateAsync(context.Document, type, context.CancellationToken).ConfigureAwait(false);
            if (migrated is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(migrated), EquivalenceKey), diagnostic);
            }
        }
    }
}

/// <summary>The rewrite behind <see cref="UseIChatClientFix"/>, for one type declaration.</summary>
internal static class ChatClientMigration
{
    private static readonly (string Namespace, string Name, bool NeedsAdapter)[] ClientTypes =
    {
        ("OpenAI.Chat", "ChatClient", true),
        ("Anthropic", "AnthropicClient", true),
        ("Anthropic", "IAnthropicClient", true),
        ("OllamaSharp", "OllamaApiClient", false),
    };

    public static async Task<Document?> TryMigrateAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) as CompilationUnitSyntax;
        if (model is null || root is null
            || model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.IChatClient") is null)
        {
            return null;
        }

        var declarations = type.DescendantNodes().OfType<TypeSyntax>().Where(t => IsDeclarationType(t) && ClientOf(model, t, cancellationToken) is not null).ToList();
        if (declarations.Count == 0 || !await ChangedMembersAreLocalAsync(document, model, type, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Each rewrite gets the node with the rewrites inside it already applied (a call inside a result access, say).
        var replacements = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
        foreach (var declaration in declarations)
        {
            TypeSyntax chatClient = SyntaxFactory.IdentifierName("IChatClient");
            var replacement = (declaration is NullableTypeSyntax ? SyntaxFactory.NullableType(chatClient) : chatClient).WithTriviaFrom(declaration);
            replacements[declaration] = _ => replacement;
        }

        var adapter = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.OpenAIClientExtensions") is not null
                      || model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.AnthropicClientExtensions") is not null;
        foreach (var node in type.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation when IsCall(model, invocation, "CompleteChatAsync", cancellationToken):
                    if (!MapCall(model, invocation, "GetResponseAsync", replacements, cancellationToken))
                    {
                        return null;
                    }

                    break;
                case InvocationExpressionSyntax invocation when IsCall(model, invocation, "CompleteChatStreamingAsync", cancellationToken):
                    if (!MapCall(model, invocation, "GetStreamingResponseAsync", replacements, cancellationToken))
                    {
                        return null;
                    }

                    break;
                case ExpressionSyntax expression when NeedsAdapter(model, expression, cancellationToken):
                    if (!adapter)
                    {
                        return null;
                    }

                    var creation = QualifiedCreation(model, expression, cancellationToken);
                    replacements[expression] = rewritten => SyntaxFactory.InvocationExpression(
                            SyntaxFactory.MemberAccessExpression(
                                SyntaxKind.SimpleMemberAccessExpression,
                                creation ?? ((ExpressionSyntax)rewritten).WithoutTrivia(),
                                SyntaxFactory.IdentifierName("AsIChatClient")))
                        .WithTriviaFrom(expression);
                    break;
            }
        }

        MapResultAccess(model, type, replacements, cancellationToken);

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
        var unit = DocumentEditing.EnsureUsing((CompilationUnitSyntax)newRoot, model.Compilation, "Microsoft.Extensions.AI");
        var before = CompileCheck.Errors(model.GetDiagnostics(cancellationToken: cancellationToken));

        // Without OpenAI.Chat the mapped ChatMessage is not ambiguous; keep the using only if something still needs it.
        foreach (var candidate in Candidates(unit))
        {
            var migrated = document.WithSyntaxRoot(candidate);
            var migratedModel = await migrated.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (migratedModel is not null && CompileCheck.HasNoNewErrors(before, CompileCheck.Errors(migratedModel.GetDiagnostics(cancellationToken: cancellationToken))))
            {
                return await DocumentEditing.FormatAsync(migrated, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private static IEnumerable<CompilationUnitSyntax> Candidates(CompilationUnitSyntax unit)
    {
        var openAiChat = unit.Usings.FirstOrDefault(u => u.Name?.ToString() == "OpenAI.Chat");
        if (openAiChat is not null)
        {
            yield return unit.RemoveNode(openAiChat, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        yield return unit;
    }

    /// <summary>A type in a field, property, parameter or local declaration (not in <c>new T(...)</c> or a cast).</summary>
    private static bool IsDeclarationType(TypeSyntax type) => type.Parent switch
    {
        VariableDeclarationSyntax declaration => declaration.Type == type,
        PropertyDeclarationSyntax property => property.Type == type,
        ParameterSyntax parameter => parameter.Type == type,
        _ => false,
    };

    private static (string Namespace, string Name, bool NeedsAdapter)? ClientOf(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var type = node is ExpressionSyntax expression ? model.GetTypeInfo(expression, cancellationToken).Type : model.GetTypeInfo(node, cancellationToken).Type;
        if (type is INamedTypeSymbol { NullableAnnotation: NullableAnnotation.Annotated } annotated)
        {
            type = annotated.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        foreach (var client in ClientTypes)
        {
            if (type?.Name == client.Name && type.ContainingNamespace?.ToDisplayString() == client.Namespace)
            {
                return client;
            }
        }

        return null;
    }

    private static bool IsCall(SemanticModel model, InvocationExpressionSyntax invocation, string name, CancellationToken cancellationToken)
        => invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var called } access && called == name
           && ClientOf(model, access.Expression, cancellationToken) is { Name: "ChatClient" };

    /// <summary>A construction or factory call producing a client whose value is used as a whole: it now needs adapting.</summary>
    private static bool NeedsAdapter(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (expression is not (ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or InvocationExpressionSyntax)
            || expression.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == expression)
        {
            return false;
        }

        return ClientOf(model, expression, cancellationToken) is { NeedsAdapter: true };
    }

    /// <summary><c>new ChatClient(...)</c> → <c>new OpenAI.Chat.ChatClient(...)</c>, so the OpenAI.Chat using can go; null for other expressions.</summary>
    private static ExpressionSyntax? QualifiedCreation(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(expression, cancellationToken).Type is not { } type)
        {
            return null;
        }

        var typeName = SyntaxFactory.ParseTypeName(type.ToDisplayString());
        return expression switch
        {
            ImplicitObjectCreationExpressionSyntax implicitCreation
                => SyntaxFactory.ObjectCreationExpression(typeName, implicitCreation.ArgumentList.WithoutTrivia(), implicitCreation.Initializer?.WithoutTrivia()).NormalizeWhitespace(),
            ObjectCreationExpressionSyntax creation
                => creation.WithType(typeName.WithTriviaFrom(creation.Type)).WithoutTrivia(),
            _ => null,
        };
    }

    /// <summary>Renames the call and maps its messages and options; false when an argument has no Microsoft.Extensions.AI form.</summary>
    private static bool MapCall(SemanticModel model, InvocationExpressionSyntax invocation, string newName, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, CancellationToken cancellationToken)
    {
        var access = (MemberAccessExpressionSyntax)invocation.Expression;
        var arguments = new List<ArgumentSyntax>();
        var messages = new List<ExpressionSyntax>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            var name = argument.NameColon?.Name.Identifier.ValueText;
            var parameterType = model.GetTypeInfo(argument.Expression, cancellationToken).ConvertedType;
            if (name == "cancellationToken" || parameterType?.Name == "CancellationToken")
            {
                arguments.Add(argument.WithNameColon(SyntaxFactory.NameColon("cancellationToken")));
            }
            else if (parameterType?.Name == "ChatCompletionOptions" || name == "options")
            {
                if (MapOptions(argument.Expression) is not { } options)
                {
                    return false;
                }

                arguments.Add(SyntaxFactory.Argument(SyntaxFactory.NameColon("options"), default, options));
            }
            else if (MapMessages(model, argument.Expression, cancellationToken) is { } mapped)
            {
                messages.AddRange(mapped);
            }
            else
            {
                return false;
            }
        }

        // One string becomes the string overload; messages become a collection expression.
        ExpressionSyntax first = messages.Count == 1 && messages[0] is not ObjectCreationExpressionSyntax
            ? messages[0]
            : SyntaxFactory.CollectionExpression(SyntaxFactory.SeparatedList<CollectionElementSyntax>(messages.Select(SyntaxFactory.ExpressionElement)));
        arguments.Insert(0, SyntaxFactory.Argument(first));
        var argumentList = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments));
        replacements[invocation] = rewritten =>
        {
            var call = (InvocationExpressionSyntax)rewritten;
            var callee = call.Expression is MemberAccessExpressionSyntax rewrittenAccess ? rewrittenAccess : access;
            return call.WithExpression(callee.WithName(SyntaxFactory.IdentifierName(newName).WithTriviaFrom(access.Name))).WithArgumentList(argumentList);
        };
        return true;
    }

    /// <summary>A message argument: a string, a message object, or a collection / array of them.</summary>
    private static List<ExpressionSyntax>? MapMessages(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        IEnumerable<ExpressionSyntax>? elements = expression switch
        {
            CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax)
                => collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            _ => null,
        };

        if (elements is null)
        {
            return MapMessage(model, expression, cancellationToken) is { } single ? new List<ExpressionSyntax> { single } : null;
        }

        var mapped = new List<ExpressionSyntax>();
        foreach (var element in elements)
        {
            if (MapMessage(model, element, cancellationToken) is not { } message)
            {
                return null;
            }

            mapped.Add(message);
        }

        return mapped;
    }

    /// <summary><c>new UserChatMessage(x)</c> / <c>ChatMessage.CreateUserMessage(x)</c> → <c>new ChatMessage(ChatRole.User, x)</c>; a string stays.</summary>
    private static ExpressionSyntax? MapMessage(SemanticModel model, ExpressionSyntax message, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(message, cancellationToken).Type?.SpecialType == SpecialType.System_String)
        {
            return message.WithoutTrivia();
        }

        var (typeName, arguments) = message switch
        {
            ObjectCreationExpressionSyntax { ArgumentList: { } list } creation => (creation.Type.ToString(), list.Arguments),
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

        if (role is null || arguments.Count != 1
            || model.GetTypeInfo(arguments[0].Expression, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        return SyntaxFactory.ParseExpression($"new ChatMessage(ChatRole.{role}, {arguments[0].Expression.WithoutTrivia()})");
    }

    /// <summary><c>new ChatCompletionOptions { Temperature = .., MaxOutputTokenCount = .. }</c> → <c>new ChatOptions { Temperature = .., MaxOutputTokens = .. }</c>.</summary>
    private static ExpressionSyntax? MapOptions(ExpressionSyntax expression)
    {
        var initializer = expression switch
        {
            ObjectCreationExpressionSyntax creation when creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0 => creation.Initializer,
            ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } creation => creation.Initializer,
            _ => null,
        };

        if (expression is ObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: > 0 } })
        {
            return null;
        }

        var assignments = new List<string>();
        foreach (var item in initializer?.Expressions ?? default)
        {
            if (item is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment)
            {
                return null;
            }

            var mapped = left.Identifier.ValueText switch
            {
                "Temperature" => "Temperature",
                "TopP" => "TopP",
                "MaxOutputTokenCount" => "MaxOutputTokens",
                "Seed" => "Seed",
                "StopSequences" => "StopSequences",
                "FrequencyPenalty" => "FrequencyPenalty",
                "PresencePenalty" => "PresencePenalty",
                _ => null,
            };

            if (mapped is null)
            {
                return null;
            }

            assignments.Add(mapped + " = " + assignment.Right.WithoutTrivia());
        }

        return SyntaxFactory.ParseExpression("new ChatOptions { " + string.Join(", ", assignments) + " }");
    }

    /// <summary>
    /// What the calls return: <c>ChatCompletion</c> locals become <c>ChatResponse</c>; <c>.Value.Content[0].Text</c> and
    /// <c>.Content[0].Text</c> become <c>.Text</c>; a streamed update's <c>.ContentUpdate[0].Text</c> becomes <c>.Text</c>.
    /// </summary>
    private static void MapResultAccess(SemanticModel model, TypeDeclarationSyntax type, Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> replacements, CancellationToken cancellationToken)
    {
        foreach (var access in type.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
        {
            if (access.Name.Identifier.ValueText != "Text"
                || access.Expression is not ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax content } element
                || element.ArgumentList.Arguments.Count != 1 || element.ArgumentList.Arguments[0].ToString() != "0"
                || content.Name.Identifier.ValueText is not ("Content" or "ContentUpdate"))
            {
                continue;
            }

            var ownerType = model.GetTypeInfo(content.Expression, cancellationToken).Type?.Name;
            if (ownerType is "ChatCompletion" or "StreamingChatCompletionUpdate")
            {
                replacements[access] = rewritten =>
                {
                    // X.Value.Content[0].Text or X.Content[0].Text → X.Text, X as rewritten (its call may have changed).
                    var contentAccess = (MemberAccessExpressionSyntax)((ElementAccessExpressionSyntax)((MemberAccessExpressionSyntax)rewritten).Expression).Expression;
                    var owner = contentAccess.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value ? value.Expression : contentAccess.Expression;
                    return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), SyntaxFactory.IdentifierName("Text")).WithTriviaFrom(rewritten);
                };
            }
        }

        foreach (var declaration in type.DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            if (!declaration.Type.IsVar && model.GetTypeInfo(declaration.Type, cancellationToken).Type?.Name == "ChatCompletion")
            {
                var chatResponse = SyntaxFactory.IdentifierName("ChatResponse").WithTriviaFrom(declaration.Type);
                replacements[declaration.Type] = _ => chatResponse;
            }
        }
    }

    /// <summary>A changed constructor, method or property used from another file would break it: then there is no fix.</summary>
    private static async Task<bool> ChangedMembersAreLocalAsync(Document document, SemanticModel model, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        foreach (var member in type.Members)
        {
            if (model.GetDeclaredSymbol(member, cancellationToken) is not { } symbol || symbol.DeclaredAccessibility == Accessibility.Private)
            {
                continue;
            }

            var mentionsClient = member.DescendantNodes().OfType<ParameterSyntax>().Any(p => p.Type is not null && ClientOf(model, p.Type, cancellationToken) is not null)
                || member is PropertyDeclarationSyntax property && ClientOf(model, property.Type, cancellationToken) is not null
                || member is FieldDeclarationSyntax field && ClientOf(model, field.Declaration.Type, cancellationToken) is not null;
            if (!mentionsClient)
            {
                continue;
            }

            foreach (var reference in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
            {
                if (reference.Locations.Any(l => l.Document.Id != document.Id))
                {
                    return false;
                }
            }
        }

        // Primary constructor parameters belong to the type's constructor.
        if (type.ParameterList is { } parameters && parameters.Parameters.Any(p => p.Type is not null && ClientOf(model, p.Type, cancellationToken) is not null)
            && model.GetDeclaredSymbol(type, cancellationToken) is { } typeSymbol)
        {
            foreach (var constructor in typeSymbol.InstanceConstructors)
            {
                foreach (var reference in await SymbolFinder.FindReferencesAsync(constructor, document.Project.Solution, cancellationToken).ConfigureAwait(false))
                {
                    if (reference.Locations.Any(l => l.Document.Id != document.Id))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
