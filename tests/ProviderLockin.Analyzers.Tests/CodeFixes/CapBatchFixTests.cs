using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class CapBatchFixTests
{
    private static CodeFixTest<CapBatchFix> Test(string source, string fixedSource)
        => new CodeFixTest<CapBatchFix>(source, fixedSource).OnlyRules("PLA3001", "PLA3002");

    [Fact]
    public Task Foreach_and_for_loops_fail_loudly_above_one_named_cap_instead_of_dropping_items()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                public async Task RunAsync(List<string> reviews)
                {
                    // Summaries for the product pages.
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync(review); // one per review
                    }

                    {|PLA3001:for|} (var i = 0; i < reviews.Count; i++)
                    {
                        await chat.GetResponseAsync(reviews[i]);
                    }
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 100;

                public async Task RunAsync(List<string> reviews)
                {
                    // Summaries for the product pages.
                    if (reviews.Count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{reviews.Count} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    foreach (var review in reviews)
                    {
                        await chat.GetResponseAsync(review); // one per review
                    }

                    for (var i = 0; i < reviews.Count; i++)
                    {
                        await chat.GetResponseAsync(reviews[i]);
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Fan_out_sources_are_capped_with_the_configured_limit()
    {
        var test = Test("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class FanOut(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> documents)
                {
                    await Task.{|PLA3002:WhenAll|}(documents.Select(d => chat.GetResponseAsync(d)));
                    await Parallel.{|PLA3002:ForEachAsync|}(documents, async (d, ct) => await chat.GetResponseAsync(d, cancellationToken: ct));
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class FanOut(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 25;

                public async Task RunAsync(IReadOnlyList<string> documents)
                {
                    if (documents.Count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{documents.Count} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    await Task.WhenAll(documents.Select(d => chat.GetResponseAsync(d)));
                    await Parallel.ForEachAsync(documents, async (d, ct) => await chat.GetResponseAsync(d, cancellationToken: ct));
                }
            }
            """).WithEditorConfig("""
                [*.cs]
                provider_lockin.max_calls_per_loop = 25
                """);
        return test.RunAsync();
    }

    [Fact]
    public Task While_loops_and_async_streams_get_no_cap_fix()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Queues(IChatClient chat)
            {
                public async Task RunAsync(Queue<string> queue, IAsyncEnumerable<string> incoming)
                {
                    {|PLA3001:while|} (queue.TryDequeue(out var next))
                    {
                        await chat.GetResponseAsync(next);
                    }

                    {|PLA3001:await foreach|} (var item in incoming)
                    {
                        await chat.GetResponseAsync(item);
                    }
                }
            }
            """;
        return Test(source, source).RunAsync();
    }

    /// <summary>A lazy sequence cannot be counted without enumerating it twice: no cap fix (the throttle fix is offered).</summary>
    [Fact]
    public Task A_lazy_sequence_gets_no_cap_fix()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                public async Task RunAsync(IEnumerable<string> reviews)
                {
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }
                }
            }
            """;
        return Test(source, source).RunAsync();
    }

    /// <summary>Regression (real code): Fix All over a partial class split across two files declared the constant twice (CS0102).</summary>
    [Fact]
    public Task Fix_all_over_a_partial_class_in_two_files_declares_the_cap_once()
    {
        var test = Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            partial class Examples(IChatClient chat)
            {
                public async Task FirstAsync(List<string> items)
                {
                    {|PLA3001:foreach|} (var item in items)
                    {
                        await chat.GetResponseAsync(item);
                    }
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            partial class Examples(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 100;

                public async Task FirstAsync(List<string> items)
                {
                    if (items.Count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{items.Count} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    foreach (var item in items)
                    {
                        await chat.GetResponseAsync(item);
                    }
                }
            }
            """);
        test.TestState.Sources.Add(("/0/Test1.cs", """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            partial class Examples
            {
                public async Task SecondAsync(string[] items)
                {
                    {|PLA3001:foreach|} (var item in items)
                    {
                        await chat.GetResponseAsync(item);
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Test1.cs", """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            partial class Examples
            {
                public async Task SecondAsync(string[] items)
                {
                    if (items.Length > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{items.Length} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    foreach (var item in items)
                    {
                        await chat.GetResponseAsync(item);
                    }
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Parallel_For_is_capped_on_its_upper_bound_even_with_named_arguments_in_another_order()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Pages(IChatClient chat)
            {
                public void Run(string[] pages, int count)
                {
                    Parallel.{|PLA3002:For|}(toExclusive: count, fromInclusive: 0, body: i => chat.GetResponseAsync(pages[i]).GetAwaiter().GetResult());
                }
            }
            """, """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Pages(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 100;

                public void Run(string[] pages, int count)
                {
                    if (count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{count} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    Parallel.For(toExclusive: count, fromInclusive: 0, body: i => chat.GetResponseAsync(pages[i]).GetAwaiter().GetResult());
                }
            }
            """).RunAsync();
}

public class LineEndingTests
{
    [Fact]
    public Task Fixes_keep_the_documents_CRLF_line_endings()
        => new CodeFixTest<CapBatchFix>("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                public async Task RunAsync(List<string> reviews)
                {
                    {|PLA3001:foreach|} (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }
                }
            }
            """.ReplaceLineEndings("\r\n"), """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                private const int MaxItemsPerBatch = 100;

                public async Task RunAsync(List<string> reviews)
                {
                    if (reviews.Count > MaxItemsPerBatch)
                    {
                        throw new InvalidOperationException($"{reviews.Count} items exceed the cap of {MaxItemsPerBatch} LLM calls per batch; split the input or raise the cap.");
                    }
                    foreach (var review in reviews)
                    {
                        await chat.GetResponseAsync(review);
                    }
                }
            }
            """.ReplaceLineEndings("\r\n")).OnlyRules("PLA3001").RunAsync();

}
