using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Concurrent execution must not change what is reported: the analyzers keep per-compilation caches that many threads
/// fill at once, and a race there shows up as a warning that comes and goes between builds.
/// </summary>
public class DeterminismTests
{
    private const int Runs = 20;

    [Fact]
    public async Task Twenty_concurrent_runs_on_one_multi_file_compilation_report_the_same_diagnostics()
    {
        var (compilation, files) = await RobustnessHarness.SampleAndTestInputsAsync();

        string? first = null;
        var total = 0;
        for (var run = 0; run < Runs; run++)
        {
            var diagnostics = await AnalyzeConcurrentlyAsync(compilation.Clone());
            var rendered = Render(diagnostics);
            total = diagnostics.Length;
            first ??= rendered;
            Assert.True(first == rendered, $"Run {run + 1} differs from run 1:\n{Difference(first, rendered)}");
        }

        RobustnessReport.Record("Determinism", $"{Runs} concurrent runs over {files} files: {total} diagnostics, identical every run");
        Assert.True(total > 100, $"Only {total} diagnostics: the compilation is not exercising the rules.");
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeConcurrentlyAsync(Compilation compilation)
    {
        var result = await AnalyzerRunner.RunAsync(compilation, concurrent: true);
        Assert.Empty(result.Exceptions);
        return result.Diagnostics;
    }

    private static string Render(ImmutableArray<Diagnostic> diagnostics) => string.Join("\n", RobustnessHarness.Render(diagnostics));

    private static string Difference(string expected, string actual)
    {
        var left = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var right = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return "missing:\n" + string.Join("\n", left.Except(right).Take(10)) + "\nextra:\n" + string.Join("\n", right.Except(left).Take(10));
    }
}
