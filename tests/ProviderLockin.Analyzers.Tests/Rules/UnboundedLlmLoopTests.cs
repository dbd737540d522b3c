using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA3001: unbounded loops of LLM calls.</summary>
public class UnboundedLlmLoopTests() : RuleTests("PLA3001", usings: Usings)
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        """;

    /// <summary>
    /// A loop is judged at the calls inside it, not at the end of the member: a loop with several LLM calls is reported once,
    /// the outer loop of a nested pair as well as the inner one, and a call in a lambda handed to a call inside a loop reaches the loop too.
    /// </summary>
    [Fact]
    public Task Each_loop_around_llm_calls_is_judged_once()
        => Test("""
            class Digest(IChatClient chat)
            {
                public async Task RunAsync(List<string> batches, List<string> items)
                {
                    {|PLA3001:foreach|} (var batch in batches)
                    {
                        await chat.GetResponseAsync(batch);
                        await chat.GetResponseAsync(batch + "!");
                        {|PLA3001:foreach|} (var item in items)
                        {
                            await chat.GetResponseAsync(item);
                        }
                    }

                    {|PLA3001:foreach|} (var item in items)
                    {
                        await Task.Run(async () => await chat.GetResponseAsync(item));
                    }
                }
            }
            """).RunAsync();

    /// <summary>BCL helpers are matched by namespace too: the project's own <c>Enumerable.Take</c> or <c>Math.Min</c> is no cap.</summary>
    [Fact]
    public Task The_projects_own_Take_and_Min_are_not_caps()
        => Test("""
            namespace Shop.Util
            {
                static class Enumerable
                {
                    public static IEnumerable<T> Take<T>(IEnumerable<T> source, int count) => source;
                }

                static class Math
                {
                    public static int Min(int a, int b) => a > b ? a : b;
                }

                class Batches(IChatClient chat)
                {
                    public async Task RunAsync(List<string> items)
                    {
                        {|PLA3001:foreach|} (var item in Enumerable.Take(items, 10))
                        {
                            await chat.GetResponseAsync(item);
                        }

                        {|PLA3001:for|} (var i = 0; i < Math.Min(items.Count, 10); i++)
                        {
                            await chat.GetResponseAsync(items[i]);
                        }
                    }
                }
            }
            """).RunAsync();

    /// <summary>
    /// Real code (accuracy corpus): an agent loop whose exit is decided by a call handed the loop's counter (the
    /// max-attempts check lives in the callee) is bounded; an exit decided by something else is not.
    /// </summary>
    [Fact]
    public Task A_counter_handed_to_the_exit_check_bounds_an_agent_loop()
        => Test("""
            class Agent(IChatClient chat)
            {
                private const int MaxAttempts = 5;

                public async Task RunAsync(string task)
                {
                    for (int requestIndex = 0; ; requestIndex++)
                    {
                        var response = await chat.GetResponseAsync(task);
                        if (!ShouldContinue(requestIndex, response)) break;
                    }

                    {|PLA3001:for|} (int round = 0; ; round++)
                    {
                        var response = await chat.GetResponseAsync(task);
                        if (IsDone(response)) break;
                    }
                }

                private static bool ShouldContinue(int attempt, ChatResponse response) => attempt < MaxAttempts && response.Text.Length > 0;

                private static bool IsDone(ChatResponse response) => response.Text.Contains("DONE");
            }
            """).RunAsync();

    /// <summary>
    /// Real code (accuracy corpus): the tool calls or messages of one model response are as many as the model returned for
    /// one request; answering each is one conversation's tool loop, not a batch over data.
    /// </summary>
    [Fact]
    public Task Loops_over_the_parts_of_one_response_are_not_batches()
        => Test("""
            using OpenAI.Chat;

            class Tools(ChatClient client, IChatClient chat)
            {
                public async Task RunAsync(List<OpenAI.Chat.ChatMessage> messages, List<string> documents)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(messages);
                    foreach (ChatToolCall toolCall in completion.ToolCalls)
                    {
                        await chat.GetResponseAsync("Explain the call to " + toolCall.FunctionName);
                    }

                    var response = await chat.GetResponseAsync("Plan the steps");
                    var steps = response.Messages.Where(m => m.Text.Length > 0).ToList();
                    foreach (var step in steps)
                    {
                        await chat.GetResponseAsync(step.Text);
                    }

                    {|PLA3001:foreach|} (var document in documents)
                    {
                        await chat.GetResponseAsync(document);
                    }
                }
            }
            """).RunAsync();

    /// <summary>
    /// Real-code shapes (accuracy corpus): Semantic Kernel functions invoked per item, directly or two calls deep, and a
    /// <c>while (true)</c> whose only exit is running out of input (that is no cap).
    /// </summary>
    [Fact]
    public Task Semantic_kernel_invocations_and_input_driven_while_true_loops_are_reported()
        => Test("""
            using Microsoft.SemanticKernel;
            using System.Threading.Channels;

            class Jobs(Kernel kernel, KernelFunction summarize, IChatClient chat)
            {
                public async Task RunAsync(List<string> documents, ChannelReader<string> reader)
                {
                    {|PLA3001:foreach|} (var document in documents)
                    {
                        await summarize.InvokeAsync(kernel, new KernelArguments { ["input"] = document });
                    }

                    {|PLA3001:foreach|} (var document in documents)
                    {
                        await kernel.InvokePromptAsync("Summarize: " + document);
                    }

                    {|PLA3001:foreach|} (var document in documents)
                    {
                        await StepAsync(document);
                    }

                    {|PLA3001:while|} (true)
                    {
                        if (!reader.TryRead(out var job)) break;
                        await chat.GetResponseAsync(job);
                    }
                }

                private Task StepAsync(string document) => InnerAsync(document);

                private async Task InnerAsync(string document) => await kernel.InvokeAsync(summarize, new KernelArguments { ["input"] = document });
            }
            """).RunAsync();

    /// <summary>
    /// Real code (accuracy corpus): an agent loop bounded by a configured maximum is capped by the team's choice, and a loop
    /// that uploads files to a provider's file API makes no model request. A bound that is not named as a maximum is no cap.
    /// </summary>
    [Fact]
    public Task Named_maximums_are_caps_and_data_apis_are_not_llm_calls()
        => Test("""
            class Agent(IChatClient chat, AgentOptions options)
            {
                private readonly int _maxRounds = 8;

                public async Task RunAsync(int maxIterations, int count, IReadOnlyList<string> paths, OpenAI.Files.OpenAIFileClient files)
                {
                    for (var turn = 0; turn <= maxIterations; turn++)
                    {
                        await chat.GetResponseAsync("next step");
                    }

                    var step = 0;
                    while (step < options.MaxSteps)
                    {
                        await chat.GetResponseAsync("next step");
                        step++;
                    }

                    var round = 0;
                    while (true)
                    {
                        if (++round > _maxRounds) break;
                        await chat.GetResponseAsync("next step");
                    }

                    foreach (var path in paths)
                    {
                        files.UploadFile(path, OpenAI.Files.FileUploadPurpose.Assistants);
                    }

                    {|PLA3001:for|} (var i = 0; i < count; i++)
                    {
                        await chat.GetResponseAsync("item " + i);
                    }
                }
            }

            class AgentOptions
            {
                public int MaxSteps { get; set; } = 10;
            }
            """).RunAsync();

    /// <summary>
    /// Real code (accuracy corpus): Microsoft Agent Framework is the abstraction (never PLA1001), and each agent run is a
    /// model request for the loop rules.
    /// </summary>
    [Fact]
    public Task An_agent_run_per_item_is_an_llm_call()
        => new AnalyzerTest(Usings + """
            using Microsoft.Agents.AI;

            class Triage(AIAgent agent)
            {
                public async Task RunAsync(List<string> tickets)
                {
                    {|PLA3001:foreach|} (var ticket in tickets)
                    {
                        await agent.RunAsync(ticket);
                    }

                    foreach (var ticket in tickets.Take(10))
                    {
                        await agent.RunAsync(ticket);
                    }
                }
            }
            """).OnlyRules("PLA1", "PLA3001", "PLA9").RunAsync();

    /// <summary>What "Cap the batch" writes: a size check before the loop that throws or returns is a cap; one that only logs is not.</summary>
    [Fact]
    public Task A_size_guard_that_exits_before_the_loop_caps_it()
        => Test("""
            class Batches(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 100;

                public async Task RunAsync(List<string> reviews, string[] titles, int count)
                {
                    if (reviews.Count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException("too many");
                    }

                    foreach (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }

                    if (titles.Length >= MaxItemsPerBatch) return;
                    foreach (var title in titles)
                    {
                        await chat.GetResponseAsync(title);
                    }

                    if (count > MaxItemsPerBatch) return;
                    for (var i = 0; i < count; i++)
                    {
                        await chat.GetResponseAsync("n" + i);
                    }
                }

                public async Task NotCappedAsync(List<string> reviews, string[] titles)
                {
                    if (reviews.Count > MaxItemsPerBatch) Console.WriteLine("large batch");
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }

                    if (titles.Length > 100000) return;
                    {|PLA3001:foreach|} (var title in titles)
                    {
                        await chat.GetResponseAsync(title);
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Every_loop_form_over_data_is_reported_on_its_keyword()
        => Test("""
            class Batches(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> reviews, IAsyncEnumerable<string> incoming, Queue<string> queue)
                {
                    {|#0:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync("Summarize: " + review);
                    }

                    {|#1:for|} (var i = 0; i < reviews.Count; i++)
                    {
                        await chat.GetResponseAsync(reviews[i]);
                    }

                    {|#2:while|} (queue.TryDequeue(out var next))
                    {
                        await chat.GetResponseAsync(next);
                    }

                    {|#3:await foreach|} (var item in incoming)
                    {
                        await chat.GetResponseAsync(item);
                    }

                    var more = true;
                    {|#4:do|}
                    {
                        var response = await chat.GetResponseAsync("Continue the list");
                        more = response.Text.Contains("MORE");
                    }
                    while (more);
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA3001").WithLocation(0).WithArguments("for every item", 100),
                Verify.Diagnostic("PLA3001").WithLocation(1).WithArguments("for every item", 100),
                Verify.Diagnostic("PLA3001").WithLocation(2).WithArguments("on every iteration", 100),
                Verify.Diagnostic("PLA3001").WithLocation(3).WithArguments("for every item", 100),
                Verify.Diagnostic("PLA3001").WithLocation(4).WithArguments("on every iteration", 100))
            .RunAsync();

    [Fact]
    public Task Constant_caps_bound_the_loop()
        => Test("""
            class Capped(IChatClient chat)
            {
                private const int MaxTurns = 8;

                public async Task RunAsync(IReadOnlyList<string> reviews)
                {
                    for (var i = 0; i < 20; i++) { await chat.GetResponseAsync(reviews[i]); }
                    foreach (var review in reviews.Take(50)) { await chat.GetResponseAsync(review); }
                    foreach (var review in reviews.Where(r => r.Length > 0).Take(10).Select(r => r.Trim())) { await chat.GetResponseAsync(review); }
                    foreach (var tone in new[] { "formal", "casual", "playful" }) { await chat.GetResponseAsync(tone); }
                    foreach (var tone in (string[])["formal", "casual"]) { await chat.GetResponseAsync(tone); }
                    foreach (var n in Enumerable.Range(0, 5)) { await chat.GetResponseAsync(n.ToString()); }
                    var turn = 0;
                    while (true)
                    {
                        var response = await chat.GetResponseAsync("next step");
                        if (++turn >= MaxTurns) break;
                    }

                    for (var attempt = 0; attempt < MaxTurns; attempt++) { await chat.GetResponseAsync("retry"); }
                }
            }
            """).RunAsync();

    [Fact]
    public Task A_constant_above_the_limit_is_not_a_cap_and_the_limit_is_configurable()
        => Test("""
            class Large(IChatClient chat)
            {
                public async Task RunAsync(string[] reviews)
                {
                    for (var i = 0; i < 500; i++) { await chat.GetResponseAsync(reviews[i]); }
                    for (var i = 0; i < 40; i++) { await chat.GetResponseAsync(reviews[i]); }
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.max_calls_per_loop = 50
                """)
            .Expect(Verify.Diagnostic("PLA3001").WithSpan(11, 9, 11, 12).WithArguments("for every item", 50))
            .RunAsync();

    [Fact]
    public Task Concurrency_and_rate_limits_throttle_the_loop()
        => Test("""
            using System.Threading.Channels;
            using System.Threading.RateLimiting;
            using Polly;
            using Polly.RateLimiting;

            class Throttled(IChatClient chat, SemaphoreSlim gate, RateLimiter limiter)
            {
                public async Task RunAsync(IReadOnlyList<string> reviews)
                {
                    foreach (var review in reviews)
                    {
                        await gate.WaitAsync();
                        try { await chat.GetResponseAsync(review); } finally { gate.Release(); }
                    }

                    foreach (var review in reviews)
                    {
                        using var lease = await limiter.AcquireAsync();
                        await chat.GetResponseAsync(review);
                    }

                    foreach (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                        await Task.Delay(TimeSpan.FromSeconds(1));
                    }

                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
                    foreach (var review in reviews)
                    {
                        await timer.WaitForNextTickAsync();
                        await chat.GetResponseAsync(review);
                    }

                    var pipeline = new ResiliencePipelineBuilder().AddRateLimiter(new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = 60, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6,
                    })).Build();
                    foreach (var review in reviews)
                    {
                        await pipeline.ExecuteAsync(async ct => await chat.GetResponseAsync(review, cancellationToken: ct));
                    }

                    var retries = new ResiliencePipelineBuilder().AddRetry(new Polly.Retry.RetryStrategyOptions()).Build();
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await retries.ExecuteAsync(async ct => await chat.GetResponseAsync(review, cancellationToken: ct));
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Configured_throttle_methods()
        => Test("""
            namespace Contoso
            {
                public static class Throttle { public static Task WaitTurnAsync() => Task.CompletedTask; }
            }

            class Custom(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> reviews)
                {
                    foreach (var review in reviews)
                    {
                        await Contoso.Throttle.WaitTurnAsync();
                        await chat.GetResponseAsync(review);
                    }
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.throttle_methods = Contoso.Throttle.WaitTurnAsync
                """)
            .RunAsync();

    [Fact]
    public Task Indirect_calls_through_methods_of_the_compilation_up_to_the_depth()
        => Test("""
            class Pipeline(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> reviews)
                {
                    {|PLA3001:foreach|} (var review in reviews) { await SummarizeAsync(review); }
                    {|PLA3001:foreach|} (var review in reviews) { await ClassifyAsync(review); }
                    foreach (var review in reviews) { await Level1Async(review); }
                    foreach (var review in reviews) { await ThrottledSummaryAsync(review); }
                }

                // depth 1
                private Task<ChatResponse> SummarizeAsync(string text) => chat.GetResponseAsync("Summarize: " + text);

                // depth 2
                private async Task<string> ClassifyAsync(string text) => (await SummarizeAsync(text)).Text;

                // depth 4: beyond the default depth of 3
                private Task<string> Level1Async(string text) => Level2Async(text);
                private Task<string> Level2Async(string text) => Level3Async(text);
                private Task<string> Level3Async(string text) => ClassifyAsync(text);

                private static readonly SemaphoreSlim Gate = new(4);

                private async Task<ChatResponse> ThrottledSummaryAsync(string text)
                {
                    await Gate.WaitAsync();
                    try { return await chat.GetResponseAsync(text); } finally { Gate.Release(); }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Call_depth_is_configurable_and_recursion_terminates()
        => Test("""
            class Recursive(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> reviews)
                {
                    foreach (var review in reviews) { await OuterAsync(review); }
                    foreach (var review in reviews) { await PingAsync(review, 3); }
                }

                private Task<ChatResponse> OuterAsync(string text) => InnerAsync(text);
                private Task<ChatResponse> InnerAsync(string text) => chat.GetResponseAsync(text);

                private Task<int> PingAsync(string text, int n) => n == 0 ? Task.FromResult(0) : PongAsync(text, n - 1);
                private Task<int> PongAsync(string text, int n) => PingAsync(text, n);
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.call_depth = 1
                """)
            .RunAsync();

    [Fact]
    public Task Agent_loops_streaming_updates_conditional_calls_and_look_alikes_are_not_reported()
        => Test("""
            namespace Other
            {
                public sealed class Weather { public Task<string> GetResponseAsync(string city) => Task.FromResult(city); }
            }

            class Fine(IChatClient chat, Other.Weather weather)
            {
                private const int MaxIterations = 10;

                public async Task RunAsync(IReadOnlyList<string> cities, bool verbose)
                {
                    var history = new List<ChatMessage> { new(ChatRole.User, "Plan a trip") };
                    for (var i = 0; i < MaxIterations; i++)
                    {
                        var response = await chat.GetResponseAsync(history);
                        if (response.FinishReason == ChatFinishReason.Stop) break;
                        history.AddRange(response.Messages);
                    }

                    await foreach (var update in chat.GetStreamingResponseAsync("Tell a story"))
                    {
                        Console.Write(update.Text);
                    }

                    foreach (var city in cities)
                    {
                        await weather.GetResponseAsync(city);
                        if (verbose)
                        {
                            await chat.GetResponseAsync("Describe " + city);
                        }
                    }

                    foreach (var city in cities)
                    {
                        Console.WriteLine(city);
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Provider_sdk_and_raw_http_calls_count_and_the_abstraction_layer_is_not_exempt()
        => Test("""
            using System.Net.Http;
            using OpenAI.Chat;

            namespace Shop.Ai.Providers
            {
                class Bulk(ChatClient client, HttpClient http)
                {
                    public async Task RunAsync(IEnumerable<string> documents)
                    {
                        {|PLA3001:foreach|} (var document in documents)
                        {
                            await client.CompleteChatAsync([new UserChatMessage(document)]);
                        }

                        {|PLA3001:foreach|} (var document in documents)
                        {
                            await http.PostAsync("https://api.anthropic.com/v1/messages", new StringContent(document));
                        }

                        foreach (var document in documents)
                        {
                            _ = client.ToString();
                        }
                    }
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    [Theory]
    [InlineData("foreach (var x in items) { await chat.GetResponseAsync(")]
    [InlineData("for (var i = 0; i < ; i++) { await chat.GetResponseAsync(items[i]); }")]
    [InlineData("while (")]
    [InlineData("do { await chat.GetResponseAsync(\"x\"); } while (")]
    [InlineData("await foreach (var x in ) { }")]
    public async Task Incomplete_loops_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            using Microsoft.Extensions.AI;
            class Typing { async System.Threading.Tasks.Task M(IChatClient chat, string[] items) { {{statement}} } }
            """);
        Assert.Empty(result.Exceptions);
    }
}
