using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA3002: unthrottled parallel fan-out of LLM calls.</summary>
public class UnthrottledFanOutTests() : RuleTests("PLA3002", usings: Usings)
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        """;

    /// <summary>Matched by symbol, not by name: the project's own types named Task or Parallel are not the BCL's.</summary>
    [Fact]
    public Task Types_of_the_project_named_Task_or_Parallel_are_not_fan_outs()
        => new AnalyzerTest("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.AI;

            namespace Shop.Jobs
            {
                static class Task
                {
                    public static System.Threading.Tasks.Task WhenAll(IEnumerable<System.Threading.Tasks.Task<ChatResponse>> tasks) => System.Threading.Tasks.Task.CompletedTask;
                }

                static class Parallel
                {
                    public static void ForEach(IEnumerable<string> items, System.Action<string> body) { }
                }

                class Runner(IChatClient chat)
                {
                    public System.Threading.Tasks.Task RunAsync(List<string> items)
                    {
                        Parallel.ForEach(items, item => chat.GetResponseAsync(item));
                        return Task.WhenAll(items.Select(item => chat.GetResponseAsync(item)));
                    }
                }
            }
            """).OnlyRules("PLA3002").RunAsync();

    [Fact]
    public Task Every_fan_out_shape_is_reported_on_the_fan_out_call()
        => Test("""
            class FanOut(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> documents)
                {
                    await Task.{|#0:WhenAll|}(documents.Select(d => chat.GetResponseAsync("Summarize: " + d)));

                    var tasks = new List<Task<ChatResponse>>();
                    foreach (var document in documents)
                    {
                        tasks.Add(chat.GetResponseAsync(document));
                    }

                    await Task.{|#1:WhenAll|}(tasks);

                    await Parallel.{|#2:ForEachAsync|}(documents, async (document, ct) => await chat.GetResponseAsync(document, cancellationToken: ct));
                    Parallel.{|#3:For|}(0, documents.Count, i => chat.GetResponseAsync(documents[i]).Wait());

                    var results = documents.AsParallel().{|#4:Select|}(d => chat.GetResponseAsync(d).Result).ToList();
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA3002").WithLocation(0).WithArguments("WhenAll"),
                Verify.Diagnostic("PLA3002").WithLocation(1).WithArguments("WhenAll"),
                Verify.Diagnostic("PLA3002").WithLocation(2).WithArguments("ForEachAsync"),
                Verify.Diagnostic("PLA3002").WithLocation(3).WithArguments("For"),
                Verify.Diagnostic("PLA3002").WithLocation(4).WithArguments("Select"))
            .RunAsync();

    [Fact]
    public Task Limits_inside_the_work_or_on_the_loop_are_not_reported()
        => Test("""
            using System.Threading.RateLimiting;

            class Limited(IChatClient chat, RateLimiter limiter)
            {
                private readonly SemaphoreSlim _gate = new(4);

                public async Task RunAsync(IReadOnlyList<string> documents)
                {
                    await Task.WhenAll(documents.Select(async d =>
                    {
                        await _gate.WaitAsync();
                        try { return await chat.GetResponseAsync(d); } finally { _gate.Release(); }
                    }));

                    await Task.WhenAll(documents.Select(async d =>
                    {
                        using var lease = await limiter.AcquireAsync();
                        return await chat.GetResponseAsync(d);
                    }));

                    await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                        async (document, ct) => await chat.GetResponseAsync(document, cancellationToken: ct));

                    var results = documents.AsParallel().WithDegreeOfParallelism(2).Select(d => chat.GetResponseAsync(d).Result).ToList();

                    await Task.WhenAll(documents.Take(10).Select(d => chat.GetResponseAsync(d)));
                    await Task.WhenAll(new[] { "a", "b" }.Select(d => chat.GetResponseAsync(d)));
                    await Task.WhenAll(documents.Select(d => Task.FromResult(d.Length)));
                }
            }
            """).RunAsync();

    [Fact]
    public Task Unlimited_parallel_options_are_not_a_limit()
        => Test("""
            class Unlimited(IChatClient chat)
            {
                public Task RunAsync(IReadOnlyList<string> documents)
                    => Parallel.{|PLA3002:ForEachAsync|}(documents, new ParallelOptions { MaxDegreeOfParallelism = -1 },
                        async (document, ct) => await chat.GetResponseAsync(document, cancellationToken: ct));
            }
            """).RunAsync();

    [Theory]
    [InlineData("await Task.WhenAll(items.Select(x => chat.GetResponseAsync(")]
    [InlineData("await Parallel.ForEachAsync(items, ")]
    [InlineData("items.AsParallel().Select(")]
    public async Task Incomplete_fan_outs_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            class Typing { async Task M(IChatClient chat, string[] items) { {{statement}} } }
            """);
        Assert.Empty(result.Exceptions);
    }
}
