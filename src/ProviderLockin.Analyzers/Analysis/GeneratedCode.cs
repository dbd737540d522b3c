using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Generated code is skipped, except Razor: <c>@code</c> blocks of .razor / .cshtml files reach the compiler as
/// generated C# with <c>#line</c> directives back to the markup. Only locations that map to such a file are reported.
/// </summary>
internal sealed class GeneratedCode
{
    private readonly ConcurrentDictionary<SyntaxTree, bool> _mapsToRazor = new();
    private readonly Func<SyntaxTree, bool> _computeMapsToRazor = ComputeMapsToRazor;

    /// <summary>Cheap per-tree test: nothing in this tree can be reported.</summary>
    public bool IsSkipped(bool isGeneratedCode, SyntaxTree tree)
        => isGeneratedCode && !_mapsToRazor.GetOrAdd(tree, _computeMapsToRazor);

    /// <summary>Per-location test for generated trees that do map to Razor markup.</summary>
    public static bool IsReportable(bool isGeneratedCode, Location location)
    {
        if (!isGeneratedCode)
        {
            return true;
        }

        var mapped = location.GetMappedLineSpan();
        return mapped.IsValid && mapped.HasMappedPath && IsRazorPath(mapped.Path);
    }

    private static bool ComputeMapsToRazor(SyntaxTree tree)
    {
        foreach (var mapping in tree.GetLineMappings())
        {
            if (!mapping.IsHidden && IsRazorPath(mapping.MappedSpan.Path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRazorPath(string? path)
        => path is not null
           && (path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase));
}
