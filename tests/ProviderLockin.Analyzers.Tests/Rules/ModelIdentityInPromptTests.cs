using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA2003: prompts that rely on a specific model's identity.</summary>
public class ModelIdentityInPromptTests() : RuleTests("PLA2003", TestReferences.AbstractionOnly)
{
    /// <summary>Real code (accuracy corpus): Microsoft Agent Framework agents' instructions are prompts, their model options model choices.</summary>
    [Fact]
    public Task Agent_framework_instructions_and_models_are_checked()
        => new AnalyzerTest("""
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            class Agents
            {
                public AIAgent Create(IChatClient chat)
                    => new ChatClientAgent(chat, instructions: "{|PLA2003:You are ChatGPT|}, a helpful support agent.", name: "Support");

                public ChatOptions Options() => new ChatOptions { ModelId = {|PLA2002:"gpt-4o-mini"|} };
            }
            """).OnlyRules("PLA2").RunAsync();

    /// <summary>
    /// Both prompt-text rules look at a method's string returns through one entry of the walk: each still reports its own
    /// finding when both are on, and when only one of them is.
    /// </summary>
    [Fact]
    public async Task String_returns_are_checked_by_each_prompt_rule_that_is_on()
    {
        await new AnalyzerTest("""
            class Templates
            {
                public string Chat(string q) { return $"{|PLA2003:You are ChatGPT|}. {|PLA2001:<|im_start|>|}user {q}"; }

                public int Count(string q) { return q.Length; }
            }
            """, TestReferences.AbstractionOnly).OnlyRules("PLA2001", "PLA2003").RunAsync();

        await new AnalyzerTest("""
            class Templates
            {
                public string Chat(string q) { return $"{|PLA2003:You are ChatGPT|}. <|im_start|>user {q}"; }
            }
            """, TestReferences.AbstractionOnly).OnlyRules("PLA2003").RunAsync();

        await new AnalyzerTest("""
            class Templates
            {
                public string Chat(string q) { return $"You are ChatGPT. {|PLA2001:<|im_start|>|}user {q}"; }
            }
            """, TestReferences.AbstractionOnly).OnlyRules("PLA2001").RunAsync();
    }

    [Fact]
    public Task Named_products_and_vendors_are_reported_exactly()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Personas(IChatClient chat)
            {
                private const string SystemPrompt = "{|#0:You are ChatGPT|}, a large language model {|#1:trained by OpenAI|}.";

                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, question)]);
                    await chat.GetResponseAsync(new ChatMessage(ChatRole.System, "{|#2:You are Claude|}, {|#3:made by Anthropic|}."));
                    await chat.GetResponseAsync($"Answer {|#4:as a Gemini|} model would: {question}");
                    await chat.GetResponseAsync("{|#5:you're GPT|}-4o, be concise");
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA2003").WithLocation(0).WithArguments("You are ChatGPT", "ChatGPT (OpenAI)"),
                Verify.Diagnostic("PLA2003").WithLocation(1).WithArguments("trained by OpenAI", "OpenAI"),
                Verify.Diagnostic("PLA2003").WithLocation(2).WithArguments("You are Claude", "Claude (Anthropic)"),
                Verify.Diagnostic("PLA2003").WithLocation(3).WithArguments("made by Anthropic", "Anthropic"),
                Verify.Diagnostic("PLA2003").WithLocation(4).WithArguments("as a Gemini", "Gemini (Google)"),
                Verify.Diagnostic("PLA2003").WithLocation(5).WithArguments("you're GPT", "GPT (OpenAI)"))
            .RunAsync();

    [Fact]
    public Task Role_descriptions_and_other_text_are_not_reported()
        => Test("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Fine(IChatClient chat)
            {
                public async Task RunAsync()
                {
                    await chat.GetResponseAsync("You are a helpful shopping assistant. Answer as briefly as possible.");
                    await chat.GetResponseAsync("You are Claudette's scheduling helper; as claimed in the ticket, it was trained by our team.");
                    Console.WriteLine("You are ChatGPT");
                }
            }
            """).RunAsync();

    [Fact]
    public Task Prompt_files_are_scanned()
    {
        var test = Test("class Empty { }");
        test.TestState.AdditionalFiles.Add(("/0/Prompts/persona.prompt.md", "# Persona\nYou are Gemini.\n"));
        return test.Expect(Verify.Diagnostic("PLA2003").WithSpan("/0/Prompts/persona.prompt.md", 2, 1, 2, 15).WithArguments("You are Gemini", "Gemini (Google)")).RunAsync();
    }

    [Fact]
    public Task Abstraction_layer_is_not_reported()
        => Test("""
            namespace Shop.Ai.Providers;

            static class ClaudePrompts
            {
                public const string SystemPrompt = "You are Claude.";
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    /// <summary>
    /// Real code (accuracy corpus, HDuc75/EnglishGameBackend): a raw-HTTP app whose provider URL is in appsettings.json builds
    /// chat messages as (role, text) pairs for its own client; the system message names a product.
    /// </summary>
    [Fact]
    public Task Role_tagged_messages_are_prompts_in_a_project_configured_for_a_provider()
    {
        var test = Test("""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            interface IAiGenerator { Task<string> ChatAsync(List<(string role, string content)> messages, CancellationToken ct); }

            class Tutor(IAiGenerator ai)
            {
                public Task<string> Chat(string topic, CancellationToken ct)
                {
                    var messages = new List<(string role, string content)>
                    {
                        ("system", $"{|#0:You are ChatGPT|}, an English tutor. Topic: {topic}. " + "Be natural."),
                        ("user", "You are an English-Vietnamese dictionary."),
                    };
                    messages.Add(("assistant", "Sure."));
                    return ai.ChatAsync(messages, ct);
                }

                public object Body(string question) => new
                {
                    model = "gemini-2.5-flash",
                    system = "{|#1:You are Claude|}.",
                    messages = new[] { new { role = "user", content = question + " ({|#2:as a Gemini|} model)" } },
                    contents = new[] { new { role = "user", parts = new[] { new { text = "{|#3:You're GPT|}-4o." } } } },
                };

                // Not chat messages: no role, or not a chat role.
                public object NotMessages() => new { name = "You are ChatGPT", kind = ("admin", "You are ChatGPT") };
            }
            """, TestReferences.NoProvider);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "Ai": { "BaseUrl": "https://generativelanguage.googleapis.com" } }"""));
        return test.Expect(
                Verify.Diagnostic("PLA2003").WithLocation(0).WithArguments("You are ChatGPT", "ChatGPT (OpenAI)"),
                Verify.Diagnostic("PLA2003").WithLocation(1).WithArguments("You are Claude", "Claude (Anthropic)"),
                Verify.Diagnostic("PLA2003").WithLocation(2).WithArguments("as a Gemini", "Gemini (Google)"),
                Verify.Diagnostic("PLA2003").WithLocation(3).WithArguments("You're GPT", "GPT (OpenAI)"))
            .RunAsync();
    }

    [Fact]
    public Task Role_tagged_messages_are_not_checked_where_no_provider_is_in_sight()
        => Test("""
            using System.Collections.Generic;

            class Tutor
            {
                public List<(string role, string content)> Messages() => new() { ("system", "You are ChatGPT, an English tutor.") };
            }
            """, TestReferences.NoProvider).RunAsync();

    /// <summary>
    /// Issue #15: a persona kept in a field that is not named like a prompt is reported where it is written, once; a maker
    /// phrase there is reported only where the field is used as a prompt; a class of prompts used elsewhere is reported once.
    /// </summary>
    [Fact]
    public Task A_persona_kept_in_a_field_is_reported_once_where_it_is_written()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            static class SupportTemplates
            {
                public const string Escalation = "{|#0:You are ChatGPT|}. Escalate politely.";
            }

            class Greeter(IChatClient chat)
            {
                private readonly string _greeting = "{|#1:I am Claude|}, made by Anthropic. How can I help?";
                private readonly string _about = "Claude, made by Anthropic, answers questions here.";

                public Task<ChatResponse> Greet() => chat.GetResponseAsync({|#2:_greeting|});

                public Task<ChatResponse> Escalate() => chat.GetResponseAsync(SupportTemplates.Escalation);

                public string About() => _about;
            }
            """).Expect(
                Verify.Diagnostic("PLA2003").WithLocation(0).WithArguments("You are ChatGPT", "ChatGPT (OpenAI)"),
                Verify.Diagnostic("PLA2003").WithLocation(1).WithArguments("I am Claude", "Claude (Anthropic)"),
                Verify.Diagnostic("PLA2003").WithLocation(2).WithArguments("made by Anthropic", "Anthropic"))
            .RunAsync();

    /// <summary>
    /// Issue #15: text that reaches an LLM call through the project's own methods — a parameter handed on to a chat call
    /// (also through a second method), or a helper's return value — is a prompt; the same text handed to a method that only
    /// logs it is not.
    /// </summary>
    [Fact]
    public Task Prompts_passed_through_parameters_and_returned_by_helpers_are_checked()
        => Test("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Support(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string instructions, string question)
                    => chat.GetResponseAsync([new ChatMessage(ChatRole.System, instructions), new ChatMessage(ChatRole.User, question)]);

                private Task<ChatResponse> ForwardAsync(string text)
                {
                    var framed = "Context: " + text;
                    return AskAsync(framed, "Where is my order?");
                }

                private static string BuildPrompt(string question) => $"You are a support agent trained by OpenAI. Question: {question}";

                private static string Persona() => "{|#3:You are Claude|}, the shop's assistant.";

                private static string Footer() => "Built by OpenAI's tools, tuned by us.";

                private static void Log(string message) => Console.WriteLine(message);

                public async Task RunAsync(string question)
                {
                    await AskAsync("Answer {|#0:as a Gemini|} model would.", question);
                    await ForwardAsync("You were {|#1:trained by OpenAI|}.");
                    await chat.GetResponseAsync({|#2:BuildPrompt(question)|});
                    await chat.GetResponseAsync(Persona());
                    Log("Answer as a Gemini model would, trained by OpenAI.");
                    Console.WriteLine(Footer());
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA2003").WithLocation(0).WithArguments("as a Gemini", "Gemini (Google)"),
                Verify.Diagnostic("PLA2003").WithLocation(1).WithArguments("trained by OpenAI", "OpenAI"),
                Verify.Diagnostic("PLA2003").WithLocation(2).WithArguments("trained by OpenAI", "OpenAI"),
                Verify.Diagnostic("PLA2003").WithLocation(3).WithArguments("You are Claude", "Claude (Anthropic)"))
            .RunAsync();

    /// <summary>Recursion between helpers, a method without a body, and a call still being typed end without a finding or an exception.</summary>
    [Theory]
    [InlineData("await Ask(\"trained by OpenAI")]
    [InlineData("await chat.GetResponseAsync(Build(")]
    [InlineData("await Ask(Build(\"x\"), ")]
    public async Task Prompt_flow_through_methods_while_typing_does_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            abstract class Typing(IChatClient chat)
            {
                Task<ChatResponse> Ask(string text) => text.Length > 9 ? Ask(text[1..]) : chat.GetResponseAsync(text);
                string Build(string q) => q.Length > 3 ? Build(q + "trained by OpenAI") : $"As a GPT model: {q}";
                protected abstract string Missing(string text);
                async Task M()
                {
                    await Ask(Missing("made by Anthropic"));
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }
}
