using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA2004: provider-only request options outside the abstraction layer.</summary>
public class ProviderOnlyOptionTests() : RuleTests("PLA2004")
{
    /// <summary>Real code (accuracy corpus): Anthropic's beta features set on the request are the anthropic-beta header.</summary>
    [Fact]
    public Task Anthropic_betas_on_a_request_are_provider_only()
        => new AnalyzerTest("""
            using Anthropic.Models.Beta;
            using Anthropic.Models.Beta.Messages;

            class Requests
            {
                public MessageCreateParams Create() => new()
                {
                    MaxTokens = 1024,
                    Model = "claude-sonnet-4-5",
                    Messages = [],
                    {|#0:Betas|} = [AnthropicBeta.FallbackCredit2026_07_01],
                };
            }
            """).OnlyRules("PLA2004").Expect(Verify.Diagnostic("PLA2004").WithLocation(0).WithArguments("MessageCreateParams.Betas", "Anthropic")).RunAsync();

    /// <summary>Real code (accuracy corpus): OpenAI's Patch escape hatch writes a field of the provider's wire format.</summary>
    [Fact]
    public Task Patch_set_on_a_provider_options_type_is_provider_only()
        => new AnalyzerTest("""
            #pragma warning disable SCME0001, OPENAI001
            class Requests
            {
                public OpenAI.Chat.ChatCompletionOptions Options()
                {
                    var options = new OpenAI.Chat.ChatCompletionOptions();
                    options.Patch.Set({|#0:"$.reasoning_effort"u8|}, "minimal");
                    return options;
                }
            }
            """).OnlyRules("PLA2004").Expect(Verify.Diagnostic("PLA2004").WithLocation(0).WithArguments("ChatCompletionOptions.Patch $.reasoning_effort", "OpenAI")).RunAsync();

    [Fact]
    public Task Additional_properties_keys_in_every_shape()
        => Test("""
            using Microsoft.Extensions.AI;

            class Options
            {
                public ChatOptions Create()
                {
                    var options = new ChatOptions
                    {
                        AdditionalProperties = new() { [{|#0:"reasoning_effort"|}] = "high", ["trace_id"] = "abc" },
                    };
                    options.AdditionalProperties![{|#1:"thinking"|}] = new { type = "enabled", budget_tokens = 2048 };
                    options.AdditionalProperties.Add({|#2:"thinkingConfig"|}, new { thinkingBudget = 1024 });
                    _ = new AdditionalPropertiesDictionary { { {|#3:"logit_bias"|}, null } };
                    options.AdditionalProperties[{|#4:"safety_identifier"|}] = "user-123";
                    options.AdditionalProperties[{|#5:"cache_control"|}] = new { type = "ephemeral" };
                    return options;
                }
            }
            """, TestReferences.AbstractionOnly).Expect(
                Verify.Diagnostic("PLA2004").WithLocation(0).WithArguments("reasoning_effort", "OpenAI"),
                Verify.Diagnostic("PLA2004").WithLocation(1).WithArguments("thinking", "Anthropic"),
                Verify.Diagnostic("PLA2004").WithLocation(2).WithArguments("thinkingConfig", "Google Gemini"),
                Verify.Diagnostic("PLA2004").WithLocation(3).WithArguments("logit_bias", "OpenAI"),
                Verify.Diagnostic("PLA2004").WithLocation(4).WithArguments("safety_identifier", "OpenAI"),
                Verify.Diagnostic("PLA2004").WithLocation(5).WithArguments("cache_control", "Anthropic"))
            .RunAsync();

    [Fact]
    public Task Raw_representation_factories_and_sdk_option_members()
        => Test("""
            using System.Collections.Generic;
            using System.Net.Http;
            using Anthropic.Models.Messages;
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            #pragma warning disable OPENAI001 // the SDK marks reasoning options as experimental

            class Tuning
            {
                public Microsoft.Extensions.AI.ChatOptions Portable() => new()
                {
                    Temperature = 0.2f,
                    {|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { Temperature = 0.2f },
                };

                public ChatCompletionOptions OpenAi() => new()
                {
                    {|PLA2004:LogitBiases|} = { [1234] = -100 },
                    {|PLA2004:ReasoningEffortLevel|} = ChatReasoningEffortLevel.High,
                    ResponseFormat = OpenAI.Chat.ChatResponseFormat.{|PLA2004:CreateJsonObjectFormat|}(),
                };

                public void Claude(MessageCreateParams request, HttpRequestMessage http)
                {
                    _ = request with { {|PLA2004:Thinking|} = new ThinkingConfigEnabled { BudgetTokens = 2048 } };
                    http.Headers.Add({|PLA2004:"anthropic-version"|}, "2023-06-01");
                }
            }
            """).RunAsync();

    [Fact]
    public Task Portable_options_and_the_abstraction_layer_are_not_reported()
        => Test("""
            using Microsoft.Extensions.AI;

            class Portable
            {
                public ChatOptions Create() => new()
                {
                    TopK = 40,
                    Seed = 7,
                    ResponseFormat = ChatResponseFormat.Json,
                    AdditionalProperties = new() { ["trace_id"] = "abc" },
                };
            }

            #pragma warning disable OPENAI001
            namespace Shop.Ai.Providers
            {
                class OpenAiTuning
                {
                    public OpenAI.Chat.ChatCompletionOptions Create() => new() { ReasoningEffortLevel = OpenAI.Chat.ChatReasoningEffortLevel.Low };
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    /// <summary>
    /// A provider SDK preview type compiles only once its experimental diagnostic is suppressed: building one in business
    /// code is a provider-only feature. Inside a RawRepresentationFactory the factory is the finding; in a member that calls
    /// the SDK client directly, PLA1001's finding on the call covers it.
    /// </summary>
    [Fact]
    public Task Provider_preview_types_built_under_a_suppressed_experimental_diagnostic()
        => new AnalyzerTest("""
            #pragma warning disable OPENAI001
            using OpenAI.Responses;

            namespace Shop.Research
            {
                class Research
                {
                    public object Options() => new {|#0:CreateResponseOptions|}();

                    public object Seeded() => new OpenAI.Chat.ChatCompletionOptions { {|#2:Seed|} = 42, Temperature = 0.2f };

                    // A member that calls the SDK client directly: PLA1001 reports the call, which names the preview use.
                    public async System.Threading.Tasks.Task<object> Direct(ResponsesClient client)
                    {
                        var options = new CreateResponseOptions();
                        return await client.CreateResponseAsync(options);
                    }

                    public Microsoft.Extensions.AI.ChatOptions Chat() => new()
                    {
                        {|#1:RawRepresentationFactory|} = _ => new CreateResponseOptions(),
                    };
                }
            }

            namespace Shop.Ai.Providers
            {
                class ResponsesAdapter
                {
                    public object Options() => new CreateResponseOptions();
                }
            }
            """).OnlyRules("PLA2004", "PLA9")
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .Expect(
                Verify.Diagnostic("PLA2004").WithLocation(0).WithArguments("CreateResponseOptions (preview API, OPENAI001)", "OpenAI"),
                Verify.Diagnostic("PLA2004").WithLocation(1).WithArguments("ChatOptions.RawRepresentationFactory", "OpenAI"),
                Verify.Diagnostic("PLA2004").WithLocation(2).WithArguments("ChatCompletionOptions.Seed (preview API, OPENAI001)", "OpenAI"))
            .RunAsync();

    [Theory]
    [InlineData("new Microsoft.Extensions.AI.ChatOptions { AdditionalProperties = new() { [")]
    [InlineData("new Microsoft.Extensions.AI.ChatOptions { RawRepresentationFactory = _ => new ")]
    [InlineData("new System.Net.Http.HttpRequestMessage().Headers.Add(")]
    public async Task Incomplete_options_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            class Typing { void M() { {{statement}} } }
            """);
        Assert.Empty(result.Exceptions);
    }
}
