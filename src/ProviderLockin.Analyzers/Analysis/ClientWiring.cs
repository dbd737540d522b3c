using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// How a project wires its chat clients: the facts behind PLA1004 (a fallback provider), PLA3004 (telemetry in the
/// pipeline) and PLA1005 (tests on paid providers). Microsoft.Extensions.AI's pipeline types are resolved once per
/// compilation and compared as symbols; the per-project facts are noted by the operation callbacks and read at
/// compilation end.
/// </summary>
internal sealed class ClientWiring
{
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    private readonly IAssemblySymbol? _extensionsAI;
    private readonly INamedTypeSymbol? _chatClientBuilder;
    private readonly INamedTypeSymbol? _embeddingGeneratorBuilder;
    private readonly INamedTypeSymbol? _routingChatClient;
    private readonly INamedTypeSymbol? _chatClient;
    private readonly ImmutableArray<INamedTypeSymbol> _telemetryClients;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _fallbackTypes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, string> _adaptedProviders = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentQueue<ProviderRegistration> _registrations = new();
    private readonly IAssemblySymbol _project;
    private int _fallbackSeen;

    private static readonly string[] ExtensionsAI = { ReferencedTypes.ExtensionsAI, ReferencedTypes.ExtensionsAIAbstractions };

    public ClientWiring(Compilation compilation, OptionsReader options, ReferencedTypes types)
    {
        _project = compilation.Assembly;
        _chatClientBuilder = types.Find("Microsoft.Extensions.AI.ChatClientBuilder", ExtensionsAI);
        _embeddingGeneratorBuilder = types.Find("Microsoft.Extensions.AI.EmbeddingGeneratorBuilder`2", ExtensionsAI);
        _routingChatClient = types.Find("Microsoft.Extensions.AI.RoutingChatClient", ExtensionsAI);
        _chatClient = types.Find("Microsoft.Extensions.AI.IChatClient", ExtensionsAI);
        _extensionsAI = _chatClientBuilder?.ContainingAssembly;
        _telemetryClients = Resolve(
            types,
            "Microsoft.Extensions.AI.OpenTelemetryChatClient",
            "Microsoft.Extensions.AI.LoggingChatClient",
            "Microsoft.Extensions.AI.OpenTelemetryEmbeddingGenerator`2",
            "Microsoft.Extensions.AI.LoggingEmbeddingGenerator`2");
        DelegatingClients = Resolve(
            types,
            "Microsoft.Extensions.AI.DelegatingChatClient",
            "Microsoft.Extensions.AI.DelegatingEmbeddingGenerator`2");

        IsTestProject = types.ReferencesAny(TestFrameworkAssemblies);
        IsApplication = !IsTestProject && MayBeApplication(compilation);
        ReferencesSemanticKernel = types.ReferencesAny("Microsoft.SemanticKernel.Abstractions");
        FallbackTypeNames = options.Union(compilation.SyntaxTrees, static o => o.FallbackTypes);
        TelemetryMethods = options.Union(compilation.SyntaxTrees, static o => o.TelemetryMethods);
    }

    /// <summary>An executable: decided from the compiler options alone, before anything is bound (test projects are told apart later).</summary>
    public static bool MayBeApplication(Compilation compilation)
        => compilation.Options.OutputKind is not (OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule);

    /// <summary>The project references xUnit, NUnit or MSTest: its code runs in test runs.</summary>
    public bool IsTestProject { get; }

    /// <summary>An executable that is not a test project: it has a composition root that chooses the providers.</summary>
    public bool IsApplication { get; }

    /// <summary>Microsoft.Extensions.AI's client pipelines (ChatClientBuilder) are available.</summary>
    public bool ReferencesPipelines => _chatClientBuilder is not null;

    /// <summary>Semantic Kernel is referenced; its connectors register providers and emit their own telemetry.</summary>
    public bool ReferencesSemanticKernel { get; }

    public ImmutableArray<TypeName> FallbackTypeNames { get; }

    public ImmutableArray<MethodName> TelemetryMethods { get; }

    /// <summary>DelegatingChatClient and DelegatingEmbeddingGenerator: a project's own middleware derives from them.</summary>
    public ImmutableArray<INamedTypeSymbol> DelegatingClients { get; }

    /// <summary>
    /// <c>services.AddSingleton&lt;T&gt;(...)</c>, <c>TryAddScoped&lt;T&gt;</c>, <c>AddKeyedTransient&lt;T&gt;</c>: a generic
    /// registration of Microsoft.Extensions.DependencyInjection, whose type arguments name what is registered.
    /// </summary>
    public static bool IsGenericServiceRegistration(IMethodSymbol method)
        => method.IsGenericMethod
            && (method.Name.StartsWith("Add", System.StringComparison.Ordinal) || method.Name.StartsWith("TryAdd", System.StringComparison.Ordinal))
            && (WellKnownTypes.IsIn(method.ContainingType, "Microsoft", "Extensions", "DependencyInjection")
                || WellKnownTypes.IsIn(method.ContainingType, "Microsoft", "Extensions", "DependencyInjection", "Extensions"));

    /// <summary>Declared in this project's own source (not in a package or another project it references).</summary>
    public bool IsDeclaredInProject(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _project);

    public bool IsExtensionsAI(IAssemblySymbol? assembly)
        => _extensionsAI is not null && SymbolEqualityComparer.Default.Equals(assembly, _extensionsAI);

    /// <summary>ChatClientBuilder or EmbeddingGeneratorBuilder&lt;,&gt;.</summary>
    public bool IsPipelineBuilder(ITypeSymbol? type)
        => type is INamedTypeSymbol named
            && (WellKnownTypes.Is(named, _chatClientBuilder) || WellKnownTypes.Is(named.OriginalDefinition, _embeddingGeneratorBuilder));

    /// <summary>OpenTelemetryChatClient, LoggingChatClient and their embedding counterparts.</summary>
    public bool IsTelemetryClient(ITypeSymbol? type)
    {
        var original = (type as INamedTypeSymbol)?.OriginalDefinition;
        foreach (var client in _telemetryClients)
        {
            if (SymbolEqualityComparer.Default.Equals(original, client))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type of the project's own that derives from DelegatingChatClient or DelegatingEmbeddingGenerator: its own middleware.</summary>
    public bool IsOwnMiddleware(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || !IsDeclaredInProject(named))
        {
            return false;
        }

        for (var current = named.BaseType; current is not null; current = current.BaseType)
        {
            foreach (var delegating in DelegatingClients)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, delegating))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A client that fails over or routes between several clients: Microsoft.Extensions.AI's RoutingChatClient family
    /// (FailoverChatClient, OrderedFailoverChatClient, SemanticRoutingChatClient) or a subclass, a type named in
    /// <c>provider_lockin.fallback_types</c>, or an IChatClient of the project's own whose constructor takes several clients.
    /// </summary>
    public bool IsFallbackClient(INamedTypeSymbol type)
    {
        if (!_fallbackTypes.TryGetValue(type, out var fallback))
        {
            fallback = Classify(type);
            _fallbackTypes.TryAdd(type, fallback);
        }

        return fallback;
    }

    private bool Classify(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (WellKnownTypes.Is(current, _routingChatClient))
            {
                return true;
            }
        }

        foreach (var name in FallbackTypeNames)
        {
            if (name.MatchesTypeOrBase(type))
            {
                return true;
            }
        }

        return _chatClient is not null && IsChatClient(type) && TakesSeveralClients(type);
    }

    private bool IsChatClient(INamedTypeSymbol type)
    {
        foreach (var contract in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(contract, _chatClient))
            {
                return true;
            }
        }

        return false;
    }

    private bool TakesSeveralClients(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            var clients = 0;
            foreach (var parameter in constructor.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, _chatClient))
                {
                    clients++;
                }
                else if (IsCollectionOfClients(parameter.Type))
                {
                    clients += 2;
                }
            }

            if (clients >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCollectionOfClients(ITypeSymbol type)
        => type is IArrayTypeSymbol array
            ? SymbolEqualityComparer.Default.Equals(array.ElementType, _chatClient)
            : type is INamedTypeSymbol { IsGenericType: true } generic
              && generic.TypeArguments.Length == 1
              && SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], _chatClient)
              && generic.SpecialType == SpecialType.None
              && IsEnumerable(generic);

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return true;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An IChatClient of the project's own that wraps a provider SDK (a field, property or constructor parameter of an SDK
    /// type): constructing or registering it wires that provider.
    /// </summary>
    public bool TryGetAdaptedProvider(INamedTypeSymbol type, ProviderCatalog catalog, out string provider)
    {
        if (!_adaptedProviders.TryGetValue(type, out provider))
        {
            provider = AdaptedProvider(type, catalog);
            _adaptedProviders.TryAdd(type, provider);
        }

        return provider.Length > 0;
    }

    private string AdaptedProvider(INamedTypeSymbol type, ProviderCatalog catalog)
    {
        if (_chatClient is null || !IsDeclaredInProject(type) || !IsChatClient(type))
        {
            return string.Empty;
        }

        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol { IsStatic: false } field => field.Type,
                IPropertySymbol { IsStatic: false } property => property.Type,
                _ => null,
            };
            if (memberType is not null && catalog.TryGetProvider(memberType, out var owner))
            {
                return owner.Sdk.Provider;
            }
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (catalog.TryGetProvider(parameter.Type, out var owner))
                {
                    return owner.Sdk.Provider;
                }
            }
        }

        return string.Empty;
    }

    /// <summary>The composition root turns <paramref name="provider"/> into one of the app's chat clients at <paramref name="location"/>.</summary>
    public void NoteProviderWired(string provider, Location location) => _registrations.Enqueue(new ProviderRegistration(provider, location));

    public void NoteFallback() => Interlocked.Exchange(ref _fallbackSeen, 1);

    public bool HasFallback => Volatile.Read(ref _fallbackSeen) == 1;

    /// <summary>Every registration noted so far, in source order (file path, then position): reports do not depend on thread timing.</summary>
    public List<ProviderRegistration> Registrations()
    {
        var list = new List<ProviderRegistration>(_registrations);
        list.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        });
        return list;
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(ReferencedTypes types, params string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in metadataNames)
        {
            if (types.Find(name, ExtensionsAI) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>One place where the composition root turns a provider into a chat client.</summary>
internal readonly struct ProviderRegistration
{
    public ProviderRegistration(string provider, Location location)
    {
        Provider = provider;
        Location = location;
    }

    public string Provider { get; }

    public Location Location { get; }
}
