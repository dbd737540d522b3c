using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers;

namespace ProviderLockin.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/ProviderLockin.Benchmarks [-- --scenarios S,M,L,H,M1 --iterations 5 --msbuild --builds 3 [--portable] [--ours-first] --editor]
/// Prints the table that docs/performance.md records and writes it to artifacts/benchmarks/results.md.
/// </summary>
internal static class Program
{
    public const string Ours = "ProviderLockin";
    public const string BannedApi = "BannedApiAnalyzers";
    public const string Empty = "Empty analyzer";

    public static async Task<int> Main(string[] args)
    {
        var scenarios = Argument(args, "--scenarios", "S,M,L").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Scenario.Parse)
            .ToList();

        // --rules PLA1 turns off every rule whose ID does not start with the prefix (for attributing cost to rules).
        var rulesOff = Argument(args, "--rules-off", string.Empty);
        if (rulesOff.Length > 0)
        {
            scenarios = scenarios.Select(s => s with { Name = s.Name + "[-" + rulesOff + "]", ExtraRulesOff = rulesOff }).ToList();
        }

        var rules = Argument(args, "--rules", string.Empty);
        if (rules.Length > 0)
        {
            scenarios = scenarios.Select(s => s with { Name = s.Name + "[" + rules + "]", OnlyRulesStartingWith = rules }).ToList();
        }
        var iterations = int.Parse(Argument(args, "--iterations", "5"), CultureInfo.InvariantCulture);

        // --profile N: bind once, then run ProviderLockin alone N times on fresh compilations of the first scenario, for a
        // profiler (dotnet-trace) to see the analyzer's own frames; prints nothing to compare.
        if (Argument(args, "--profile", string.Empty) is { Length: > 0 } profileRuns)
        {
            await InProcessMeasurement.ProfileAsync(scenarios[0], int.Parse(profileRuns, CultureInfo.InvariantCulture));
            return 0;
        }

        var analyzers = new List<(string, ImmutableArray<DiagnosticAnalyzer>)>
        {
            (Ours, ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockinAnalyzer())),
            (BannedApi, Peer.LoadBannedApiAnalyzers().ToImmutableArray()),
            (Empty, ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())),
        };

        // --only ProviderLockin measures one analyzer alone (for profiling); the report needs all three.
        var only = Argument(args, "--only", string.Empty);
        if (only.Length > 0)
        {
            analyzers.RemoveAll(a => !string.Equals(a.Item1, only, StringComparison.OrdinalIgnoreCase));
        }

        if (only.Length > 0 && args.Contains("--editor"))
        {
            foreach (var scenario in scenarios)
            {
                Console.WriteLine(await EditorMeasurement.RunAsync(scenario, Math.Max(iterations, 5), analyzers));
            }

            return 0;
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            Console.Error.WriteLine($"{scenario.Name}: {scenario.Description} ({iterations} measured runs)...");
            results.Add(await InProcessMeasurement.RunAsync(scenario, iterations, analyzers, args.Contains("--concurrent")));
        }

        if (only.Length > 0)
        {
            foreach (var result in results)
            {
                Console.WriteLine(FormattableString.Invariant($"{result.Scenario.Name}: {only} {result.Analyzers[0].ExecutionTime.TotalMilliseconds:F1} ms, compile {result.CompileTime.TotalMilliseconds:F1} ms"));
            }

            return 0;
        }

        var report = Report.Format(results, Environment.ProcessorCount);
        if (args.Contains("--msbuild"))
        {
            // The headline: what users see in their builds. The in-process table stays as the diagnostic view.
            var builds = int.Parse(Argument(args, "--builds", "3"), CultureInfo.InvariantCulture);
            var figures = new List<CompilerFigures>();
            foreach (var scenario in scenarios)
            {
                Console.Error.WriteLine($"{scenario.Name}: {builds} compiler builds with ReportAnalyzer...");
                figures.Add(await MsBuildCrossCheck.RunAsync(scenario, builds, portable: args.Contains("--portable"), oursFirst: args.Contains("--ours-first")));
            }

            report = MsBuildCrossCheck.Format(figures) + Environment.NewLine + "In-process, single-threaded (the diagnostic view):" + Environment.NewLine + Environment.NewLine + report;
        }

        if (args.Contains("--editor"))
        {
            // The editor path: one edited document re-analysed in a new compilation, as an IDE does on each pause.
            foreach (var scenario in scenarios)
            {
                Console.Error.WriteLine($"{scenario.Name}: editor path...");
                report += Environment.NewLine + await EditorMeasurement.RunAsync(scenario, Math.Max(iterations, 5), analyzers);
            }
        }

        Console.WriteLine(report);
        var output = Path.Combine(RepositoryRoot(), "artifacts", "benchmarks");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "results.md"), report);
        return 0;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProviderLockinAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static string Argument(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
