using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// BCL types the rules recognise, resolved once per compilation and compared as symbols: a user type named Task or
/// Parallel is not System.Threading.Tasks' one.
/// </summary>
internal sealed class WellKnownTypes
{
    public WellKnownTypes(Compilation compilation)
    {
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        Parallel = compilation.GetTypeByMetadataName("System.Threading.Tasks.Parallel");
        ParallelEnumerable = compilation.GetTypeByMetadataName("System.Linq.ParallelEnumerable");
    }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? Parallel { get; }

    public INamedTypeSymbol? ParallelEnumerable { get; }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? wellKnown)
        => wellKnown is not null && SymbolEqualityComparer.Default.Equals(type, wellKnown);

    /// <summary>
    /// For checks that run where no compilation is at hand (shared helpers called from many rules): the type is declared
    /// in exactly the namespace <c>outer.inner…</c>, compared part by part without allocating.
    /// </summary>
    public static bool IsIn(ITypeSymbol? type, params string[] namespaceParts)
    {
        var ns = type?.ContainingNamespace;
        for (var i = namespaceParts.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.IsGlobalNamespace || ns.Name != namespaceParts[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
