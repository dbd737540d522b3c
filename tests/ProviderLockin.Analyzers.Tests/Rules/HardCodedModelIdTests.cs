using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA2002: hard-coded model identifiers used as a model choice.</summary>
public class HardCodedModelIdTests() : RuleTests("PLA2002")
{
    [Fact]
    public Task Sdk_model_parameter_is_reported_on_the_literal_with_the_provider()
        => Test("""
            class Factory
            {
                public object Create(string key) => new OpenAI.Chat.ChatClient({|#0:"gpt-4o-2024-08-06"|}, key);
            }
            """).Expect(Verify.Diagnostic("PLA2002").WithLocation(0).WithArguments("gpt-4o-2024-08-06", "OpenAI")).RunAsync();

    /// <summary>Real code (accuracy corpus): <c>"model": "..."</c> in JSON text written into a request body.</summary>
    [Fact]
    public Task Model_keys_in_json_request_bodies_are_model_choices()
        => Test(""""
            using System;
            using System.Net.Http;

            class Protocol
            {
                public object Build()
                {
                    var input = BinaryData.FromBytes("""
                        {
                           "model": "{|PLA2002:gpt-4o|}",
                           "messages": [ { "role": "user", "content": "Say 'this is a test.'" } ]
                        }
                        """u8.ToArray());
                    var content = new StringContent("{\"model\":\"{|PLA2002:claude-3-5-haiku-20241022|}\",\"max_tokens\":100}");
                    var fine = new StringContent("{\"model\":\"house-model\",\"note\":\"compare with gpt-4o\"}");
                    var prose = BinaryData.FromString("the model gpt-4o answered");
                    return (input, content, fine, prose);
                }
            }
            """").RunAsync();

    /// <summary>Real-code shapes: request bodies built as anonymous objects or dictionaries, Vertex and Bedrock IDs, ARNs.</summary>
    [Fact]
    public Task Request_bodies_and_cloud_model_id_forms_are_model_choices()
        => Test("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Requests(HttpClient http)
            {
                public async Task SendAsync(string prompt)
                {
                    await http.PostAsJsonAsync("v1/messages", new { model = {|PLA2002:"claude-3-opus-20240229"|}, max_tokens = 1024, prompt });
                    var body = new Dictionary<string, object> { ["model"] = {|PLA2002:"gpt-4o-mini"|}, ["temperature"] = 0.2 };
                    var other = new Dictionary<string, string> { { "model", {|PLA2002:"gemini-2.5-flash"|} } };
                    other.Add("Model", {|PLA2002:"mistral-large-latest"|});
                    _ = new Microsoft.Extensions.AI.ChatOptions { ModelId = {|PLA2002:"claude-3-7-sonnet@20250219"|} };
                    _ = new Microsoft.Extensions.AI.ChatOptions { ModelId = {|PLA2002:"anthropic.claude-3-5-sonnet-20240620-v1:0"|} };
                    _ = new Microsoft.Extensions.AI.ChatOptions { ModelId = {|PLA2002:"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"|} };
                }
            }
            """).RunAsync();

    /// <summary>Look-alikes: other keys and properties, and values that are no model ID.</summary>
    [Fact]
    public Task Other_keys_and_non_model_values_in_request_bodies_are_not_reported()
        => Test("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Requests(HttpClient http)
            {
                public async Task SendAsync(string prompt)
                {
                    await http.PostAsJsonAsync("v1/messages", new { model = "my-fine-tune", title = "gpt-4o", prompt });
                    var body = new Dictionary<string, object> { ["name"] = "gpt-4o-mini", ["model"] = "house-model" };
                    body.Add("comment", "claude-3-opus-20240229");
                    _ = new { Email = "someone@example.com" };
                }
            }
            """).RunAsync();

    [Fact]
    public Task Model_choices_across_providers_and_abstractions()
        => Test("""
            using System;
            using Anthropic;
            using Microsoft.Extensions.AI;
            using OllamaSharp;

            class Choices
            {
                public void Configure(IAnthropicClient anthropic)
                {
                    _ = new ChatOptions { ModelId = {|PLA2002:"gpt-4.1-mini"|}, Temperature = 0.2f };
                    _ = new EmbeddingGenerationOptions { ModelId = {|PLA2002:"text-embedding-3-small"|} };
                    _ = anthropic.AsIChatClient({|PLA2002:"claude-sonnet-4-5-20250929"|});
                    _ = new OllamaApiClient(new Uri("http://ollama.internal"), {|PLA2002:"llama3.1:8b"|});
                    var options = new ChatOptions();
                    options.ModelId = {|PLA2002:"o4-mini"|};
                }
            }
            """).RunAsync();

    [Fact]
    public Task Configuration_fallbacks_and_constants_reach_the_choice()
        => Test("""
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            class Fallbacks(IConfiguration config)
            {
                private const string DefaultModel = "gemini-2.5-flash";

                public ChatOptions Options()
                {
                    var model = config["AI:Model"] ?? {|PLA2002:"gpt-4o"|};
                    var embedding = Environment.GetEnvironmentVariable("EMBED_MODEL") ?? {|PLA2002:"text-embedding-004"|};
                    var fallback = config.GetValue("AI:Fallback", {|PLA2002:"mistral-large-latest"|});
                    const string local = {|PLA2002:"anthropic.claude-3-5-sonnet-20241022-v2:0"|};
                    _ = (embedding, fallback, new ChatOptions { ModelId = local });
                    return new ChatOptions { ModelId = {|PLA2002:DefaultModel|} };
                }
            }
            """).RunAsync();

    [Fact]
    public Task Sdk_model_name_constants()
        => Test("""
            using Anthropic.Models.Messages;

            class Requests
            {
                public MessageCreateParams Create(string question) => new()
                {
                    Model = Model.{|PLA2002:ClaudeSonnet5_5|},
                    MaxTokens = 256,
                    Messages = [new UserMessageParam(question)],
                };
            }
            """).RunAsync();

    [Fact]
    public Task Community_sdk_model_constants()
        => Test("""
            using System.Collections.Generic;
            using Mistral.SDK;
            using Mistral.SDK.DTOs;

            class Sonnets
            {
                public ChatCompletionRequest Create() => new(ModelDefinitions.{|PLA2002:MistralLarge|},
                    new List<ChatMessage> { new ChatMessage(ChatMessage.RoleEnum.User, "Write a sonnet.") });
            }
            """).WithSdkFixture("Mistral.SDK").RunAsync();

    [Fact]
    public Task Prose_logs_exceptions_comments_and_configured_values_are_not_model_choices()
        => Test("""
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            // We moved from gpt-4o to the gateway.
            class Fine(IConfiguration config)
            {
                public ChatOptions Create()
                {
                    Console.WriteLine("gpt-4o");
                    Console.WriteLine("Using gpt-4o for summaries");
                    if (config["AI:Model"] is null) throw new InvalidOperationException("claude-sonnet-4-5 is not configured");
                    var help = "Set AI:Model, e.g. gemini-2.5-flash";
                    _ = help;
                    return new ChatOptions { ModelId = config["AI:Model"], Temperature = 0.3f };
                }

                public string Describe(string model) => "model " + model;
            }

            public sealed class AiOptions
            {
                public string Model { get; set; } = "gpt-4o";
                public string EmbeddingModel { get; set; } = "text-embedding-3-small";
            }

            public sealed class ChatSettings
            {
                public ChatOptions Defaults { get; } = new ChatOptions { ModelId = "gpt-4o-mini" };
            }
            """).RunAsync();

    [Fact]
    public Task Values_that_are_not_model_ids_are_not_reported()
        => Test("""
            using Microsoft.Extensions.AI;

            class Fine
            {
                public ChatOptions[] Create() =>
                [
                    new ChatOptions { ModelId = "default" },
                    new ChatOptions { ModelId = "mistral" },
                    new ChatOptions { ModelId = "gpt" },
                    new ChatOptions { ModelId = "my-fine-tune" },
                    new ChatOptions { ModelId = "Summaries" },
                ];
            }
            """, TestReferences.AbstractionOnly).RunAsync();

    [Fact]
    public Task Abstraction_layer_may_pick_models()
        => Test("""
            namespace Shop.Ai.Providers;

            sealed class OpenAiFactory
            {
                public object Create(string key) => new OpenAI.Chat.ChatClient("gpt-4o", key);
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    [Fact]
    public Task User_model_id_patterns_and_a_bad_regex()
        => Test("""
            using Microsoft.Extensions.AI;

            class Custom
            {
                public ChatOptions Create() => new() { ModelId = {|PLA2002:"acme-large-v2"|} };
            }
            """, TestReferences.AbstractionOnly)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.model_id_patterns = acme-[a-z]+-v\d{1,2}, contoso-(unclosed
                """)
            .Expect(new DiagnosticResult("PLA9001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithArguments("provider_lockin.model_id_patterns", "contoso-(unclosed",
                    "not a valid regular expression (Invalid pattern 'contoso-(unclosed' at offset 17. Not enough )'s.); the entry is ignored"))
            .RunAsync();

    [Fact]
    public Task Prompty_front_matter_model()
    {
        var test = Test("class Empty { }");
        test.TestState.AdditionalFiles.Add(("/0/Prompts/support.prompty", """
            ---
            name: Support
            model:
              api: chat
              configuration:
                type: azure_openai
                azure_deployment: gpt-4o
            ---
            system:
            You help customers.
            """));
        return test.Expect(Verify.Diagnostic("PLA2002").WithSpan("/0/Prompts/support.prompty", 7, 23, 7, 29).WithArguments("gpt-4o", "OpenAI")).RunAsync();
    }

    [Theory]
    [InlineData("new Microsoft.Extensions.AI.ChatOptions { ModelId = \"gpt-4o")]
    [InlineData("var m = config[\"AI:Model\"] ?? ")]
    [InlineData("new OpenAI.Chat.ChatClient(model: ")]
    [InlineData("_ = Anthropic.Models.Messages.Model.")]
    public async Task Incomplete_model_choices_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            class Typing
            {
                void M(Microsoft.Extensions.Configuration.IConfiguration config)
                {
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }

    /// <summary>
    /// Real code (accuracy corpus, SANDHIYA1881/MCP_PROJECT): a service keeps the model in a field of its own, with a
    /// hard-coded fallback when configuration is empty.
    /// </summary>
    [Fact]
    public Task A_fallback_assigned_to_a_field_named_like_a_model_is_a_model_choice()
        => Test("""
            class ClaudeService
            {
                private readonly string _model;
                private readonly string m_deploymentName;
                private readonly string _title;
                private readonly string _modelView;

                public ClaudeService(string model, string deployment)
                {
                    _model = string.IsNullOrWhiteSpace(model) ? {|PLA2002:"claude-3-5-haiku-20241022"|} : model;
                    m_deploymentName = deployment ?? {|PLA2002:"gpt-4o-mini"|};
                    _title = "gpt-4o";
                    _modelView = "gpt-4o";
                }
            }
            """).RunAsync();
}
