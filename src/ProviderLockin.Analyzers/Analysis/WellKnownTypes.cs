using System.Threading;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// The BCL types the rules and fixes recognise, compared as symbols (a user type named Task or Parallel is not
/// System.Threading.Tasks' one). Each is looked up on first use only: <c>GetTypeByMetadataName</c> searches every
/// reference, and most compilations never ask for most of them.
/// </summary>
internal sealed class WellKnownTypes
{
    private enum Id
    {
        Task,
        Parallel,
        ParallelEnumerable,
        SemaphoreSlim,
        RateLimiter,
        Thread,
        PeriodicTimer,
        Channel,
        Uri,
        HttpRequestMessage,
        HttpClient,
        HttpClientJsonExtensions,
        WebRequest,
    }

    private static readonly string[] MetadataNames =
    {
        "System.Threading.Tasks.Task",
        "System.Threading.Tasks.Parallel",
        "System.Linq.ParallelEnumerable",
        "System.Threading.SemaphoreSlim",
        "System.Threading.RateLimiting.RateLimiter",
        "System.Threading.Thread",
        "System.Threading.PeriodicTimer",
        "System.Threading.Channels.Channel",
        "System.Uri",
        "System.Net.Http.HttpRequestMessage",
        "System.Net.Http.HttpClient",
        "System.Net.Http.Json.HttpClientJsonExtensions",
        "System.Net.WebRequest",
    };

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol?[] _types = new INamedTypeSymbol?[MetadataNames.Length];
    private readonly bool[] _resolved = new bool[MetadataNames.Length];

    public WellKnownTypes(Compilation compilation)
    {
        _compilation = compilation;
    }

    public INamedTypeSymbol? Task => Get(Id.Task);

    public INamedTypeSymbol? Parallel => Get(Id.Parallel);

    public INamedTypeSymbol? ParallelEnumerable => Get(Id.ParallelEnumerable);

    public INamedTypeSymbol? SemaphoreSlim => Get(Id.SemaphoreSlim);

    public INamedTypeSymbol? RateLimiter => Get(Id.RateLimiter);

    public INamedTypeSymbol? Thread => Get(Id.Thread);

    public INamedTypeSymbol? PeriodicTimer => Get(Id.PeriodicTimer);

    public INamedTypeSymbol? Channel => Get(Id.Channel);

    public INamedTypeSymbol? Uri => Get(Id.Uri);

    public INamedTypeSymbol? HttpRequestMessage => Get(Id.HttpRequestMessage);

    public INamedTypeSymbol? HttpClient => Get(Id.HttpClient);

    public INamedTypeSymbol? HttpClientJsonExtensions => Get(Id.HttpClientJsonExtensions);

    public INamedTypeSymbol? WebRequest => Get(Id.WebRequest);

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

    // Two threads may both look a type up the first time; both get the same symbol, so no lock is needed.
    private INamedTypeSymbol? Get(Id id)
    {
        var index = (int)id;
        if (!Volatile.Read(ref _resolved[index]))
        {
            _types[index] = _compilation.GetTypeByMetadataName(MetadataNames[index]);
            Volatile.Write(ref _resolved[index], true);
        }

        return _types[index];
    }
}
