using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Layering;

/// <summary>
/// Choosing a provider once and adapting it to the abstraction is the intended wiring, not lock-in.
/// An SDK value that goes straight into an adapter (<c>.AsIChatClient()</c>, <c>services.AddChatClient(...)</c>,
/// a conversion to <c>IChatClient</c>, ...) is allowed in a composition root: top-level statements, a class named
/// Program or Startup, a method that takes or extends IServiceCollection / IHostApplicationBuilder / IHostBuilder,
/// or a method that returns the abstraction.
/// </summary>
internal static class CompositionRoot
{
    public static bool Contains(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type?.Name is "Program" or "Startup")
        {
            return true;
        }

        if (symbol is not IMethodSymbol method)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (AbstractionTypes.IsServiceRegistrationType(parameter.Type))
            {
                return true;
            }
        }

        return AbstractionTypes.IsAbstractionType(UnwrapTask(method.ReturnType));
    }

    /// <summary>True when the value of <paramref name="operation"/> is handed to an adapter or converted to the abstraction.</summary>
    public static bool FlowsIntoAdapter(IOperation operation, AbstractionLayer layer) => AdapterReceiving(operation, layer) is not null;

    /// <summary>
    /// The adapter that receives the value of <paramref name="operation"/>: the <c>AsIChatClient()</c> or
    /// <c>AddChatClient(...)</c> call, the adapter's construction, or the conversion to the abstraction; null when the
    /// value goes anywhere else.
    /// </summary>
    public static IOperation? AdapterReceiving(IOperation operation, AbstractionLayer layer) => AdapterReceiving(operation, layer, 0);

    private static IOperation? AdapterReceiving(IOperation operation, AbstractionLayer layer, int start)
    {
        var current = operation;
        for (var guard = start; guard < 32; guard++)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case IConversionOperation conversion:
                    if (AbstractionTypes.IsAbstractionType(conversion.Type))
                    {
                        // AddChatClient(new OllamaApiClient(...)): the registration is the call the converted value goes into.
                        return AdapterReceiving(conversion, layer, guard + 1) ?? conversion;
                    }

                    current = parent;
                    continue;
                case IParenthesizedOperation:
                    current = parent;
                    continue;
                case IArgumentOperation argument:
                    return argument.Parent switch
                    {
                        IInvocationOperation invocation when AbstractionTypes.IsAdapterMethod(invocation.TargetMethod) => invocation,
                        IObjectCreationOperation creation when AbstractionTypes.IsAbstractionType(creation.Type) || creation.Type is INamedTypeSymbol created && layer.IsAdapter(created) => creation,
                        _ => null,
                    };
                case IInvocationOperation invocation when invocation.Instance == current:
                    return AbstractionTypes.IsAdapterMethod(invocation.TargetMethod) ? invocation : null;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>var openAi = new OpenAIClient(key);</c> followed only by uses such as
    /// <c>openAi.GetChatClient(model).AsIChatClient()</c>: the local is wiring too.
    /// </summary>
    public static bool IsStoredInLocalUsedOnlyByAdapters(IOperation operation, ProviderCatalog catalog, AbstractionLayer layer)
        => IsStoredInLocalUsedOnlyByAdapters(operation, catalog, layer, depth: 0);

    /// <summary>
    /// The same through a chain of locals: <c>var client = new AzureOpenAIClient(...); var embeddings =
    /// client.GetEmbeddingClient(name); return new EmbeddingAdapter(embeddings);</c>.
    /// </summary>
    private static bool IsStoredInLocalUsedOnlyByAdapters(IOperation operation, ProviderCatalog catalog, AbstractionLayer layer, int depth)
    {
        var local = AssignedLocal(operation);
        if (local is null || depth > 3)
        {
            return false;
        }

        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var used = false;
        foreach (var descendant in root.Descendants())
        {
            if (descendant is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local)
                || reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
            {
                continue;
            }

            used = true;
            var use = catalog.OutermostProviderUse(reference);
            if (!FlowsIntoAdapter(use, layer) && !(use != reference && IsStoredInLocalUsedOnlyByAdapters(use, catalog, layer, depth + 1)))
            {
                return false;
            }
        }

        return used;
    }

    private static ILocalSymbol? AssignedLocal(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation { IsImplicit: true })
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current => target.Local,
            _ => null,
        };
    }

    private static ITypeSymbol UnwrapTask(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task ? task.TypeArguments[0] : type;
}
