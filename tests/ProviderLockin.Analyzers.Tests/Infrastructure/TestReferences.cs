using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reference sets test code compiles against: the real provider packages, at the versions Directory.Packages.props pins.
/// tests/TestReferencePackages restores their whole closure for net8.0; every package of that closure is named here, so
/// the testing library's download finds exactly those versions in the global packages folder on any machine.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<PackageClosure> Closure = new(PackageClosure.Load);

    /// <summary>.NET 8 with every provider SDK that restores here, Microsoft.Extensions.AI, Semantic Kernel, rate limiting.</summary>
    public static readonly ReferenceAssemblies Providers = ReferenceAssemblies.Net.Net80.AddPackages(Closure.Value.Of(
        "OpenAI",
        "Azure.AI.OpenAI",
        "Azure.AI.Inference",
        "Azure.Core",
        "Anthropic",
        "OllamaSharp",
        "Betalgo.Ranul.OpenAI",
        "Microsoft.Extensions.AI",
        "Microsoft.Extensions.AI.OpenAI",
        "Microsoft.Agents.AI",
        "Microsoft.SemanticKernel",
        "System.Threading.RateLimiting",
        "Polly.Core",
        "Polly.RateLimiting",
        "Microsoft.Extensions.Configuration.Binder"));

    /// <summary>
    /// Anthropic's clients for Bedrock, Vertex AI, Foundry, AWS and Google Cloud. Apart from <see cref="Providers"/>: Anthropic.Bedrock brings
    /// the real AWSSDK.Core, which would clash with the AWSSDK fixtures compiled into the other tests.
    /// </summary>
    public static readonly ReferenceAssemblies AnthropicClouds = ReferenceAssemblies.Net.Net80.AddPackages(Closure.Value.Of(
        "Anthropic.Bedrock",
        "Anthropic.Vertex",
        "Anthropic.Foundry",
        "Anthropic.Aws",
        "Anthropic.GoogleCloud"));

    /// <summary>The provider packages with Microsoft.Extensions.Hosting: an app's composition root (PLA1004, PLA3004).</summary>
    public static readonly ReferenceAssemblies App = Providers.AddPackages(Closure.Value.Of("Microsoft.Extensions.Hosting"));

    /// <summary>OpenAI and dependency injection, without Microsoft.Extensions.AI: an SDK client has no pipeline to go through.</summary>
    public static readonly ReferenceAssemblies OpenAIWithDependencyInjection = ReferenceAssemblies.Net.Net80.AddPackages(Closure.Value.Of(
        "OpenAI",
        "Microsoft.Extensions.DependencyInjection.Abstractions"));

    /// <summary>The provider packages with xUnit: a test project (PLA1005).</summary>
    public static readonly ReferenceAssemblies TestProject = Providers.AddPackages(Closure.Value.Of("xunit.extensibility.core"));

    /// <summary>.NET 8 with Microsoft.Extensions.AI only: code that already talks to the abstraction.</summary>
    public static readonly ReferenceAssemblies AbstractionOnly = ReferenceAssemblies.Net.Net80.AddPackages(Closure.Value.Of(
        "Microsoft.Extensions.AI"));

    /// <summary>Plain .NET 8: no provider SDK at all.</summary>
    public static readonly ReferenceAssemblies NoProvider = ReferenceAssemblies.Net.Net80;

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>The source-only package the robustness run analyzes: (name, version, restored folder).</summary>
    public static (string Package, string Version, string Folder) RealCode
    {
        get
        {
            var parts = Metadata("RealCode").Split(' ', 3);
            return (parts[0], parts[1], parts[2]);
        }
    }

    public static string VersionOf(string package) => Metadata("PackageVersion:" + package);

    /// <summary>A restored package's net8.0 assembly, for tests that check a fix's knowledge of an SDK against the SDK itself.</summary>
    public static string RestoredAssembly(string package, string fileName)
        => Path.Combine(Closure.Value.PackageFolder, package.ToLowerInvariant(), Closure.Value.VersionOf(package), "lib", "net8.0", fileName);

    private static string Metadata(string key)
        => typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
           ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see ProviderLockin.Analyzers.Tests.csproj.");

    /// <summary>The net8.0 package graph restored for tests/TestReferencePackages.</summary>
    private sealed class PackageClosure
    {
        private readonly Dictionary<string, (string Version, string[] Dependencies)> _packages;

        private PackageClosure(Dictionary<string, (string Version, string[] Dependencies)> packages, string packageFolder)
        {
            _packages = packages;
            PackageFolder = packageFolder;
        }

        /// <summary>The global packages folder the restore used.</summary>
        public string PackageFolder { get; }

        public string VersionOf(string package) => _packages[package].Version;

        public static PackageClosure Load()
        {
            var assets = Path.Combine(RepositoryRoot, "tests", "TestReferencePackages", "obj", "project.assets.json");
            if (!File.Exists(assets))
            {
                throw new InvalidOperationException($"{assets} is missing: restore the solution (dotnet test ProviderLockinAnalyzers.sln does).");
            }

            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            var target = document.RootElement.GetProperty("targets").EnumerateObject().Single(t => t.Name == "net8.0").Value;
            var packages = new Dictionary<string, (string, string[])>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in target.EnumerateObject())
            {
                if (entry.Value.GetProperty("type").GetString() != "package")
                {
                    continue;
                }

                var slash = entry.Name.IndexOf('/');
                var dependencies = entry.Value.TryGetProperty("dependencies", out var deps)
                    ? deps.EnumerateObject().Select(d => d.Name).ToArray()
                    : Array.Empty<string>();
                packages[entry.Name[..slash]] = (entry.Name[(slash + 1)..], dependencies);
            }

            var packageFolder = document.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
            return new PackageClosure(packages, packageFolder);
        }

        /// <summary>The named packages and everything they depend on, at the restored versions.</summary>
        public ImmutableArray<PackageIdentity> Of(params string[] roots)
        {
            var seen = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>(roots);
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!_packages.TryGetValue(name, out var package))
                {
                    throw new InvalidOperationException($"'{name}' is not in TestReferencePackages' closure; add it to that project.");
                }

                if (seen.Add(name))
                {
                    foreach (var dependency in package.Dependencies)
                    {
                        pending.Push(dependency);
                    }
                }
            }

            return seen.Select(name => new PackageIdentity(_packages[name].Version.Length > 0 ? ActualName(name) : name, _packages[name].Version)).ToImmutableArray();
        }

        private string ActualName(string name) => _packages.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
    }
}
