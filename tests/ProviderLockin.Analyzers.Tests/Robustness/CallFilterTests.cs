using System;
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
        var (compilation, files) = await RobustnessHarness.SampleAndTestInputsAsync();

        var filtered = await AnalyzerRunner.RunAsync(compilation.Clone(), concurrent: false);
        var unfiltered = await AnalyzerRunner.RunAsync(compilation.Clone(), concurrent: false, analyzer: ProviderLockinAnalyzer.WithoutCallFilters());

        Assert.Empty(filtered.Exceptions);
        Assert.Empty(unfiltered.Exceptions);
        var expected = RobustnessHarness.Render(unfiltered.Diagnostics);
        var actual = RobustnessHarness.Render(filtered.Diagnostics);
        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
            "missing with filters:\n" + string.Join("\n", expected.Except(actual).Take(10)) + "\nextra with filters:\n" + string.Join("\n", actual.Except(expected).Take(10)));
        Assert.True(actual.Length > 100, $"Only {actual.Length} diagnostics: the compilation is not exercising the rules.");
        RobustnessReport.Record("Call filters", $"{files} files: {actual.Length} diagnostics with and without the call filters, identical");
    }
}
