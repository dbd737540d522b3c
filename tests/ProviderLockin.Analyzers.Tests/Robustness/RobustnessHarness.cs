using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Tests.Infrastructure;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Compilations for robustness runs: the real provider packages plus every SDK fixture compiled to an assembly with
/// the SDK's name, so that inputs written against a fixture bind here too. One empty base compilation is built once
/// and every input is added to it, which reuses its resolved references.
/// </summary>
internal static class RobustnessHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static CSharpCompilation? _base;

    /// <summary>Fixtures whose assembly name would clash with a real package in the same compilation.</summary>
    private static readonly string[] SkippedFixtures = { "Betalgo.OpenAI" };

    public static async Task<CSharpCompilation> BaseAsync()
    {
        if (_base is not null)
        {
            return _base;
        }

        await Gate.WaitAsync();
        try
        {
            if (_base is null)
            {
                var references = (await AnalyzerRunner.ReferencesAsync(TestReferences.Providers)).ToList();
                references.AddRange(await FixtureAssembliesAsync());
                _base = CSharpCompilation.Create(
                    "Robustness",
                    Array.Empty<SyntaxTree>(),
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            }

            return _base;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static SyntaxTree Parse(string source, string path = "/0/Input.cs")
        => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>The sample's sources and every test input, in one compilation: the widest code the rules' tests know.</summary>
    public static async Task<(CSharpCompilation Compilation, int Files)> SampleAndTestInputsAsync()
    {
        var sample = Path.Combine(TestReferences.RepositoryRoot, "docs", "samples", "ShopAssistant");
        var trees = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), path))
            // An assembly-level [ProviderAbstraction] in one input would make the whole compilation the abstraction layer.
            .Concat(TestInputs.All
                .Where(input => !input.Source.Contains("[assembly:", StringComparison.Ordinal))
                .Select((input, i) => Parse(input.Source, $"/inputs/Input{i}.cs")))
            .ToList();
        return ((await BaseAsync()).AddSyntaxTrees(trees), trees.Count);
    }

    /// <summary>Diagnostics as sorted lines (place, ID, message, properties), for comparing two runs.</summary>
    public static string[] Render(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.GetMessage()} {string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();

    /// <summary>One tree of <paramref name="compilation"/> (or all of it when null), analyzed the way the IDE does: one thread.</summary>
    public static Task<AnalyzerRunResult> AnalyzeAsync(Compilation compilation, SyntaxTree? tree, AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
        => AnalyzerRunner.RunAsync(compilation, options, concurrent: false, tree, cancellationToken);

    private static async Task<IEnumerable<MetadataReference>> FixtureAssembliesAsync()
    {
        var framework = await AnalyzerRunner.ReferencesAsync(TestReferences.Providers);
        var fixtures = Directory.EnumerateFiles(Path.Combine(TestReferences.RepositoryRoot, "tests", "ProviderLockin.Analyzers.Tests", "SdkFixtures"), "*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !SkippedFixtures.Contains(name))
            .OrderBy(name => name == "AWSSDK.Core" ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
        var built = new List<MetadataReference>();
        foreach (var fixture in fixtures)
        {
            var compilation = CSharpCompilation.Create(
                SdkFixtures.AssemblyNameOf(fixture!),
                new[] { Parse(SdkFixtures.Read(fixture!), "/" + fixture + ".cs") },
                framework.Concat(built),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException($"SDK fixture {fixture} does not compile: {emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
            }

            built.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        return built;
    }
}
