using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Finds well-known types of a library in the library's own assembly. <c>Compilation.GetTypeByMetadataName</c> searches
/// every reference (and builds the declaration table first), which made it most of the cost of re-analysing one edited
/// file; looking in the named assembly only, and not at all when it is not referenced, costs next to nothing.
/// </summary>
internal sealed class ReferencedTypes
{
    private readonly Dictionary<string, IAssemblySymbol> _assemblies = new(StringComparer.Ordinal);

    public ReferencedTypes(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            _assemblies[assembly.Name] = assembly;
        }
    }

    /// <summary>One of the assemblies is referenced.</summary>
    public bool ReferencesAny(params string[] assemblyNames)
    {
        foreach (var name in assemblyNames)
        {
            if (_assemblies.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type <paramref name="metadataName"/> from the first of <paramref name="assemblyNames"/> that is referenced and defines it.</summary>
    public INamedTypeSymbol? Find(string metadataName, params string[] assemblyNames)
    {
        foreach (var name in assemblyNames)
        {
            if (_assemblies.TryGetValue(name, out var assembly) && assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    public const string ExtensionsAIAbstractions = "Microsoft.Extensions.AI.Abstractions";
    public const string ExtensionsAI = "Microsoft.Extensions.AI";
}
