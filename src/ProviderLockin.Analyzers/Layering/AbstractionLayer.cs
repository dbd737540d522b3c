using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Layering;

/// <summary>
/// Where provider SDK use is allowed. Code is inside the abstraction layer when its file's .editorconfig section sets
/// <c>provider_lockin.abstraction_layer = true</c>, when its namespace is listed in
/// <c>provider_lockin.abstraction_namespaces</c>, or when its type (or an enclosing type, or the assembly) carries an
/// attribute named <c>ProviderAbstraction</c>; users declare that attribute themselves, so it is matched by name.
/// </summary>
internal sealed class AbstractionLayer
{
    private readonly OptionsReader _options;
    private readonly bool _assemblyIsMarked;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _markedTypes = new(SymbolEqualityComparer.Default);

    public AbstractionLayer(Compilation compilation, OptionsReader options)
    {
        _options = options;
        _assemblyIsMarked = HasMarker(compilation.Assembly.GetAttributes());
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
        if (type is not null && IsMarked(type))
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
        if (_markedTypes.TryGetValue(type, out var marked))
        {
            return marked;
        }

        marked = HasMarker(type.GetAttributes()) || (type.ContainingType is { } outer && IsMarked(outer));
        _markedTypes[type] = marked;
        return marked;
    }

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
