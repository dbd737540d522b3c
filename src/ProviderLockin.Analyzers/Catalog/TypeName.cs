using System;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>A type named as <c>Namespace.Type</c> in configuration, matched against a type symbol (or its base types) without building strings.</summary>
internal sealed class TypeName
{
    private TypeName(string text, NamespaceName? ns, string name)
    {
        Text = text;
        Namespace = ns;
        Name = name;
    }

    public string Text { get; }

    public NamespaceName? Namespace { get; }

    public string Name { get; }

    public static TypeName? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (NamespaceName.TryParse(trimmed) is null)
        {
            return null;
        }

        var dot = trimmed.LastIndexOf('.');
        return dot < 0
            ? new TypeName(trimmed, null, trimmed)
            : new TypeName(trimmed, NamespaceName.TryParse(trimmed.Substring(0, dot)), trimmed.Substring(dot + 1));
    }

    /// <summary>The type itself or one of its base classes is the named type.</summary>
    public bool MatchesTypeOrBase(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Matches(current))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(INamedTypeSymbol type)
        => string.Equals(type.Name, Name, StringComparison.Ordinal) && NamespaceName.IsExactly(type.ContainingNamespace, Namespace);

    public override string ToString() => Text;
}
