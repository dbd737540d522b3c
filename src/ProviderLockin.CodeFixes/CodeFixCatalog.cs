using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProviderLockin.CodeFixes;

/// <summary>Every code fix the package ships, found by reflection: the report tool and the robustness suite ask all of them.</summary>
public static class CodeFixCatalog
{
    public static ImmutableArray<CodeFixProvider> CreateAll()
        => typeof(CodeFixCatalog).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
