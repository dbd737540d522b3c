using System;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// A dotted namespace name compared segment by segment with a symbol's namespace, without building strings:
/// <c>Shop.Ai</c> contains <c>Shop.Ai</c> and <c>Shop.Ai.Providers</c>, not <c>Shop.AiTools</c>.
/// </summary>
internal sealed class NamespaceName : IEquatable<NamespaceName>
{
    private readonly string[] _segments;

    private NamespaceName(string text, string[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>Parses <c>A.B.C</c>; returns null when a segment is not an identifier.</summary>
    public static NamespaceName? TryParse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("global::", StringComparison.Ordinal))
        {
            text = text.Substring("global::".Length);
        }

        if (text.Length == 0)
        {
            return null;
        }

        var segments = text.Split('.');
        foreach (var segment in segments)
        {
            if (!IsIdentifier(segment))
            {
                return null;
            }
        }

        return new NamespaceName(text, segments);
    }

    public static NamespaceName Parse(string text)
        => TryParse(text) ?? throw new ArgumentException("Not a namespace name: " + text, nameof(text));

    /// <summary>True when <paramref name="ns"/> is exactly this namespace (not one nested in it); the global namespace when <paramref name="name"/> is null.</summary>
    public static bool IsExactly(INamespaceSymbol ns, NamespaceName? name)
        => name is null ? ns.IsGlobalNamespace : name.Contains(ns) && Depth(ns) == name._segments.Length;

    /// <summary>True when <paramref name="ns"/> is this namespace or one nested in it.</summary>
    public bool Contains(INamespaceSymbol? ns)
    {
        if (ns is null)
        {
            return false;
        }

        var depth = Depth(ns);
        if (depth < _segments.Length)
        {
            return false;
        }

        // Walk up to the ancestor that has as many segments as this name, then compare upwards.
        var current = ns;
        for (var i = depth; i > _segments.Length; i--)
        {
            current = current.ContainingNamespace;
        }

        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            if (!string.Equals(current.Name, _segments[i], StringComparison.Ordinal))
            {
                return false;
            }

            current = current.ContainingNamespace;
        }

        return true;
    }

    /// <summary>This namespace among <paramref name="global"/>'s descendants, or null when nothing declares it.</summary>
    public INamespaceSymbol? FindIn(INamespaceSymbol global)
    {
        var current = global;
        foreach (var segment in _segments)
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(segment))
            {
                if (member is INamespaceSymbol ns)
                {
                    next = ns;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public bool Equals(NamespaceName? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as NamespaceName);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;

    private static int Depth(INamespaceSymbol ns)
    {
        var depth = 0;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            depth++;
        }

        return depth;
    }

    private static bool IsIdentifier(string segment)
    {
        if (segment.Length == 0 || !(char.IsLetter(segment[0]) || segment[0] == '_'))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
