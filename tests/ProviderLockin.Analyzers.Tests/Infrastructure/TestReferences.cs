using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reference sets test code compiles against: the real provider packages, at the versions Directory.Packages.props
/// pins (the test project restores each of them first, so the test-time download finds their dependencies).
/// </summary>
internal static class TestReferences
{
    /// <summary>.NET 8 with every provider SDK that restores here, Microsoft.Extensions.AI and Semantic Kernel.</summary>
    public static readonly ReferenceAssemblies Providers = ReferenceAssemblies.Net.Net80.AddPackages(Packages(
        "OpenAI",
        "Azure.AI.OpenAI",
        "Azure.AI.Inference",
        "Anthropic",
        "OllamaSharp",
        "Betalgo.Ranul.OpenAI",
        "Microsoft.Extensions.AI",
        "Microsoft.Extensions.AI.OpenAI",
        "Microsoft.SemanticKernel",
        "System.Threading.RateLimiting",
        "Polly.Core",
        "Polly.RateLimiting",
        // The resolver only looks for each dependency's lowest allowed version; the mirror lacks Azure.Core's, so name one it has.
        "Azure.Core"));

    /// <summary>.NET 8 with Microsoft.Extensions.AI only: code that already talks to the abstraction.</summary>
    public static readonly ReferenceAssemblies AbstractionOnly = ReferenceAssemblies.Net.Net80.AddPackages(Packages(
        "Microsoft.Extensions.AI"));

    /// <summary>Plain .NET 8: no provider SDK at all.</summary>
    public static readonly ReferenceAssemblies NoProvider = ReferenceAssemblies.Net.Net80;

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string VersionOf(string package) => Metadata("PackageVersion:" + package);

    private static ImmutableArray<PackageIdentity> Packages(params string[] names)
        => names.Select(name => new PackageIdentity(name, VersionOf(name))).ToImmutableArray();

    private static string Metadata(string key)
        => typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
           ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see ProviderLockin.Analyzers.Tests.csproj.");
}
