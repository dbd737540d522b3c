using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Layering;

/// <summary>
/// Where provider SDK use is allowed. Code is inside the abstraction layer when its file's .editorconfig section sets
/// <c>provider_lockin.abstraction_layer = true</c>, when its namespace is listed in
/// <c>provider_lockin.abstraction_namespaces</c>, or when its type (or an enclosing type, or the assembly) carries an
/// attribute named <c>ProviderAbstraction</c>; users declare that attribute themselves, so it is matched by name. A type
/// that implements a portable interface (Microsoft.Extensions.AI's <c>IChatClient</c>, <c>IEmbeddingGenerator&lt;,&gt;</c>,
/// <c>IImageGenerator</c>, <c>ISpeechToTextClient</c>, <c>ITextToSpeechClient</c>; Semantic Kernel's
/// <c>IChatCompletionService</c>, <c>ITextEmbeddingGenerationService</c>, <c>IEmbeddingGenerationService&lt;,&gt;</c>) or derives
/// from Microsoft Agent Framework's <c>AIAgent</c> is an adapter by definition and in the layer too, unless
/// <c>provider_lockin.adapters_are_abstraction = false</c>.
/// </summary>
internal sealed class AbstractionLayer
{
    private readonly OptionsReader _options;
    private readonly bool _assemblyIsMarked;
    private readonly bool _anyTypeMayBeMarked;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _markedTypes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _adapterTypes = new(SymbolEqualityComparer.Default);
    private readonly ImmutableArray<INamedTypeSymbol> _portableInterfaces;
    private readonly ImmutableArray<INamedTypeSymbol> _portableBaseTypes;

    public AbstractionLayer(Compilation compilation, OptionsReader options)
        : this(compilation, options, new Analysis.ReferencedTypes(compilation))
    {
    }

    public AbstractionLayer(Compilation compilation, OptionsReader options, Analysis.ReferencedTypes types)
    {
        _options = options;

        // Binding the assembly's attributes is costly; without the word in any file, the assembly is not marked either.
        _anyTypeMayBeMarked = AnySourceMentionsMarker(compilation);
        _assemblyIsMarked = _anyTypeMayBeMarked && HasMarker(compilation.Assembly.GetAttributes());
        _portableInterfaces = Resolve(
            types,
            "Microsoft.Extensions.AI.IChatClient",
            "Microsoft.Extensions.AI.IEmbeddingGenerator`2",
            "Microsoft.Extensions.AI.IImageGenerator",
            "Microsoft.Extensions.AI.ISpeechToTextClient",
            "Microsoft.Extensions.AI.ITextToSpeechClient",
            "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService",
            "Microsoft.SemanticKernel.Embeddings.ITextEmbeddingGenerationService",
            "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2");
        _portableBaseTypes = Resolve(types, "Microsoft.Agents.AI.AIAgent");
    }

    private static readonly string[] PortableAssemblies =
    {
        Analysis.ReferencedTypes.ExtensionsAIAbstractions, Analysis.ReferencedTypes.ExtensionsAI,
        "Microsoft.SemanticKernel.Abstractions", "Microsoft.Agents.AI.Abstractions", "Microsoft.Agents.AI",
    };

    private static ImmutableArray<INamedTypeSymbol> Resolve(Analysis.ReferencedTypes types, params string[] metadataNames)
    {
        var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in metadataNames)
        {
            if (types.Find(name, PortableAssemblies) is { } type)
            {
                found.Add(type);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>True when code in <paramref name="tree"/> that belongs to <paramref name="symbol"/> (a member or type) may use provider SDKs.</summary>
    public bool Contains(ISymbol? symbol, SyntaxTree tree)
    {
        if (_assemblyIsMarked)
        {
            return true;
        }

        var file = _options.For(tree);
        if (file.IsAbstractionLayer)
        {
            return true;
        }

        if (symbol is null)
        {
            return false;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is not null && (IsMarked(type) || file.AdaptersAreAbstraction && IsAdapter(type)))
        {
            return true;
        }

        return IsInListedNamespace(symbol.ContainingNamespace, file.AbstractionNamespaces);
    }

    private static bool IsInListedNamespace(INamespaceSymbol? ns, ImmutableArray<Catalog.NamespaceName> listed)
    {
        foreach (var name in listed)
        {
            if (name.Contains(ns))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsMarked(INamedTypeSymbol type)
    {
        // Binding a type's attributes is the costliest question here; without the word in any file, no type has the marker.
        if (!_anyTypeMayBeMarked)
        {
            return false;
        }

        if (_markedTypes.TryGetValue(type, out var marked))
        {
            return marked;
        }

        marked = HasMarker(type.GetAttributes()) || (type.ContainingType is { } outer && IsMarked(outer));
        _markedTypes[type] = marked;
        return marked;
    }

    /// <summary>
    /// The type (or one it is nested in) implements a portable interface or derives from a portable base type: an adapter
    /// by definition. The composition-root test asks the same question of the types it hands SDK clients to.
    /// </summary>
    public bool IsAdapter(INamedTypeSymbol type)
    {
        if (_portableInterfaces.IsEmpty && _portableBaseTypes.IsEmpty)
        {
            return false;
        }

        if (_adapterTypes.TryGetValue(type, out var adapter))
        {
            return adapter;
        }

        adapter = Implements(type) || (type.ContainingType is { } outer && IsAdapter(outer));
        _adapterTypes[type] = adapter;
        return adapter;
    }

    private bool Implements(INamedTypeSymbol type)
    {
        foreach (var contract in type.AllInterfaces)
        {
            foreach (var portable in _portableInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(contract.OriginalDefinition, portable))
                {
                    return true;
                }
            }
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            foreach (var portable in _portableBaseTypes)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, portable))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A type can carry <c>[ProviderAbstraction]</c> only if a source file spells it. Each tree's answer is kept for as long
    /// as the tree lives: the IDE reuses unchanged trees in every new compilation.
    /// </summary>
    private static bool AnySourceMentionsMarker(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var mentions = MarkerMentions.GetValue(tree, static t => t.GetText().ToString().IndexOf(MarkerName, System.StringComparison.Ordinal) >= 0 ? Yes : No);
            if (ReferenceEquals(mentions, Yes))
            {
                return true;
            }
        }

        return false;
    }

    private const string MarkerName = "ProviderAbstraction";
    private static readonly object Yes = new();
    private static readonly object No = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, object> MarkerMentions = new();

    private static bool HasMarker(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass?.Name is "ProviderAbstractionAttribute" or "ProviderAbstraction")
            {
                return true;
            }
        }

        return false;
    }
}
