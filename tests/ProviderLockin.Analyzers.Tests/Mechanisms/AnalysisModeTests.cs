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

    /// <summary>Real code (accuracy corpus): the base URL comes from appsettings.json, which the package gives the compiler.</summary>
    [Fact]
    public async Task A_provider_host_in_appsettings_enables_the_raw_http_rules()
    {
        Assert.Equal(AnalysisMode.RawHttpOnly, await ModeAsync(OrdinaryCode, TestReferences.NoProvider, ("/0/appsettings.json", """{ "Ai": { "BaseUrl": "https://generativelanguage.googleapis.com", "Model": "gemini-2.5-flash" } }""")));
        Assert.Equal(AnalysisMode.None, await ModeAsync(OrdinaryCode, TestReferences.NoProvider, ("/0/appsettings.json", """{ "Vocabulary": { "BaseUrl": "https://api.dictionaryapi.dev" } }""")));
        Assert.Equal(AnalysisMode.None, await ModeAsync(OrdinaryCode, TestReferences.NoProvider, ("/0/notes.json", """{ "BaseUrl": "https://api.openai.com" }""")));
    }

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

    private static async Task<AnalysisMode> ModeAsync(string source, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies references, params (string Path, string Text)[] additionalFiles)
    {
        var compilation = await AnalyzerRunner.CompileAsync(new[] { ("/0/Test0.cs", source) }, references);
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var (path, text) in additionalFiles)
        {
            files.Add(new TestAdditionalText(path, text));
        }

        var options = new AnalyzerOptions(files.ToImmutable());
        return AnalysisSession.Create(compilation, options, CancellationToken.None).Mode;
    }

    private sealed class TestAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
