using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Code as it is while being typed: every C# input of the suite, cut after each of its tokens, analyzed by every rule.
/// An analyzer exception would be an AD0001 in the IDE on every keystroke.
/// </summary>
public class IncompleteCodeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_suite_has_inputs_to_cut()
        => Assert.True(TestInputs.All.Count > 100, $"Only {TestInputs.All.Count} test inputs were found; is TestInputs reading the test sources?");

    [Fact]
    public async Task Every_prefix_of_every_test_input_is_analyzed_without_an_exception()
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in TestInputs.All)
        {
            var root = RobustnessHarness.Parse(input.Source).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                var prefix = input.Source[..token.Span.End];
                prefixes.TryAdd(prefix, input.Name);
            }
        }

        var compilation = await RobustnessHarness.BaseAsync();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(prefixes, async (entry, cancellationToken) =>
        {
            var tree = RobustnessHarness.Parse(entry.Key);
            var result = await RobustnessHarness.AnalyzeAsync(compilation.AddSyntaxTrees(tree), tree, cancellationToken: cancellationToken);
            foreach (var exception in result.Exceptions)
            {
                failures.Enqueue($"{entry.Value}, cut at {entry.Key.Length}: {exception}");
            }
        });

        var summary = $"{prefixes.Count:N0} compilations (every token-boundary prefix of {TestInputs.All.Count} test inputs), {failures.Count} analyzer exceptions";
        output.WriteLine(summary);
        RobustnessReport.Record("Incomplete code", summary);
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
    }
}
