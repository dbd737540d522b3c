using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1001: direct provider SDK use outside the abstraction layer.</summary>
public partial class DirectProviderSdkUseTests() : RuleTests("PLA1")
{
    // ---- Positives, several providers (real packages) ----

    [Fact]
    public Task OpenAi_construction_and_call_are_reported_with_provider_and_member_in_the_message()
        => Test("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class OrderSummaries
            {
                public async Task<string> SummarizeAsync(string apiKey, string order)
                {
                    var client = new {|#0:ChatClient|}("gpt-4o", apiKey);
                    ChatCompletion completion = await client.{|#1:CompleteChatAsync|}([new UserChatMessage(order)]);
                    return completion.Content[0].Text;
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("new ChatClient", "OpenAI", "IChatClient"),
                Verify.Diagnostic("PLA1001").WithLocation(1).WithArguments("ChatClient.CompleteChatAsync", "OpenAI", "IChatClient"))
            .RunAsync();

    private const string OpenAIChatAdapter = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        public sealed class OpenAIChat(OpenAI.Chat.{|#0:ChatClient|} client) : IChatClient
        {
            public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                var completion = await client.{|#1:CompleteChatAsync|}("hello");
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, completion.Value.Content[0].Text));
            }

            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                => throw new NotSupportedException();

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose() { }
        }
        """;

    /// <summary>
    /// Real code (accuracy corpus): the composition root hands the SDK client, through locals, to the project's own adapter
    /// (a type that implements IEmbeddingGenerator): wiring, not coupling.
    /// </summary>
    [Fact]
    public Task Handing_the_sdk_client_to_the_projects_own_adapter_in_the_composition_root_is_wiring()
    {
        var test = new AnalyzerTest("""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Azure.AI.OpenAI;
            using Microsoft.Extensions.AI;
            using OpenAI.Embeddings;

            Func<IEmbeddingGenerator<string, Embedding<float>>> factory = () =>
            {
                var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new System.ClientModel.ApiKeyCredential("key"));
                var embeddingClient = client.GetEmbeddingClient("text-embedding-3-small");
                return new EmbeddingAdapter(embeddingClient);
            };

            sealed class EmbeddingAdapter(EmbeddingClient client) : IEmbeddingGenerator<string, Embedding<float>>
            {
                public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
                {
                    var result = await client.GenerateEmbeddingsAsync(values, cancellationToken: cancellationToken);
                    return new GeneratedEmbeddings<Embedding<float>>();
                }

                public object? GetService(Type serviceType, object? serviceKey = null) => null;

                public void Dispose() { }
            }
            """).OnlyRules("PLA1001", "PLA1002");
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>A type that implements IChatClient is an adapter by definition: it may use the SDK without configuration.</summary>
    [Fact]
    public Task An_IChatClient_implementation_is_an_adapter_without_configuration()
        => new AnalyzerTest(OpenAIChatAdapter.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "")).OnlyRules("PLA1").RunAsync();

    /// <summary>`provider_lockin.adapters_are_abstraction = false` turns that off; a type that only holds an IChatClient is no adapter.</summary>
    [Fact]
    public Task Adapter_detection_can_be_turned_off_and_holding_an_IChatClient_does_not_make_an_adapter()
    {
        var test = new AnalyzerTest(OpenAIChatAdapter).OnlyRules("PLA1").WithEditorConfig("""
            [*.cs]
            provider_lockin.adapters_are_abstraction = false
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PLA1002").WithLocation(0).WithArguments("client", "OpenAI", "ChatClient", "IChatClient"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PLA1001").WithLocation(1).WithArguments("ChatClient.CompleteChatAsync", "OpenAI", "IChatClient"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_that_only_uses_an_IChatClient_is_not_an_adapter()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public sealed class Summaries(IChatClient chat)
            {
                public async Task<string> RunAsync(string key)
                {
                    var direct = new OpenAI.Chat.{|#0:ChatClient|}("gpt-4o", key);
                    return (await chat.GetResponseAsync("hi")).Text;
                }
            }
            """).Expect(Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("new ChatClient", "OpenAI", "IChatClient")).RunAsync();

    /// <summary>Messages name the portable interface that fits the API, and no interface where none exists.</summary>
    [Fact]
    public Task The_message_names_the_abstraction_that_fits_the_api()
        => new AnalyzerTest("""
            using OpenAI.Audio;
            using OpenAI.Embeddings;
            using OpenAI.Files;
            using OpenAI.Images;

            #pragma warning disable OPENAI001
            class Media
            {
                public void Run(string key)
                {
                    var embeddings = new {|#0:EmbeddingClient|}("text-embedding-3-small", key);
                    var audio = new {|#1:AudioClient|}("whisper-1", key);
                    audio.{|#2:TranscribeAudio|}("call.mp3");
                    audio.{|#3:GenerateSpeech|}("Hello", GeneratedSpeechVoice.Alloy);
                    var images = new {|#4:ImageClient|}("dall-e-3", key);
                    var files = new {|#5:OpenAIFileClient|}(key);
                }
            }
            """).OnlyRules("PLA1001").Expect(
                Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("new EmbeddingClient", "OpenAI", "IEmbeddingGenerator"),
                Verify.Diagnostic("PLA1001").WithLocation(1).WithArguments("new AudioClient", "OpenAI", "ISpeechToTextClient / ITextToSpeechClient"),
                Verify.Diagnostic("PLA1001").WithLocation(2).WithArguments("AudioClient.TranscribeAudio", "OpenAI", "ISpeechToTextClient"),
                Verify.Diagnostic("PLA1001").WithLocation(3).WithArguments("AudioClient.GenerateSpeech", "OpenAI", "ITextToSpeechClient"),
                Verify.Diagnostic("PLA1001").WithLocation(4).WithArguments("new ImageClient", "OpenAI", "IImageGenerator"),
                Verify.Diagnostic("PLA1001").WithLocation(5).WithArguments("new OpenAIFileClient", "OpenAI", "a provider interface of your own"))
            .RunAsync();

    [Fact]
    public Task Call_chain_is_one_finding_on_the_outermost_provider_call()
        => Verify.RulesAsync("PLA1", """
            using OpenAI;
            using OpenAI.Chat;

            class Greeter
            {
                public string Greet(string apiKey)
                    => new OpenAIClient(apiKey).GetChatClient("gpt-4o").{|PLA1001:CompleteChat|}("Say hello").Value.Content[0].Text;
            }
            """);

    [Fact]
    public Task Azure_OpenAI_client_is_reported_as_Azure_OpenAI()
        => Test("""
            using System;
            using System.ClientModel;
            using Azure.AI.OpenAI;

            class Reports
            {
                public object Create(string key) => new {|#0:AzureOpenAIClient|}(new Uri("https://contoso.example"), new ApiKeyCredential(key));
            }
            """).Expect(Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("new AzureOpenAIClient", "Azure OpenAI", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Anthropic_official_client_through_interface_receiver()
        => Test("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            class Support
            {
                public Task<Message> AnswerAsync({|PLA1002:IAnthropicClient|} client, string question)
                    => client.Messages.{|#0:Create|}(new MessageCreateParams
                    {
                        Model = Model.ClaudeSonnet4_5,
                        MaxTokens = 512,
                        Messages = [new UserMessageParam(question)],
                    });
            }
            """).Expect(Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("IMessageService.Create", "Anthropic", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Anthropic_client_with_object_initializer_is_one_finding()
        => Verify.RulesAsync("PLA1", """
            using Anthropic;

            class Factory
            {
                public object Create(string key) => new {|PLA1001:AnthropicClient|} { ApiKey = key, MaxRetries = 3 };
            }
            """);

    [Fact]
    public Task Azure_AI_Inference_client()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.Inference;

            class Translator
            {
                public async Task TranslateAsync(string key, string text)
                {
                    var client = new {|PLA1001:ChatCompletionsClient|}(new Uri("https://contoso.example"), new AzureKeyCredential(key));
                    var options = new ChatCompletionsOptions { Messages = { new ChatRequestUserMessage(text) } };
                    await client.{|PLA1001:CompleteAsync|}(options);
                }
            }
            """);

    [Fact]
    public Task OllamaSharp_extension_method_on_the_client_is_a_provider_call()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.Threading.Tasks;
            using OllamaSharp;

            class Poet
            {
                public async Task WriteAsync()
                {
                    var ollama = new {|PLA1001:OllamaApiClient|}(new Uri("http://ollama.internal"), "llama3.1:8b");
                    await foreach (var token in ollama.{|PLA1001:GenerateAsync|}("Write a haiku")) { Console.Write(token?.Response); }
                }
            }
            """);

    [Fact]
    public Task Betalgo_service_chain()
        => Verify.RulesAsync("PLA1", """
            using System.Threading.Tasks;
            using Betalgo.Ranul.OpenAI;
            using Betalgo.Ranul.OpenAI.Managers;
            using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

            class Drafts
            {
                public async Task DraftAsync(string key)
                {
                    var service = new {|PLA1001:OpenAIService|}(new OpenAIOptions { ApiKey = key });
                    await service.ChatCompletion.{|PLA1001:CreateCompletion|}(new ChatCompletionCreateRequest
                    {
                        Messages = [ChatMessage.FromUser("Draft a reply")],
                    });
                }
            }
            """);

    [Fact]
    public Task Target_typed_new_is_reported_on_the_new_keyword()
        => Verify.RulesAsync("PLA1", """
            using OpenAI.Chat;

            class Holder
            {
                public object Create(string key)
                {
                    ChatClient client = {|PLA1001:new|}("gpt-4o-mini", key);
                    return client;
                }
            }
            """);

    [Fact]
    public Task Conditional_access_and_property_reads_on_clients_are_reported()
        => Verify.RulesAsync("PLA1", """
            using Anthropic;

            class Diagnostics
            {
                public string? Describe({|PLA1002:AnthropicClient|}? client)
                    => client?.{|PLA1001:BaseUrl|};

                public string? Complete(OpenAI.Chat.{|PLA1002:ChatClient|}? chat)
                    => chat?.{|PLA1001:CompleteChat|}("hi").Value.Content[0].Text;
            }
            """);

    [Fact]
    public Task Method_group_of_a_provider_call_is_reported()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.ClientModel;
            using OpenAI.Chat;

            class Later
            {
                public Func<ChatMessage[], ClientResult<ChatCompletion>> Bind({|PLA1002:ChatClient|} client) => client.{|PLA1001:CompleteChat|};
            }
            """);

    [Fact]
    public Task The_same_adapter_wiring_outside_a_composition_root_is_reported()
        => Verify.RulesAsync("PLA1", """
            using Microsoft.Extensions.AI;
            using OpenAI;

            class CheckoutService
            {
                private readonly IChatClient _chat;

                public CheckoutService(string key)
                    => _chat = new OpenAIClient(key).{|PLA1001:GetChatClient|}("gpt-4o").AsIChatClient();
            }
            """);

    // ---- Negatives ----

    [Fact]
    public Task Request_and_response_types_alone_are_not_calls()
        => Verify.RulesAsync("PLA1", """
            using System.Collections.Generic;
            using OpenAI.Chat;
            using Anthropic.Models.Messages;

            class Builders
            {
                public List<ChatMessage> Messages(string question) =>
                    [new SystemChatMessage("Answer briefly."), new UserChatMessage(question), ChatMessage.CreateAssistantMessage("Sure.")];

                public ChatCompletionOptions Options() => new() { Temperature = 0.2f, MaxOutputTokenCount = 300 };

                public MessageCreateParams Request(string question) => new()
                {
                    Model = Model.ClaudeSonnet4_5,
                    MaxTokens = 256,
                    Messages = [new UserMessageParam(question)],
                };

                public string Read(ChatCompletion completion) => completion.Content[0].Text;
            }
            """);

    [Fact]
    public Task Microsoft_Extensions_AI_and_Semantic_Kernel_are_the_abstraction()
        => Verify.RulesAsync("PLA1", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            class Assistant(IChatClient chat, Kernel kernel, IChatCompletionService completions)
            {
                public async Task<string> AskAsync(string question)
                {
                    var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, question)],
                        new ChatOptions { Temperature = 0.1f });
                    var history = new ChatHistory();
                    history.AddUserMessage(question);
                    await completions.GetChatMessageContentsAsync(history);
                    await kernel.InvokePromptAsync(question);
                    return response.Text;
                }
            }
            """);

    [Fact]
    public Task Look_alike_names_from_the_application_and_other_libraries_are_not_providers()
    {
        var test = Test("""
            using System.Threading.Tasks;

            namespace Shop
            {
                // The application's own wrapper with the same member names as the SDK.
                public class OpenAiClient
                {
                    public Task<string> CompleteChatAsync(string prompt) => Task.FromResult(prompt);
                }

                public class ChatClient
                {
                    public string CompleteChat(string prompt) => prompt;
                }

                class Usage
                {
                    async Task RunAsync(OpenAiClient client, ChatClient chat, Anthropic.AnthropicClient lookAlike)
                    {
                        await client.CompleteChatAsync("hi");
                        chat.CompleteChat("hi");
                        lookAlike.Messages.Create("hi");
                    }
                }
            }
            """);

        // A community library that reuses the official SDK's namespace and type name (as tryAGI's Anthropic does).
        test.TestState.AdditionalProjects.Add("tryAGI.Anthropic", new ProjectState("tryAGI.Anthropic", "C#", "/lookalike/", "cs")
        {
            Sources =
            {
                ("/lookalike/AnthropicClient.cs", """
                    namespace Anthropic
                    {
                        public sealed class AnthropicClient { public MessagesApi Messages { get; } = new MessagesApi(); }
                        public sealed class MessagesApi { public string Create(string prompt) => prompt; }
                    }
                    """),
            },
        });
        test.TestState.AdditionalProjectReferences.Add("tryAGI.Anthropic");
        // The real Anthropic package is not referenced here, only the look-alike; OpenAI keeps the analyzers active.
        test.WithoutReference("Anthropic.dll");
        return test.RunAsync();
    }

    [Fact]
    public Task Nameof_a_provider_member_is_not_a_call()
        => Verify.RulesAsync("PLA1", """
            class Names
            {
                public string Member => nameof(OpenAI.Chat.ChatClient.CompleteChatAsync);
            }
            """);

    [Fact]
    public Task Pragma_suppresses_the_finding()
        => Verify.RulesAsync("PLA1", """
            using OpenAI.Chat;

            class Legacy
            {
                public object Create(string key)
                {
            #pragma warning disable PLA1001 // migrating in JIRA-123
                    return new ChatClient("gpt-4o", key);
            #pragma warning restore PLA1001
                }
            }
            """);

    // ---- Abstraction layer, three ways ----

    [Fact]
    public Task Abstraction_layer_by_editorconfig_glob()
        => Test("""
            class Business
            {
                public object Create(string key) => new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", key);
            }
            """)
            .WithSource("/0/Shop.AI/OpenAiChat.cs", """
                using OpenAI.Chat;

                namespace Shop.AI;

                public sealed class OpenAiChat(string key)
                {
                    private readonly ChatClient _client = new("gpt-4o", key);
                    public string Ask(string prompt) => _client.CompleteChat(prompt).Value.Content[0].Text;
                }
                """)
            .WithEditorConfig("""
                [/0/Shop.AI/**.cs]
                provider_lockin.abstraction_layer = true
                """)
            .RunAsync();

    [Fact]
    public Task Abstraction_layer_by_namespace_list()
        => Test("""
            namespace Shop.Ai.Providers.OpenAi
            {
                public sealed class OpenAiChat
                {
                    public string Ask(OpenAI.Chat.ChatClient client, string prompt) => client.CompleteChat(prompt).Value.Content[0].Text;
                }
            }

            namespace Shop.Ai.ProvidersExtra
            {
                public sealed class NotInTheLayer
                {
                    public object Create(string key) => new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", key);
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Infrastructure.Llm, Shop.Ai.Providers
                """)
            .RunAsync();

    [Fact]
    public Task Abstraction_layer_by_attribute_on_the_type_or_an_enclosing_type()
        => Verify.RulesAsync("PLA1", """
            using System;
            using OpenAI.Chat;

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
            sealed class ProviderAbstractionAttribute : Attribute { }

            [ProviderAbstraction]
            sealed class OpenAiAdapter
            {
                public object Create(string key) => new ChatClient("gpt-4o", key);

                sealed class Nested
                {
                    public object Create(string key) => new ChatClient("gpt-4o", key);
                }
            }

            sealed class Business
            {
                public object Create(string key) => new {|PLA1001:ChatClient|}("gpt-4o", key);
            }
            """);

    [Fact]
    public Task Abstraction_layer_by_attribute_on_the_assembly()
        => Verify.RulesAsync("PLA1", """
            using System;
            using OpenAI.Chat;

            [assembly: Adapters.ProviderAbstraction]

            namespace Adapters
            {
                [AttributeUsage(AttributeTargets.Assembly)]
                sealed class ProviderAbstraction : Attribute { }

                sealed class Anything
                {
                    public object Create(string key) => new ChatClient("gpt-4o", key);
                }
            }
            """);

    // ---- Composition root ----

    [Fact]
    public Task Composition_root_in_top_level_statements()
    {
        var test = Test("""
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using OllamaSharp;
            using OpenAI;

            var services = new ServiceCollection();
            var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
            services.AddChatClient(new OpenAIClient(key).GetChatClient("gpt-4o").AsIChatClient());
            services.AddKeyedChatClient("local", sp => new OllamaApiClient(new Uri("http://ollama.internal"), "llama3.1"));

            var openAi = new OpenAIClient(key);
            IChatClient fast = openAi.GetChatClient("gpt-4o-mini").AsIChatClient();
            var embeddings = openAi.GetEmbeddingClient("text-embedding-3-small").AsIEmbeddingGenerator();

            // Still flagged in the composition root: the concrete client is registered, not adapted.
            services.AddSingleton(new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", key));
            """);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task Composition_root_methods_by_parameter_and_return_type()
        => Verify.RulesAsync("PLA1", """
            using System;
            using Anthropic;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI.Chat;

            static class AiServiceCollectionExtensions
            {
                public static IServiceCollection AddShopAi(this IServiceCollection services, string key)
                {
                    services.AddChatClient(new AnthropicClient { ApiKey = key }.AsIChatClient("claude-sonnet-4-5"));
                    return services;
                }
            }

            static class ChatClients
            {
                public static IChatClient Create(string key) => new ChatClient("gpt-4o", key).AsIChatClient();

                public static object NotAnAdapter(string key) => new {|PLA1001:ChatClient|}("gpt-4o", key).AsIChatClient();
            }

            class Startup
            {
                public void ConfigureServices(IServiceCollection services, string key)
                {
                    IChatClient direct = new OllamaSharp.OllamaApiClient(new Uri("http://ollama.internal"));
                    services.AddSingleton(direct);
                }
            }
            """);

    [Fact]
    public Task Semantic_Kernel_registration_is_wiring()
        => Verify.RulesAsync("PLA1", """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.SemanticKernel;
            using OpenAI;

            static class KernelSetup
            {
                public static IServiceCollection AddKernelAi(this IServiceCollection services, string key)
                {
                    services.AddOpenAIChatCompletion("gpt-4o", new OpenAIClient(key));
                    return services;
                }
            }
            """);

    // ---- Generated code and Razor ----

    [Fact]
    public Task Generated_code_is_skipped()
        => Test("""
            class Empty { }
            """)
            .WithSource("/0/Client.g.cs", """
                // <auto-generated/>
                class GeneratedClient
                {
                    public object Create(string key) => new OpenAI.Chat.ChatClient("gpt-4o", key);
                }
                """)
            .RunAsync();

    [Fact]
    public Task Razor_code_block_is_reported_at_the_razor_location_other_generated_code_is_not()
        => Test("""
            class Empty { }
            """)
            .WithSource("/0/Pages_Chat_razor.g.cs", """
                // <auto-generated/>
                #pragma checksum "/src/Pages/Chat.razor" "{8829d00f-11b8-4213-878b-770e8597ac16}" "0000"
                namespace Shop.Pages
                {
                    public partial class Chat
                    {
                        protected void BuildRenderTree() { new OpenAI.Chat.ChatClient("gpt-4o", "generated markup code"); }
                #line 12 "/src/Pages/Chat.razor"
                        private object Create(string key) => new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", key);
                #line default
                #line hidden
                    }
                }
                """)
            .RunAsync();

    // ---- Incomplete code (as typed) must not throw ----

    [Theory]
    [InlineData("var c = new OpenAI.Chat.ChatClient(")]
    [InlineData("var c = new OpenAI.Chat.ChatClient(\"gpt-4o\", key).")]
    [InlineData("var c = new OpenAI.Chat.ChatClient(\"gpt-4o\", key).CompleteChat(")]
    [InlineData("OpenAI.Chat.ChatClient c = new(")]
    [InlineData("var c = new OpenAI.OpenAIClient(key).GetChatClient(\"gpt\").CompleteChat(\"x\"")]
    [InlineData("var c = new Anthropic.AnthropicClient { ApiKey = ")]
    [InlineData("var c = nameof(OpenAI.Chat.ChatClient.")]
    public async Task Incomplete_code_does_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            class Typing
            {
                void M(string key)
                {
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }
}
