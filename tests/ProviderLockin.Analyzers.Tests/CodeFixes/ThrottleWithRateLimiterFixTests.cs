using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using ProviderLockin.CodeFixes.Fixes;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class ThrottleWithRateLimiterFixTests
{
    private static CodeFixTest<ThrottleWithRateLimiterFix> Test(string source, string fixedSource)
        => new CodeFixTest<ThrottleWithRateLimiterFix>(source, fixedSource).OnlyRules("PLA3001", "PLA3002");

    [Fact]
    public Task Loops_acquire_a_lease_from_one_shared_limiter()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                public async Task RunAsync(List<string> reviews, Queue<string> queue)
                {
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }

                    {|PLA3001:while|} (queue.TryDequeue(out var next))
                        await chat.GetResponseAsync(next);
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Threading.RateLimiting;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                private static readonly RateLimiter LlmRateLimiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = 5, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = int.MaxValue });

                public async Task RunAsync(List<string> reviews, Queue<string> queue)
                {
                    foreach (var review in reviews)
                    {
                        using var lease = await LlmRateLimiter.AcquireAsync();
                        await chat.GetResponseAsync(review);
                    }

                    while (queue.TryDequeue(out var next))
                    {
                        using var lease = await LlmRateLimiter.AcquireAsync();
                        await chat.GetResponseAsync(next);
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Fan_out_lambdas_acquire_a_lease_per_item()
        => Test("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class FanOut(IChatClient chat)
            {
                public async Task<ChatResponse[]> RunAsync(IEnumerable<string> documents)
                {
                    await Parallel.{|PLA3002:ForEachAsync|}(documents, async (d, ct) => await chat.GetResponseAsync(d, cancellationToken: ct));
                    return await Task.{|PLA3002:WhenAll|}(documents.Select(async d => await chat.GetResponseAsync(d)));
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.RateLimiting;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class FanOut(IChatClient chat)
            {
                private static readonly RateLimiter LlmRateLimiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = 5, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = int.MaxValue });

                public async Task<ChatResponse[]> RunAsync(IEnumerable<string> documents)
                {
                    await Parallel.ForEachAsync(documents, async (d, ct) =>
                    {
                        using var lease = await LlmRateLimiter.AcquireAsync();
                        await chat.GetResponseAsync(d, cancellationToken: ct);
                    });
                    return await Task.WhenAll(documents.Select(async d =>
                    {
                        using var lease = await LlmRateLimiter.AcquireAsync();
                        return await chat.GetResponseAsync(d);
                    }));
                }
            }
            """).RunAsync();

    [Fact]
    public Task Not_offered_where_await_is_not_allowed()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Sync(IChatClient chat)
            {
                public void Run(List<string> reviews)
                {
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        chat.GetResponseAsync(review).Wait();
                    }

                    Task.{|PLA3002:WaitAll|}(reviews.Select(r => chat.GetResponseAsync(r)).ToArray());
                }
            }
            """;
        return Test(source, source).RunAsync();
    }
}
