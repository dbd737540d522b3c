using System;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>A method named as <c>Namespace.Type.Method</c> in configuration, matched against a method symbol without building strings per call.</summary>
internal sealed class MethodName
{
    private MethodName(string text, NamespaceName? ns, string typeName, string methodName)
    {
        Text = text;
        Namespace = ns;
        TypeName = typeName;
        Method = methodName;
    }

    public string Text { get; }

    public NamespaceName? Namespace { get; }

    public string TypeName { get; }

    public string Method { get; }

    public static MethodName? TryParse(string text)
    {
        var parts = text.Trim().Split('.');
        if (parts.Length < 2 || NamespaceName.TryParse(text.Trim()) is null)
        {
            return null;
        }

        var ns = parts.Length > 2 ? NamespaceName.TryParse(string.Join(".", parts, 0, parts.Length - 2)) : null;
        return new MethodName(text.Trim(), ns, parts[parts.Length - 2], parts[parts.Length - 1]);
    }

    public bool Matches(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        var type = original.ContainingType;
        return string.Equals(original.Name, Method, StringComparison.Ordinal)
            && type is not null
            && string.Equals(type.Name, TypeName, StringComparison.Ordinal)
            && NamespaceName.IsExactly(type.ContainingNamespace, Namespace);
    }

    public override string ToString() => Text;
}
