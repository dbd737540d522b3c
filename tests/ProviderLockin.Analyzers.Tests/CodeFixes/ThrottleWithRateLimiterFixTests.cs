using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class ThrottleWithRateLimiterFixTests
{
    private static CodeFixTest<ThrottleWithRateLimiterFix> Test(string source, string fixedSource)
        => new CodeFixTest<ThrottleWithRateLimiterFix>(source, fixedSource).OnlyRules("PLA3001", "PLA3002");

    /// <summary>
    /// Regression (real code): in a Blazor WebAssembly app, which does not reference System.Threading.RateLimiting, dotnet
    /// format applied the fix through Fix All without asking for the single fix first, and the limiter broke the build
    /// (CS0234). Fix All itself now changes nothing there.
    /// </summary>
    [Fact]
    public async Task Fix_all_run_directly_changes_nothing_without_System_Threading_RateLimiting()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Nightly(IChatClient chat)
            {
                public async Task RunAsync(Queue<string> queue)
                {
                    while (queue.TryDequeue(out var next))
                    {
                        await chat.GetResponseAsync(next);
                    }
                }
            }
            """;
        using var workspace = new AdhocWorkspace();
        var references = await TestReferences.AbstractionOnly.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        Assert.DoesNotContain(references, r => r.Display?.Contains("RateLimiting", System.StringComparison.Ordinal) == true);
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "App", "App", LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), metadataReferences: references));
        var document = workspace.AddDocument(project.Id, "Nightly.cs", SourceText.From(source));
        var compilation = await document.Project.GetCompilationAsync();
        var diagnostics = (await compilation!.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockinAnalyzer())).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "PLA3001").ToImmutableArray();
        Assert.Single(diagnostics);

        var fix = new ThrottleWithRateLimiterFix();
        var context = new FixAllContext(document, fix, FixAllScope.Document, ThrottleWithRateLimiterFix.EquivalenceKey, fix.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fix.GetFixAllProvider().GetFixAsync(context);
        var changed = action is null ? null : (await action.GetOperationsAsync(CancellationToken.None)).OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;
        Assert.True(changed is null || (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString() == source);
    }

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
