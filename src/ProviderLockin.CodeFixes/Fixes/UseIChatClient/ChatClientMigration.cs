using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.CodeFixes.Fixes.UseIChatClient;

/// <summary>
/// The rewrite behind "Use IChatClient", for one type declaration or a file's top-level statements: client declarations become <c>IChatClient</c>, the chat
/// calls are mapped by <see cref="ChatCallShapes"/>, what they return is read the Microsoft.Extensions.AI way
/// (<c>.Text</c>), constructions get <c>.AsIChatClient()</c> where the client is not an IChatClient itself, and the SDK's
/// usings go when nothing needs them. Null when the result would add a compiler error.
/// </summary>
internal static class ChatClientMigration
{
    private static readonly (string Namespace, string Name, bool NeedsAdapter)[] ClientTypes =
    {
        ("OpenAI.Chat", "ChatClient", true),
        ("Anthropic", "AnthropicClient", true),
        ("Anthropic", "IAnthropicClient", true),
        ("OllamaSharp", "OllamaApiClient", false),
    };

    /// <summary>Where each client's <c>AsIChatClient()</c> lives; without it a construction cannot be adapted.</summary>
    private static readonly (string Namespace, string Extensions)[] Adapters =
    {
        ("OpenAI.Chat", "Microsoft.Extensions.AI.OpenAIClientExtensions"),
        ("Anthropic", "Microsoft.Extensions.AI.AnthropicClientExtensions"),
    };

    /// <summary>What one migration rewrites: the type declaration around <paramref name="node"/>, or the file's top-level statements.</summary>
    public static SyntaxNode? ScopeOf(SyntaxNode node)
        => (SyntaxNode?)DocumentEditing.ContainingType(node)
           ?? (node.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent as CompilationUnitSyntax);

    /// <summary>The scope's nodes: a type's, or only the top-level statements of a file (not the types declared after them).</summary>
    public static IEnumerable<SyntaxNode> NodesOf(SyntaxNode scope)
        => scope is CompilationUnitSyntax unit
            ? unit.Members.OfType<GlobalStatementSyntax>().SelectMany(statement => statement.DescendantNodes())
            : scope.DescendantNodes();

    public static async Task<Document?> TryMigrateAsync(Document document, SyntaxNode scope, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) as CompilationUnitSyntax;
        if (model is null || root is null
            || model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.IChatClient") is null)
        {
            return null;
        }

        var declarations = NodesOf(scope).OfType<TypeSyntax>().Where(t => IsDeclarationType(t) && ClientOf(model, t, cancellationToken) is not null).ToList();
        if (declarations.Count == 0
            || scope is TypeDeclarationSyntax type && !await ChangedMembersAreLocalAsync(document, model, type, cancellationToken).ConfigureAwait(false))
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

        foreach (var node in NodesOf(scope))
        {
            if (node is InvocationExpressionSyntax invocation && ChatCallShapes.TryMap(model, invocation, replacements, cancellationToken) == CallShape.Unmappable)
            {
                return null;
            }

            // Messages created outside the chat call (messages.Add(new UserChatMessage(input))) are mapped where they are made.
            if (node is ObjectCreationExpressionSyntax messageCreation && !replacements.ContainsKey(messageCreation)
                && messageCreation.Type.ToString() is var created && created.EndsWith("ChatMessage", StringComparison.Ordinal) && created != "ChatMessage"
                && ChatCallShapes.MapOpenAIMessage(model, messageCreation, cancellationToken) is { } mappedMessage
                && model.GetTypeInfo(messageCreation, cancellationToken).Type?.ContainingNamespace?.ToDisplayString() == "OpenAI.Chat")
            {
                replacements[messageCreation] = rewritten => mappedMessage.WithTriviaFrom(rewritten);
            }

            if (node is ExpressionSyntax expression && ClientNeedingAdapter(model, expression, cancellationToken) is { } client)
            {
                if (!HasAdapter(model.Compilation, client))
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
            }
        }

        ChatResults.Map(model, NodesOf(scope), replacements, cancellationToken);

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original](rewritten));
        var unit = DocumentEditing.EnsureUsing((CompilationUnitSyntax)newRoot, model.Compilation, "Microsoft.Extensions.AI");
        var before = CompileCheck.Errors(model.GetDiagnostics(cancellationToken: cancellationToken));
        var sdkNamespaces = DocumentEditing.ProviderSdkUsings(root, model, DocumentEditing.Catalog(document.Project, model.Compilation), cancellationToken);
        var migrated = await WithoutUnneededSdkUsingsAsync(document, unit, sdkNamespaces, cancellationToken).ConfigureAwait(false);
        var migratedModel = await migrated.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return migratedModel is not null && CompileCheck.HasNoNewErrors(before, CompileCheck.Errors(migratedModel.GetDiagnostics(cancellationToken: cancellationToken)))
            ? await DocumentEditing.FormatAsync(migrated, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// All SDK usings out, then each put back that removes errors: a mapped <c>ChatMessage</c> or <c>ChatRole</c> is ambiguous
    /// while <c>OpenAI.Chat</c> or <c>OllamaSharp.Models.Chat</c> is imported, and a remaining <c>new AnthropicClient()</c>
    /// still needs <c>Anthropic</c>.
    /// </summary>
    private static async Task<Document> WithoutUnneededSdkUsingsAsync(Document document, CompilationUnitSyntax unit, ImmutableHashSet<string> sdkNamespaces, CancellationToken cancellationToken)
    {
        var sdkUsings = unit.Usings.Where(u => u.Alias is null && u.Name is not null && sdkNamespaces.Contains(u.Name.ToString())).ToList();
        if (sdkUsings.Count == 0)
        {
            return document.WithSyntaxRoot(unit);
        }

        var kept = new HashSet<UsingDirectiveSyntax>();
        var current = document.WithSyntaxRoot(Without(unit, sdkUsings, kept));
        var errors = await ErrorCountAsync(current, cancellationToken).ConfigureAwait(false);
        foreach (var directive in sdkUsings)
        {
            if (errors == 0)
            {
                break;
            }

            kept.Add(directive);
            var candidate = document.WithSyntaxRoot(Without(unit, sdkUsings, kept));
            var candidateErrors = await ErrorCountAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (candidateErrors < errors)
            {
                (current, errors) = (candidate, candidateErrors);
            }
            else
            {
                kept.Remove(directive);
            }
        }

        return current;
    }

    private static CompilationUnitSyntax Without(CompilationUnitSyntax unit, List<UsingDirectiveSyntax> sdkUsings, HashSet<UsingDirectiveSyntax> kept)
        => unit.RemoveNodes(sdkUsings.Where(u => !kept.Contains(u)), SyntaxRemoveOptions.KeepNoTrivia)!;

    private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var diagnostic in model?.GetDiagnostics(cancellationToken: cancellationToken) ?? default)
        {
            count += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        return count;
    }

    /// <summary>A type in a field, property, parameter or local declaration (not in <c>new T(...)</c> or a cast).</summary>
    private static bool IsDeclarationType(TypeSyntax type) => type.Parent switch
    {
        VariableDeclarationSyntax declaration => declaration.Type == type,
        PropertyDeclarationSyntax property => property.Type == type,
        ParameterSyntax parameter => parameter.Type == type,
        _ => false,
    };

    /// <summary>The migrated client type a node's type is, if any.</summary>
    public static (string Namespace, string Name, bool NeedsAdapter)? ClientOf(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(node, cancellationToken).Type;
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

    /// <summary>A construction or factory call producing a client that is not an IChatClient, used as a whole: it needs adapting.</summary>
    private static string? ClientNeedingAdapter(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (expression is not (ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or InvocationExpressionSyntax)
            || expression.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == expression)
        {
            return null;
        }

        return ClientOf(model, expression, cancellationToken) is { NeedsAdapter: true } client ? client.Namespace : null;
    }

    private static bool HasAdapter(Compilation compilation, string clientNamespace)
    {
        foreach (var (ns, extensions) in Adapters)
        {
            if (ns == clientNamespace)
            {
                return compilation.GetTypeByMetadataName(extensions) is not null;
            }
        }

        return false;
    }

    /// <summary><c>new ChatClient(...)</c> → <c>new OpenAI.Chat.ChatClient(...)</c>, so the SDK's using can go; null for other expressions.</summary>
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
            if (mentionsClient && await IsUsedElsewhereAsync(document, symbol, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        // Primary constructor parameters belong to the type's constructor.
        if (type.ParameterList is { } parameters && parameters.Parameters.Any(p => p.Type is not null && ClientOf(model, p.Type, cancellationToken) is not null)
            && model.GetDeclaredSymbol(type, cancellationToken) is { } typeSymbol)
        {
            foreach (var constructor in typeSymbol.InstanceConstructors)
            {
                if (await IsUsedElsewhereAsync(document, constructor, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static async Task<bool> IsUsedElsewhereAsync(Document document, ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            if (reference.Locations.Any(l => l.Document.Id != document.Id))
            {
                return true;
            }
        }

        return false;
    }
}
