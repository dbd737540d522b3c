using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// Provider SDK APIs marked <c>[Experimental("OPENAI001")]</c>: using one does not compile until its diagnostic is
/// suppressed (<c>#pragma warning disable OPENAI001</c>, <c>NoWarn</c>), so code that compiles and uses one has opted into a
/// provider-only preview feature. Read from the attribute itself, so every SDK and every new preview API is covered.
/// </summary>
internal static class ExperimentalApis
{
    /// <summary>The diagnostic ID the type (or a type containing it) is marked experimental with.</summary>
    public static bool TryGetDiagnosticId(ITypeSymbol? type, out string id)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (TryGetOwnDiagnosticId(current, out id))
            {
                return true;
            }
        }

        id = string.Empty;
        return false;
    }

    /// <summary>The diagnostic ID this symbol itself (not its type) is marked experimental with: <c>ChatCompletionOptions.Seed</c>.</summary>
    public static bool TryGetOwnDiagnosticId(ISymbol symbol, out string id)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ExperimentalAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace.Name: "System" } } }
                && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string diagnosticId)
            {
                id = diagnosticId;
                return true;
            }
        }

        id = string.Empty;
        return false;
    }
}
