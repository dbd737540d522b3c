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
}
