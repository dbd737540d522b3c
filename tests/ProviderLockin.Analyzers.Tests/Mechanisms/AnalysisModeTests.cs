using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>The analyzers decide once, at compilation start, how much work a compilation needs.</summary>
public class AnalysisModeTests
{
    private const string OrdinaryCode = """
        namespace Shop
        {
            public class ChatClient { public string CompleteChat(string prompt) => prompt; }
            public class Orders { public string Run(ChatClient chat) => chat.CompleteChat("hi"); }
        }
        """;

    [Fact]
    public async Task No_provider_sdk_and_no_provider_host_registers_nothing()
        => Assert.Equal(AnalysisMode.None, await ModeAsync(OrdinaryCode, TestReferences.NoProvider));

    [Fact]
    public async Task Code_that_already_uses_only_the_abstraction_still_has_prompts_and_volume_to_check()
        => Assert.Equal(AnalysisMode.Full, await ModeAsync("""
            using Microsoft.Extensions.AI;
            class Assistant(IChatClient chat) { public object Ask() => chat.GetResponseAsync("hi"); }
            """, TestReferences.AbstractionOnly));

    [Fact]
    public async Task A_provider_host_in_source_text_enables_only_the_raw_http_check()
        => Assert.Equal(AnalysisMode.RawHttpOnly, await ModeAsync("""
            class Urls { public const string Chat = "https://api.openai.com/v1/chat/completions"; }
            """, TestReferences.NoProvider));

    [Fact]
    public async Task A_referenced_provider_sdk_enables_every_rule()
        => Assert.Equal(AnalysisMode.Full, await ModeAsync(OrdinaryCode, TestReferences.Providers));

    [Fact]
    public async Task No_diagnostics_for_look_alikes_without_an_sdk()
    {
        var result = await AnalyzerRunner.RunAsync(OrdinaryCode, TestReferences.NoProvider);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Ours);
    }

    private static async Task<AnalysisMode> ModeAsync(string source, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies references)
    {
        var compilation = await AnalyzerRunner.CompileAsync(new[] { ("/0/Test0.cs", source) }, references);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        return AnalysisSession.Create(compilation, options, CancellationToken.None).Mode;
    }
}
