using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA2001: provider-specific turn markers and special tokens in prompts, in C# and in prompt files.</summary>
public class ProviderTurnMarkerTests() : RuleTests("PLA2001")
{
    /// <summary>
    /// Real-code shapes (accuracy corpus): prompts neither named like one nor passed straight to an LLM call — members of a
    /// class that holds templates, a helper that builds a template or a local that holds one.
    /// </summary>
    [Fact]
    public Task Template_holders_and_template_helpers_hold_prompts()
        => new AnalyzerTest("""
            static class SupportTemplates
            {
                public const string Escalation = "\n\n{|PLA2001:Human:|} {0}\n\n{|PLA2001:Assistant:|}";
            }

            class Wrapper
            {
                public string Wrap(string question) => $"{|PLA2001:<s>[INST]|} {question} {|PLA2001:[/INST]|}";

                public string Chat(string question)
                {
                    var text = "{|PLA2001:<|im_start|>|}user\n" + question + "{|PLA2001:<|im_end|>|}";
                    return text;
                }
            }
            """).OnlyRules("PLA2001", "PLA2003").RunAsync();

    /// <summary>Look-alikes: a tokenizer's constant, one word that is only a marker in a prompt, model names in log text.</summary>
    [Fact]
    public Task Lone_tokens_single_words_and_log_text_outside_prompts_are_not_reported()
        => new AnalyzerTest("""
            class Tokenizer
            {
                public const string EndOfText = "<|endoftext|>";
                private readonly string _note = "<|im_start|> is how ChatML starts a turn";
                private readonly string _banner = "Human: resources";

                public string Describe(string model) => $"Calling {model} (like Claude or ChatGPT) for a summary";

                public string Greeting()
                {
                    var line = "I am Claude's biggest fan";
                    var token = "<|endoftext|>";
                    return line + token;
                }
            }
            """).OnlyRules("PLA2001", "PLA2003").RunAsync();

    [Fact]
    public Task Anthropic_legacy_turns_are_reported_exactly_on_the_marker_with_the_family()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Support(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string question)
                    => chat.GetResponseAsync($"\n\n{|#0:Human:|} {question}\n\n{|#1:Assistant:|}");
            }
            """).Expect(
                Verify.Diagnostic("PLA2001").WithLocation(0).WithArguments("Human:", "Anthropic's legacy text-completion format"),
                Verify.Diagnostic("PLA2001").WithLocation(1).WithArguments("Assistant:", "Anthropic's legacy text-completion format"))
            .RunAsync();

    [Fact]
    public Task Every_literal_kind_reaching_an_llm_call()
        => Test(""""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Prompts(IChatClient chat)
            {
                public async Task RunAsync(string user)
                {
                    await chat.GetResponseAsync("{|PLA2001:<|im_start|>|}system\nBe brief.{|PLA2001:<|im_end|>|}");
                    await chat.GetResponseAsync(@"{|PLA2001:[INST]|} {|PLA2001:<<SYS>>|}You sell shoes.{|PLA2001:<</SYS>>|} Hi {|PLA2001:[/INST]|}");
                    await chat.GetResponseAsync("""
                        {|PLA2001:<|begin_of_text|>|}{|PLA2001:<|start_header_id|>|}system{|PLA2001:<|end_header_id|>|}
                        You are terse.{|PLA2001:<|eot_id|>|}
                        """);
                    await chat.GetResponseAsync($"{|PLA2001:<start_of_turn>|}user\n{user}{|PLA2001:<end_of_turn>|}");
                    await chat.GetResponseAsync("{|PLA2001:<|user|>|}" + user + "{|PLA2001:<|end|>|}{|PLA2001:<|assistant|>|}");
                    await chat.GetResponseAsync("{|PLA2001:<s>[INST]|} " + "Summarize {|PLA2001:[/INST]|}");
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Done.{|PLA2001:<|endoftext|>|}")]);
                }
            }
            """").RunAsync();

    [Fact]
    public Task Prompts_reach_the_call_through_locals_constants_fields_and_prompt_apis()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            class Flows(IChatClient chat, Kernel kernel)
            {
                private const string Persona = "<|im_start|>system";
                private static readonly string Footer = "<|im_end|>";

                public async Task RunAsync()
                {
                    var prompt = "{|PLA2001:[INST]|} Classify this ticket";
                    await chat.GetResponseAsync(prompt);
                    await chat.GetResponseAsync(new ChatMessage(ChatRole.System, {|PLA2001:Persona|}), new ChatOptions { Instructions = {|PLA2001:Footer|} });
                    await kernel.InvokePromptAsync("{|PLA2001:<start_of_turn>|}user {{$input}}");
                    var history = new ChatHistory();
                    history.AddSystemMessage("{|PLA2001:<<SYS>>|}");
                    _ = new OpenAI.Chat.SystemChatMessage("{|PLA2001:<|eot_id|>|}");
                    _ = OpenAI.Chat.ChatMessage.CreateUserMessage("ok");
                }
            }
            """).RunAsync();

    [Fact]
    public Task Strings_named_like_prompts_are_prompts_utf8_included()
        => Test("""
            using System;

            class Templates
            {
                public const string SupportSystemPrompt = "{|PLA2001:<|im_start|>|}system";
                public string Instructions { get; } = "{|PLA2001:[INST]|} be kind";

                public void Build()
                {
                    var template = "{|PLA2001:<end_of_turn>|}";
                    ReadOnlySpan<byte> systemPromptUtf8 = "{|PLA2001:<|eot_id|>|}"u8;
                    _ = template;
                }
            }
            """, TestReferences.AbstractionOnly).RunAsync();

    [Fact]
    public Task Ordinary_english_and_strings_that_are_not_prompts_are_not_reported()
        => Test("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Fine(IChatClient chat)
            {
                public async Task RunAsync()
                {
                    await chat.GetResponseAsync("Route this to human resources. The Assistant manager signs off.");
                    await chat.GetResponseAsync("Customer: my order is late\nAgent: sorry to hear that\n\nCustomer: thanks");
                    await chat.GetResponseAsync("Human: please answer briefly. Assistant: sure");
                    var html = "im_start is only text here";
                    Console.WriteLine(html);
                }
            }
            """).RunAsync();

    [Fact]
    public Task Abstraction_layer_may_format_a_model_template()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Shop.Ai.Providers;

            sealed class LlamaRawAdapter(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync($"[INST] {q} [/INST]");
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    [Theory]
    [InlineData("/0/Prompts/support.prompty")]
    [InlineData("/0/Plugins/Support/Triage/skprompt.txt")]
    [InlineData("/0/Prompts/triage.prompt")]
    [InlineData("/0/Prompts/triage.prompt.md")]
    [InlineData("/0/Prompts/triage.prompt.txt")]
    public Task Prompt_files_are_reported_at_line_and_column(string path)
    {
        var test = Test("class Empty { }");
        test.TestState.AdditionalFiles.Add((path, "---\nname: Support\n---\nsystem:\nBe brief.\n\nHuman: {{question}}\n<|im_end|>\n"));
        return test.Expect(
                Verify.Diagnostic("PLA2001").WithSpan(path, 7, 1, 7, 7).WithArguments("Human:", "Anthropic's legacy text-completion format"),
                Verify.Diagnostic("PLA2001").WithSpan(path, 8, 1, 8, 11).WithArguments("<|im_end|>", "ChatML"))
            .RunAsync();
    }

    [Fact]
    public Task Other_additional_files_and_prompt_files_in_the_abstraction_layer_are_not_scanned()
    {
        var test = Test("class Empty { }")
            .WithEditorConfig("""
                [/0/Providers/**]
                provider_lockin.abstraction_layer = true
                """);
        test.TestState.AdditionalFiles.Add(("/0/notes.txt", "<|im_start|> in a note"));
        test.TestState.AdditionalFiles.Add(("/0/Providers/llama.prompty", "[INST] {{q}} [/INST]"));
        test.TestState.AdditionalFiles.Add(("/0/Prompts/empty.prompty", ""));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("chat.GetResponseAsync(\"<|im_start|>")]
    [InlineData("chat.GetResponseAsync($\"\\n\\nHuman: {")]
    [InlineData("var systemPrompt = \"\"\"")]
    [InlineData("chat.GetResponseAsync(new ChatMessage(ChatRole.System, ")]
    [InlineData("var prompt = \"[INST]\" + ")]
    public async Task Incomplete_prompts_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            using Microsoft.Extensions.AI;
            class Typing
            {
                async System.Threading.Tasks.Task M(IChatClient chat)
                {
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }

    /// <summary>
    /// Real code (accuracy corpus, SANDHIYA1881/MCP_PROJECT): Anthropic's legacy completion format built by a helper and sent
    /// over raw HTTP; the stop sequence that repeats the marker is not prompt text.
    /// </summary>
    [Fact]
    public Task Legacy_completion_prompt_built_by_a_helper_is_reported_and_its_stop_sequence_is_not()
        => Test("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            sealed class CompletionRequest
            {
                public string Prompt { get; set; } = "";
                public string[] StopSequences { get; set; } = Array.Empty<string>();
            }

            sealed class ClaudeService
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.anthropic.com") };

                public Task<HttpResponseMessage> CompleteAsync(string text)
                    => _http.PostAsJsonAsync("/v1/complete", new CompletionRequest { Prompt = BuildPrompt(text), StopSequences = new[] { "\n\nHuman:" } });

                private static string BuildPrompt(string userText)
                {
                    return $"\n\n{|PLA2001:Human:|} {userText}\n\n{|PLA2001:Assistant:|}";
                }

                public object Message(string question) => new { role = "user", content = "{|PLA2001:<|im_start|>|}user " + question };
            }
            """, TestReferences.NoProvider).RunAsync();

    /// <summary>
    /// Issue #15: Anthropic's legacy "\n\nHuman:" turn (ordinary on its own, so tied to prompts) reaches a chat call through
    /// a helper's return value and through a parameter; reported where the text enters the call.
    /// </summary>
    [Fact]
    public Task Turn_markers_passed_through_the_projects_methods_are_reported()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Legacy(IChatClient chat)
            {
                private static string Turn(string question) => $"\n\nHuman: {question}";

                private Task<ChatResponse> SendAsync(string prompt) => chat.GetResponseAsync(prompt);

                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync({|#0:Turn(question)|});
                    await SendAsync("Please answer.\n\n{|#1:Human:|} " + question);
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA2001").WithLocation(0).WithArguments("Human:", "Anthropic's legacy text-completion format"),
                Verify.Diagnostic("PLA2001").WithLocation(1).WithArguments("Human:", "Anthropic's legacy text-completion format"))
            .RunAsync();
}
