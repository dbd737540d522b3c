using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Inputs no one writes on purpose but every large codebase has somewhere. Each must be analyzed without an exception
/// and must finish: the token below only stops a hang from hanging the suite, it is not a speed assertion.
/// </summary>
public class HostileInputTests
{
    private const int Depth = 500;

    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        """;

    [Fact]
    public Task Five_hundred_nested_parentheses_and_concatenations_in_a_prompt()
    {
        var parentheses = new string('(', Depth) + "\"Summarize.\"" + new string(')', Depth);
        var concatenation = string.Join(" + ", Enumerable.Range(0, Depth).Select(i => $"\"part {i} \""));
        return AssertAnalyzedAsync(Usings + $$"""
            class Deep(IChatClient chat)
            {
                public Task<ChatResponse> Nested() => chat.GetResponseAsync({{parentheses}});
                public Task<ChatResponse> Concatenated() => chat.GetResponseAsync({{concatenation}} + "<|im_end|>");
            }
            """, expect: "PLA2001");
    }

    [Fact]
    public Task Five_hundred_nested_loops_around_an_llm_call()
    {
        var loops = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            loops.Append("foreach (var i").Append(i).Append(" in items) ");
        }

        return AssertAnalyzedAsync(Usings + $$"""
            class Deep(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> items)
                {
                    {{loops}}await chat.GetResponseAsync("Summarize.");
                }
            }
            """, expect: "PLA3001");
    }

    [Fact]
    public Task Five_hundred_nested_lambdas_and_blocks()
    {
        var open = string.Concat(Enumerable.Range(0, Depth).Select(i => $"System.Func<Task> f{i} = async () => {{ "));
        var close = string.Concat(Enumerable.Repeat("}; ", Depth));
        return AssertAnalyzedAsync(Usings + $$"""
            class Deep(IChatClient chat)
            {
                public void Run()
                {
                    {{open}}await chat.GetResponseAsync("Summarize."); {{close}}
                }
            }
            """);
    }

    [Fact]
    public Task Three_thousand_methods_calling_each_other_in_a_cycle_terminate()
    {
        const int count = 3000;
        var methods = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var next = (i + 1) % count;
            methods.Append("    Task M").Append(i).Append("(string s) => ")
                .Append(i == count / 2 ? "chat.GetResponseAsync(s)" : $"M{next}(s)")
                .AppendLine(";");
        }

        return AssertAnalyzedAsync(Usings + $$"""
            class Cycle(IChatClient chat)
            {
            {{methods}}
                public async Task RunAsync(IReadOnlyList<string> items)
                {
                    foreach (var item in items) { await M0(item); }
                }
            }
            """);
    }

    [Fact]
    public Task Top_level_statements_with_local_functions_and_file_scoped_types()
        => AssertAnalyzedAsync(Usings + """
            var chat = new OpenAI.Chat.ChatClient("gpt-4o", "key").AsIChatClient();
            foreach (var line in System.IO.File.ReadLines("input.txt"))
            {
                await Ask(line);
            }

            async Task Ask(string q) => await chat.GetResponseAsync("<|im_start|>user\n" + q);

            file record Question(string Text);
            file class Local { static string Prompt => "You are ChatGPT."; }
            """, outputKind: OutputKind.ConsoleApplication, expect: "PLA2001");

    [Fact]
    public Task Records_lambdas_in_field_initializers_conditional_regions_and_unsafe_code()
        => AssertAnalyzedAsync(Usings + """
            public record Settings(string Model = "gpt-4o", string SystemPrompt = "\n\nHuman: hi");

            public unsafe class Odd(IChatClient chat)
            {
                private readonly System.Func<string, Task<ChatResponse>> _ask = q => chat.GetResponseAsync(q + "[INST]");
                private static readonly System.Func<int, int> Twice = x => x * 2;

                public int Sum(int* values, int n) { var s = 0; for (var i = 0; i < n; i++) s += values[i]; return s; }

            #if DEBUG
                public Task<ChatResponse> Debug() => chat.GetResponseAsync("<|endoftext|>");
            #elif RELEASE
                public Task<ChatResponse> Release() => chat.GetResponseAsync(
            #else
                public Task<ChatResponse> Other() => chat.GetResponseAsync("fine");
            #endif
                public record struct Pair(int A, int B);
                public Settings With() => new Settings() with { Model = "claude-3-5-sonnet-latest" };
            }
            """);

    [Fact]
    public Task A_razor_generated_file_with_line_mappings()
        => AssertAnalyzedAsync("""
            // <auto-generated/>
            #pragma warning disable 1591
            namespace Shop.Pages
            {
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;
                public partial class Chat : object
                {
            #nullable restore
            #line 12 "/src/Pages/Chat.razor"

                private IChatClient? Client { get; set; }
                private async Task AskAsync(string q) => await new OpenAI.Chat.ChatClient("gpt-4o", "k").CompleteChatAsync("<|im_start|>" + q);

            #line default
            #line hidden
            #nullable disable
                }
            }
            """, path: "/obj/Debug/net8.0/Microsoft.CodeAnalysis.Razor.Compiler/Pages_Chat_razor.g.cs", expect: "PLA1001");

    [Fact]
    public Task A_tree_of_nothing_but_garbage_tokens()
        => AssertAnalyzedAsync("}}}{{ class ( => \"\"\" $@ #if #line 0 \"\" <|im_start|> ;;; await foreach ( in ) [INST]");

    [Fact]
    public async Task Empty_unreadable_non_utf8_huge_and_malformed_prompt_files()
    {
        var notUtf8 = Encoding.Latin1.GetString(new byte[] { 0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x3C, 0x7C, 0x69, 0x6D, 0x5F, 0x65, 0x6E, 0x64, 0x7C, 0x3E, 0x00, 0x80 });
        var files = ImmutableArray.Create<AdditionalText>(
            new PromptFile("/p/empty.prompty", string.Empty),
            new PromptFile("/p/unreadable.prompt", null),
            new PromptFile("/p/latin1.prompt.txt", notUtf8),
            new PromptFile("/p/Summarize/skprompt.txt", new string('x', 1024 * 1024) + "\n\nHuman: hi"),
            new PromptFile("/p/no-end.prompty", "---\nmodel:\n  id: gpt-4o\n  api: [unclosed\n"),
            new PromptFile("/p/only-dashes.prompty", "---\n---\n---"),
            new PromptFile("/p/crlf.prompty", "---\r\nmodel: 'claude-3-opus-20240229\r\n---\r\n<|im_start|>"),
            new PromptFile("/p/nul.prompt.md", "\0\0\0<|im_end|>\0"));

        var result = await AnalyzeAsync("class Empty { }", new AnalyzerOptions(files), wholeCompilation: true);

        Assert.Empty(result.Exceptions);
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA2001" && d.Location.GetLineSpan().Path == "/p/Summarize/skprompt.txt");
    }

    private static async Task AssertAnalyzedAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, string? expect = null, string path = "/0/Hostile.cs")
    {
        var result = await AnalyzeAsync(source, options: null, outputKind, path);

        Assert.Empty(result.Exceptions);
        if (expect is not null)
        {
            Assert.Contains(result.Diagnostics, d => d.Id == expect);
        }
    }

    private static async Task<Infrastructure.AnalyzerRunResult> AnalyzeAsync(string source, AnalyzerOptions? options, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, string path = "/0/Hostile.cs", bool wholeCompilation = false)
    {
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var tree = RobustnessHarness.Parse(source, path);
        var baseCompilation = await RobustnessHarness.BaseAsync();
        var compilation = baseCompilation.WithOptions(baseCompilation.Options.WithOutputKind(outputKind)).AddSyntaxTrees(tree);
        return await RobustnessHarness.AnalyzeAsync(compilation, wholeCompilation ? null : tree, options, hangGuard.Token);
    }

    private sealed class PromptFile(string path, string? text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default)
            => text is null ? null : SourceText.From(text, Encoding.UTF8);
    }
}
