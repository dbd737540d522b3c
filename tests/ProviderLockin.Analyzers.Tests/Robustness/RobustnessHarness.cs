using System;
using System.Collections.Concurrent;
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

    /// <summary>
    /// Runs every analyzer on one tree of <paramref name="compilation"/> (or on all of it, additional files included,
    /// when <paramref name="tree"/> is null); returns what it reported and what was thrown.
    /// </summary>
    public static async Task<AnalyzerRunResult> AnalyzeAsync(Compilation compilation, SyntaxTree? tree, AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockinAnalyzer()),
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> all;
        if (tree is null)
        {
            all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        }
        else
        {
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken);
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken);
            all = syntax.AddRange(semantic);
        }

        var ad0001 = all.Where(d => d.Id == "AD0001").Select(d => new InvalidOperationException(d.GetMessage()));
        return new AnalyzerRunResult(all, exceptions.Concat(ad0001).ToList());
    }

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
