using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>What reference file names say about a compilation's provider SDKs and abstraction assemblies.</summary>
internal enum ReferenceEvidence
{
    None,
    Referenced,
    Unknown,
}

/// <summary>
/// The SDK catalogue of one compilation: which referenced assemblies are provider SDKs and, for any symbol,
/// which provider it belongs to and whether it is a client (talks to the provider) or a request/response type.
/// Types are matched by containing assembly and namespace, never by short name: <c>ChatClient</c>,
/// <c>ChatMessage</c> and <c>AnthropicClient</c> each exist in several unrelated libraries.
/// </summary>
internal sealed class ProviderCatalog
{
    private readonly IAssemblySymbol[] _sdkAssemblies;
    private readonly ProviderSdk[] _sdkForAssembly;
    private readonly ProviderSdk[] _userSdks;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ProviderType?> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _abstractionImplementations = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, ProviderType?> _classify;

    private ProviderCatalog(IAssemblySymbol[] sdkAssemblies, ProviderSdk[] sdkForAssembly, ProviderSdk[] userSdks)
    {
        _sdkAssemblies = sdkAssemblies;
        _sdkForAssembly = sdkForAssembly;
        _userSdks = userSdks;
        _classify = Classify;
    }

    public static ProviderCatalog Create(Compilation compilation, ImmutableArray<NamespaceName> userSdkNamespaces)
    {
        var assemblies = new List<IAssemblySymbol>();
        var sdks = new List<ProviderSdk>();
        var referencedAssemblies = MayReferenceSdkOrAbstraction(compilation)
            ? compilation.SourceModule.ReferencedAssemblySymbols
            : ImmutableArray<IAssemblySymbol>.Empty;
        foreach (var assembly in referencedAssemblies)
        {
            foreach (var sdk in ProviderSdk.Known)
            {
                if (string.Equals(assembly.Name, sdk.AssemblyName, StringComparison.Ordinal))
                {
                    assemblies.Add(assembly);
                    sdks.Add(sdk);
                    break;
                }
            }
        }

        var userSdks = new ProviderSdk[userSdkNamespaces.Length];
        for (var i = 0; i < userSdks.Length; i++)
        {
            userSdks[i] = ProviderSdk.ForUserNamespace(userSdkNamespaces[i]);
        }

        return new ProviderCatalog(assemblies.ToArray(), sdks.ToArray(), userSdks);
    }

    /// <summary>
    /// Can a reference be a provider SDK or the abstraction? Answered from reference file names, before asking for the
    /// referenced assembly symbols (which makes the compiler bind every reference): in the common project that uses no
    /// LLM at all, this is the whole cost of the compilation-start check.
    /// </summary>
    public static bool MayReferenceSdkOrAbstraction(Compilation compilation) => ReferencedByFileName(compilation) != ReferenceEvidence.None;

    /// <summary>
    /// What the reference file names say: an SDK or abstraction assembly is referenced, none is, or a reference without a
    /// file (another project in the IDE, an in-memory image) may be anything. ExternalReferences, unlike References, needs
    /// no binding (#r directives do not occur in project code).
    /// </summary>
    public static ReferenceEvidence ReferencedByFileName(Compilation compilation)
    {
        var evidence = ReferenceEvidence.None;
        foreach (var reference in compilation.ExternalReferences)
        {
            if (reference is not PortableExecutableReference { FilePath: { Length: > 0 } path })
            {
                evidence = ReferenceEvidence.Unknown;
                continue;
            }

            var name = FileNameWithoutExtension(path);
            foreach (var sdk in ProviderSdk.Known)
            {
                if (string.Equals(name, sdk.AssemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    return ReferenceEvidence.Referenced;
                }
            }

            foreach (var abstraction in AbstractionTypes.AbstractionAssemblies)
            {
                if (string.Equals(name, abstraction, StringComparison.OrdinalIgnoreCase))
                {
                    return ReferenceEvidence.Referenced;
                }
            }
        }

        return evidence;
    }

    private static string FileNameWithoutExtension(string path)
    {
        var start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        var end = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? path.Length - 4 : path.Length;
        return end > start ? path.Substring(start, end - start) : path.Substring(start);
    }

    /// <summary>False when the compilation references no provider SDK and the user declared none: nothing to look for.</summary>
    public bool ReferencesAnySdk => _sdkAssemblies.Length > 0 || _userSdks.Length > 0;

    public IEnumerable<ProviderSdk> ReferencedSdks
    {
        get
        {
            foreach (var sdk in _sdkForAssembly)
            {
                yield return sdk;
            }

            foreach (var sdk in _userSdks)
            {
                yield return sdk;
            }
        }
    }

    /// <summary>The referenced assemblies that are provider SDKs.</summary>
    public IReadOnlyList<IAssemblySymbol> SdkAssemblies => _sdkAssemblies;

    /// <summary>The namespaces the user declared as provider SDKs (<c>provider_lockin.additional_sdk_namespaces</c>).</summary>
    public IEnumerable<NamespaceName> UserSdkNamespaces
    {
        get
        {
            foreach (var sdk in _userSdks)
            {
                yield return sdk.RootNamespace;
            }
        }
    }

    /// <summary>The provider a type belongs to (client or request/response type), or false.</summary>
    public bool TryGetProvider(ITypeSymbol? type, out ProviderType providerType)
    {
        providerType = null!;
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        // Cheap reject first: almost every symbol an analyzer sees comes from an assembly that is no SDK.
        var original = named.OriginalDefinition;
        if (_userSdks.Length == 0 && IndexOfSdkAssembly(original.ContainingAssembly) < 0)
        {
            return false;
        }

        var found = _types.GetOrAdd(original, _classify);
        if (found is null)
        {
            return false;
        }

        providerType = found;
        return true;
    }

    /// <summary>
    /// Cheap pre-test: false when <paramref name="type"/> cannot belong to a provider SDK (its assembly is no SDK and the
    /// user declared no SDK namespaces). True means "ask <see cref="TryGetProvider"/>".
    /// </summary>
    public bool MayOwn(INamedTypeSymbol? type)
        => type is not null && (_userSdks.Length > 0 || IndexOfSdkAssembly(type.OriginalDefinition.ContainingAssembly) >= 0);

    /// <summary>
    /// <see cref="MayOwn"/> for the type declaring <paramref name="member"/>, asked of every member the code reads. A member
    /// of a constructed type (<c>List&lt;Order&gt;.Count</c>) is in the assembly of its definition, so the member's own
    /// assembly answers without reading its type and that type's definition.
    /// </summary>
    public bool MayOwnMember(ISymbol member)
        => _userSdks.Length > 0 ? member.ContainingType is not null : IndexOfSdkAssembly(member.ContainingAssembly) >= 0;

    /// <summary>The provider of a client type (not a request/response type), or false.</summary>
    public bool TryGetClient(ITypeSymbol? type, out ProviderType providerType)
        => TryGetProvider(type, out providerType) && providerType.IsClient;

    /// <summary>
    /// A method, constructor, property, field or event that talks to a provider: a member of a client type,
    /// or an SDK extension method on one. Members that implement the abstraction (OllamaApiClient's IChatClient
    /// methods) and disposal do not count.
    /// </summary>
    public bool TryGetProviderMember(ISymbol member, out ProviderType owner)
    {
        owner = null!;
        if (member is IMethodSymbol method)
        {
            if (method.ReducedFrom is { } reduced)
            {
                method = reduced;
            }

            if (method.IsExtensionMethod)
            {
                return method.Parameters.Length > 0
                    && TryGetProvider(method.ContainingType, out _)
                    && TryGetClient(method.Parameters[0].Type, out owner);
            }

            if (!TryGetClient(method.ContainingType, out owner))
            {
                return false;
            }

            if (method.Name is "Dispose" or "DisposeAsync")
            {
                return false;
            }

            return !(owner.ImplementsAbstraction && ImplementsAbstractionMember(method, owner.Type));
        }

        return member is IPropertySymbol or IFieldSymbol or IEventSymbol && TryGetClient(member.ContainingType, out owner);
    }

    private int IndexOfSdkAssembly(IAssemblySymbol? assembly)
    {
        // Asked for nearly every type and member the rules meet, mostly of a few assemblies that are no SDK (the project,
        // System.Runtime, System.Linq, ...), from several threads in turn: those answers are kept in a few slots compared by
        // reference. A slot only remembers an answer the comparer gave, so a miss (or a race on a slot) costs a search, never a wrong answer.
        var recent = _recentNonSdkAssemblies;
        for (var i = 0; i < recent.Length; i++)
        {
            if (ReferenceEquals(recent[i], assembly))
            {
                return -1;
            }
        }

        for (var i = 0; i < _sdkAssemblies.Length; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(_sdkAssemblies[i], assembly))
            {
                return i;
            }
        }

        if (assembly is not null)
        {
            var slot = (int)((uint)Interlocked.Increment(ref _nextRecentSlot) % (uint)recent.Length);
            recent[slot] = assembly;
        }

        return -1;
    }

    private readonly IAssemblySymbol?[] _recentNonSdkAssemblies = new IAssemblySymbol?[8];

    private int _nextRecentSlot = -1;

    private ProviderType? Classify(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        if (AbstractionTypes.IsAbstractionNamespace(ns))
        {
            return null;
        }

        ProviderSdk? sdk = null;
        var index = IndexOfSdkAssembly(type.ContainingAssembly);
        if (index >= 0 && _sdkForAssembly[index].RootNamespace.Contains(ns))
        {
            sdk = _sdkForAssembly[index];
        }
        else
        {
            foreach (var userSdk in _userSdks)
            {
                if (userSdk.RootNamespace.Contains(ns))
                {
                    sdk = userSdk;
                    break;
                }
            }
        }

        if (sdk is null)
        {
            return null;
        }

        var implementsAbstraction = false;
        foreach (var implemented in type.AllInterfaces)
        {
            if (AbstractionTypes.IsAbstractionNamespace(implemented.ContainingNamespace))
            {
                implementsAbstraction = true;
                break;
            }
        }

        return new ProviderType(sdk, type, IsClientType(type, sdk), implementsAbstraction);
    }

    private bool IsClientType(INamedTypeSymbol type, ProviderSdk sdk)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Interface) || type.IsStatic || type.IsRecord || IsException(type))
        {
            return false;
        }

        if (NamesClient(type.Name, sdk))
        {
            return true;
        }

        // AzureOpenAIClient : OpenAIClient, AmazonBedrockRuntimeClient : IAmazonBedrockRuntime.
        if (type.BaseType is { } baseType && TryGetClient(baseType, out _))
        {
            return true;
        }

        foreach (var implemented in type.Interfaces)
        {
            if (TryGetClient(implemented, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Could a type of this name be a client in one of the SDKs? True for a listed client type and for any name that
    /// contains a client word (<c>ChatClient</c>, and also <c>BetaServiceDecorator</c>, which is a client by what it
    /// implements). A test walks every type of the real SDK packages and checks that each client passes.
    /// </summary>
    public bool MayNameClient(string name)
    {
        foreach (var sdk in _sdkForAssembly)
        {
            if (MayNameClient(name, sdk))
            {
                return true;
            }
        }

        foreach (var sdk in _userSdks)
        {
            if (MayNameClient(name, sdk))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayNameClient(string name, ProviderSdk sdk)
    {
        if (sdk.ExtraClientTypes.Contains(name))
        {
            return true;
        }

        foreach (var word in sdk.ClientSuffixes)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesClient(string name, ProviderSdk sdk) => sdk.ExtraClientTypes.Contains(name) || HasClientSuffix(name, sdk);

    private static bool HasClientSuffix(string name, ProviderSdk sdk)
    {
        foreach (var suffix in sdk.ClientSuffixes)
        {
            // "Endpoint" alone is a resource type in some SDKs; "ChatEndpoint" is a client.
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return name == "Client";
    }

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    private bool ImplementsAbstractionMember(IMethodSymbol method, INamedTypeSymbol type)
    {
        if (_abstractionImplementations.TryGetValue(method, out var known))
        {
            return known;
        }

        return _abstractionImplementations[method] = ComputeImplementsAbstractionMember(method, type);
    }

    private static bool ComputeImplementsAbstractionMember(IMethodSymbol method, INamedTypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (!AbstractionTypes.IsAbstractionNamespace(implemented.ContainingNamespace))
            {
                continue;
            }

            foreach (var interfaceMember in implemented.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMember), method.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
