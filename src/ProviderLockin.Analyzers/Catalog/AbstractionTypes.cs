using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// The abstraction the package steers code towards: Microsoft.Extensions.AI, Semantic Kernel and Microsoft Agent
/// Framework (<c>AIAgent</c>, <c>ChatClientAgent</c>, built on IChatClient).
/// Their types never count as provider types, and handing an SDK value to them is the intended wiring.
/// </summary>
internal static class AbstractionTypes
{
    private static readonly NamespaceName MicrosoftExtensionsAI = NamespaceName.Parse("Microsoft.Extensions.AI");
    private static readonly NamespaceName SemanticKernel = NamespaceName.Parse("Microsoft.SemanticKernel");
    private static readonly NamespaceName AgentFramework = NamespaceName.Parse("Microsoft.Agents.AI");
    private static readonly NamespaceName DependencyInjection = NamespaceName.Parse("Microsoft.Extensions.DependencyInjection");
    private static readonly NamespaceName Hosting = NamespaceName.Parse("Microsoft.Extensions.Hosting");

    internal static readonly string[] AbstractionAssemblies = { "Microsoft.Extensions.AI.Abstractions", "Microsoft.SemanticKernel.Abstractions", "Microsoft.Agents.AI.Abstractions" };

    /// <summary>Code that already talks to the abstraction still has prompts and call volume to check.</summary>
    public static bool IsReferencedBy(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (var name in AbstractionAssemblies)
            {
                if (string.Equals(assembly.Name, name, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsAbstractionNamespace(INamespaceSymbol? ns)
        => ns is not null && AbstractionNamespaces.GetValue(ns, ComputeIsAbstractionNamespace) == Yes;

    /// <summary>
    /// Asked of the namespace of nearly every type and method the rules meet, and answered by walking its parents three
    /// times: kept per namespace symbol instead (the answer depends on nothing else). The table holds its keys weakly, so
    /// it lives as long as the symbols do and never across them.
    /// </summary>
    private static readonly ConditionalWeakTable<INamespaceSymbol, object> AbstractionNamespaces = new();

    private static readonly object Yes = new();

    private static readonly object No = new();

    private static readonly ConditionalWeakTable<INamespaceSymbol, object>.CreateValueCallback ComputeIsAbstractionNamespace =
        static ns => MicrosoftExtensionsAI.Contains(ns) || SemanticKernel.Contains(ns) || AgentFramework.Contains(ns) ? Yes : No;

    /// <summary>Microsoft Agent Framework's namespaces: an agent's <c>RunAsync</c> / <c>RunStreamingAsync</c> is a model request.</summary>
    public static bool IsAgentFrameworkNamespace(INamespaceSymbol? ns) => AgentFramework.Contains(ns);

    /// <summary>IChatClient, IEmbeddingGenerator, ChatClientBuilder, IChatCompletionService and the like.</summary>
    public static bool IsAbstractionType(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Interface or TypeKind.Class } named && IsAbstractionNamespace(named.ContainingNamespace);

    /// <summary>
    /// A method that turns an SDK value into the abstraction or registers it as one:
    /// <c>AsIChatClient</c>, <c>AsIEmbeddingGenerator</c>, <c>AsChatClient</c>, <c>AsBuilder</c>,
    /// <c>AddChatClient</c>, <c>AddKeyedChatClient</c>, Semantic Kernel's <c>AddOpenAIChatCompletion</c> family.
    /// </summary>
    public static bool IsAdapterMethod(IMethodSymbol method)
    {
        if (IsAbstractionType(method.ReturnType))
        {
            return true;
        }

        // Registrations return the builder they extend; they are adapters when they live in the abstraction's namespaces.
        return (method.IsStatic || method.IsExtensionMethod) && IsAbstractionNamespace(method.ContainingNamespace);
    }

    /// <summary>IServiceCollection, IHostApplicationBuilder, IHostBuilder, IKernelBuilder (or a type implementing one).</summary>
    public static bool IsServiceRegistrationType(ITypeSymbol type)
    {
        if (IsServiceRegistrationInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsServiceRegistrationInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsServiceRegistrationInterface(ITypeSymbol type)
    {
        switch (type.Name)
        {
            case "IServiceCollection":
                return DependencyInjection.Contains(type.ContainingNamespace);
            case "IHostApplicationBuilder":
            case "IHostBuilder":
                return Hosting.Contains(type.ContainingNamespace);
            case "IKernelBuilder":
                return SemanticKernel.Contains(type.ContainingNamespace);
            default:
                return false;
        }
    }
}
