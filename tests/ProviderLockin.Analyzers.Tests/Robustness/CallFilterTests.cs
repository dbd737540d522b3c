using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Calls and constructions reach only the rules whose call filter takes their target (decided once per target). A filter
/// narrower than its rule would drop findings silently, so every test input and the sample are analyzed with and without
/// the filters, and must give the same diagnostics.
/// </summary>
public class CallFilterTests
{
    [Fact]
    public async Task Call_filters_change_no_finding_on_every_test_input_and_the_sample()
    {
        var sample = Path.Combine(TestReferences.RepositoryRoot, "docs", "samples", "ShopAssistant");
        var trees = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => RobustnessHarness.Parse(File.ReadAllText(path), path))
            // An assembly-level [ProviderAbstraction] in one input would make the whole compilation the abstraction layer.
            .Concat(TestInputs.All
                .Where(input => !input.Source.Contains("[assembly:", StringComparison.Ordinal))
                .Select((input, i) => RobustnessHarness.Parse(input.Source, $"/inputs/Input{i}.cs")))
            .ToList();
        var compilation = (await RobustnessHarness.BaseAsync()).AddSyntaxTrees(trees);

        var filtered = await AnalyzerRunner.RunAsync(compilation.Clone(), concurrent: false);
        var unfiltered = await AnalyzerRunner.RunAsync(compilation.Clone(), concurrent: false, analyzer: ProviderLockinAnalyzer.WithoutCallFilters());

        Assert.Empty(filtered.Exceptions);
        Assert.Empty(unfiltered.Exceptions);
        var expected = Render(unfiltered);
        var actual = Render(filtered);
        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
            "missing with filters:\n" + string.Join("\n", expected.Except(actual).Take(10)) + "\nextra with filters:\n" + string.Join("\n", actual.Except(expected).Take(10)));
        Assert.True(actual.Length > 100, $"Only {actual.Length} diagnostics: the compilation is not exercising the rules.");
        RobustnessReport.Record("Call filters", $"{trees.Count} files: {actual.Length} diagnostics with and without the call filters, identical");
    }

    private static string[] Render(AnalyzerRunResult result)
        => result.Diagnostics
            .Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.GetMessage()} {string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
}
