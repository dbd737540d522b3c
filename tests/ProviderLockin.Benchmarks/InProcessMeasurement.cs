using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.Benchmarks;

/// <summary>One analyzer's share of a scenario run: median execution time from the driver's telemetry.</summary>
internal sealed record AnalyzerTime(string Name, TimeSpan ExecutionTime, int Diagnostics);

internal sealed record ScenarioResult(Scenario Scenario, int Lines, TimeSpan CompileTime, IReadOnlyList<AnalyzerTime> Analyzers)
{
    public AnalyzerTime this[string name] => Analyzers.Single(a => a.Name == name);
}

/// <summary>
/// Runs every analyzer of the comparison together, the way a build does, in <see cref="CompilationWithAnalyzers"/> with
/// execution-time logging, on a fresh compilation per iteration so nothing is cached between runs. Analysis and the
/// compile it is compared with run on one thread: on a small machine, concurrent callbacks are timed with the time other
/// threads held the core, which made the figures swing by a factor of four between runs.
/// </summary>
internal static class InProcessMeasurement
{
    public static async Task ProfileAsync(Scenario scenario, int runs)
    {
        var files = CodebaseGenerator.Generate(scenario);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path)).ToImmutableArray();
        var references = CompilationReferences.For(scenario);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockin.Analyzers.ProviderLockinAnalyzer());
        for (var run = 0; run < runs; run++)
        {
            var compilation = CSharpCompilation.Create("Profile", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
            _ = compilation.GetDiagnostics();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        }
    }

    public static async Task<ScenarioResult> RunAsync(Scenario scenario, int iterations, IReadOnlyList<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> analyzers, bool concurrent = false)
    {
        var files = CodebaseGenerator.Generate(scenario);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        // Fresh trees for every compilation, as in a command-line build (the analyzers may cache per tree).
        ImmutableArray<SyntaxTree> Parse() => files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path)).ToImmutableArray();
        var lines = files.Sum(f => f.Text.Count(c => c == '\n'));
        var references = CompilationReferences.For(scenario);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("BannedSymbols.txt", Peer.BannedSymbols)));

        CSharpCompilation NewCompilation() => CSharpCompilation.Create(
            "Bench" + scenario.Name,
            Parse(),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
                .WithSpecificDiagnosticOptions(scenario.RulesOff().Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))));

        var errors = NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated {scenario.Name} codebase does not compile ({errors.Count} errors), first: {string.Join(Environment.NewLine, errors.GroupBy(e => e.Id + e.GetMessage()).Select(g => g.First()).Take(8))}");
        }

        var compileTimes = new List<TimeSpan>();
        var analyzerTimes = analyzers.ToDictionary(a => a.Name, _ => new List<TimeSpan>());
        var diagnosticCounts = analyzers.ToDictionary(a => a.Name, _ => 0);
        var set = analyzers.SelectMany(a => a.Analyzers).ToImmutableArray();

        // One warm-up round (JIT, metadata) that is not counted.
        for (var round = -1; round < iterations; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var peStream = new MemoryStream())
            {
                var emit = NewCompilation().Emit(peStream);
                if (!emit.Success)
                {
                    throw new InvalidOperationException("Emit failed: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                }
            }

            stopwatch.Stop();

            // In a build the compiler has bound the references and built the declaration table before analyzers ask for
            // symbols; done here too, so that work is not charged to whichever analyzer happens to start first.
            var compilation = NewCompilation();
            _ = compilation.SourceModule.ReferencedAssemblySymbols;
            var withAnalyzers = compilation.WithAnalyzers(
                set,
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            if (round < 0)
            {
                foreach (var (name, group) in analyzers)
                {
                    diagnosticCounts[name] = diagnostics.Count(d => group.Any(a => a.SupportedDiagnostics.Any(s => s.Id == d.Id)));
                }

                foreach (var (name, group) in analyzers)
                {
                    var cold = TimeSpan.Zero;
                    foreach (var analyzer in group)
                    {
                        cold += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
                    }

                    Console.Error.WriteLine(FormattableString.Invariant($"  cold (first round, JIT included): {name} {cold.TotalMilliseconds:F1} ms"));
                }

                var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
                if (crashes.Count > 0)
                {
                    throw new InvalidOperationException("An analyzer threw: " + crashes[0]);
                }

                continue;
            }

            compileTimes.Add(stopwatch.Elapsed);
            foreach (var (name, group) in analyzers)
            {
                var total = TimeSpan.Zero;
                foreach (var analyzer in group)
                {
                    total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
                }

                analyzerTimes[name].Add(total);
            }
        }

        return new ScenarioResult(
            scenario,
            lines,
            Median(compileTimes),
            analyzers.Select(a => new AnalyzerTime(a.Name, Median(analyzerTimes[a.Name]), diagnosticCounts[a.Name])).ToList());
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}

/// <summary>Metadata references: the .NET runtime, plus the provider SDKs for the scenarios that use them.</summary>
internal static class CompilationReferences
{
    private static readonly string[] ProviderAssemblyPrefixes =
    {
        "OpenAI", "Anthropic", "Microsoft.Extensions.AI", "System.ClientModel", "System.Memory.Data",
        "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.Caching.Abstractions", "Microsoft.Extensions.Options", "Microsoft.Extensions.Primitives",
        "Microsoft.Bcl.AsyncInterfaces",
    };

    public static ImmutableArray<MetadataReference> For(Scenario scenario)
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            var inRuntime = string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal);
            var name = Path.GetFileNameWithoutExtension(path);
            var isProvider = !inRuntime && Array.Exists(ProviderAssemblyPrefixes, p => name.StartsWith(p, StringComparison.Ordinal));
            if ((inRuntime && IsManaged(path)) || (scenario.UsesProviders && isProvider))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
