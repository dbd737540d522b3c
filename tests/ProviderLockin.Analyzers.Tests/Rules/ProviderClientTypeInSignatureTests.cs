using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1002: provider SDK client types in signatures outside the abstraction layer.</summary>
public class ProviderClientTypeInSignatureTests() : RuleTests("PLA1")
{
    /// <summary>Anthropic's clients for Bedrock, Vertex AI, Foundry, AWS and Google Cloud are provider SDKs of their own (sibling packages).</summary>
    [Fact]
    public Task Anthropic_cloud_clients_are_provider_clients()
        => Test("""
            class Clouds
            {
                private readonly Anthropic.Bedrock.{|#0:AnthropicBedrockClient|}? _bedrock = null;
                private readonly Anthropic.Vertex.{|#1:AnthropicVertexClient|}? _vertex = null;
                private readonly Anthropic.Foundry.{|#2:AnthropicFoundryClient|}? _foundry = null;
                private readonly Anthropic.Aws.{|#3:AnthropicAwsClient|}? _aws = null;
                private readonly Anthropic.GoogleCloud.{|#4:AnthropicGoogleCloudClient|}? _googleCloud = null;
            }
            """, TestReferences.AnthropicClouds).Expect(
                Verify.Diagnostic("PLA1002").WithLocation(0).WithArguments("_bedrock", "Anthropic on AWS Bedrock", "AnthropicBedrockClient", "IChatClient"),
                Verify.Diagnostic("PLA1002").WithLocation(1).WithArguments("_vertex", "Anthropic on Google Vertex AI", "AnthropicVertexClient", "IChatClient"),
                Verify.Diagnostic("PLA1002").WithLocation(2).WithArguments("_foundry", "Anthropic on Microsoft Foundry", "AnthropicFoundryClient", "IChatClient"),
                Verify.Diagnostic("PLA1002").WithLocation(3).WithArguments("_aws", "Anthropic on AWS", "AnthropicAwsClient", "IChatClient"),
                Verify.Diagnostic("PLA1002").WithLocation(4).WithArguments("_googleCloud", "Anthropic on Google Cloud", "AnthropicGoogleCloudClient", "IChatClient"))
            .RunAsync();

    /// <summary>Real code (accuracy corpus): a minimal-API handler asks for the SDK client as an explicitly typed lambda parameter.</summary>
    [Fact]
    public Task Explicitly_typed_lambda_parameters_are_signatures_too()
    {
        var test = new AnalyzerTest("""
            using System;
            using System.Threading.Tasks;
            using OpenAI.Chat;

            var app = new object();
            app.MapPost("/chat", async ({|#0:ChatClient|} chat, string question) => (await chat.CompleteChatAsync(question)).Value.Content[0].Text);
            app.MapPost("/echo", (string question) => question);
            Func<ChatClient, string> untyped = chat => chat.ToString();
            Func<ChatClient, string> parenthesized = (chat) => chat.ToString();
            Func<ChatClient, string> anonymous = delegate ({|#1:ChatClient|} chat) { return chat.ToString(); };
            Func<ChatClient, string> parameterless = delegate { return "none"; };

            static class Endpoints
            {
                public static void MapPost(this object app, string route, Delegate handler) { }
            }
            """).OnlyRules("PLA1002");
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PLA1002").WithLocation(0).WithArguments("chat", "OpenAI", "ChatClient", "IChatClient"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PLA1002").WithLocation(1).WithArguments("chat", "OpenAI", "ChatClient", "IChatClient"));
        return test.RunAsync();
    }

    [Fact]
    public Task Field_is_reported_on_the_type_with_member_provider_and_abstraction_in_the_message()
        => Test("""
            using OpenAI.Embeddings;

            class Search
            {
                private readonly {|#0:EmbeddingClient|} _embeddings = null!;
            }
            """).Expect(Verify.Diagnostic("PLA1002").WithLocation(0).WithArguments("_embeddings", "OpenAI", "EmbeddingClient", "IEmbeddingGenerator"))
            .RunAsync();

    [Fact]
    public Task Properties_parameters_and_return_types()
        => Verify.RulesAsync("PLA1", """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Anthropic;
            using OpenAI.Chat;

            class Orders
            {
                public {|PLA1002:AnthropicClient|} Claude { get; set; } = null!;

                public Orders({|PLA1002:ChatClient|} chat, IReadOnlyList<{|PLA1002:ChatClient|}> fallbacks) { }

                public Task<OpenAI.Chat.{|PLA1002:ChatClient|}> CreateAsync() => Task.FromResult<ChatClient>(null!);

                public Dictionary<string, {|PLA1002:ChatClient|}[]> ByRegion() => new();

                public string this[{|PLA1002:ChatClient|} key] => "";
            }
            """);

    /// <summary>
    /// A client written through a using alias (in the file, in a namespace, inside a generic alias, or a global alias in
    /// another file) is the SDK type all the same: the rule's look at the types as written must know the aliases.
    /// </summary>
    [Fact]
    public Task Clients_written_through_aliases_are_reported()
        => Test("""
            using Llm = OpenAI.Chat.ChatClient;
            using Clients = System.Collections.Generic.List<OpenAI.Chat.ChatClient>;

            namespace Shop
            {
                using Embedder = OpenAI.Embeddings.EmbeddingClient;
                using Text = System.String;

                class Orders
                {
                    private readonly {|PLA1002:Llm|} _chat = null!;

                    public {|PLA1002:Embedder|} Embeddings { get; } = null!;

                    public void Use({|PLA1002:Clients|} all, {|PLA1002:Platform|} platform, Text note) { }
                }
            }
            """)
            .WithSource("/0/Usings.cs", "global using Platform = OpenAI.OpenAIClient;")
            .RunAsync();

    /// <summary>Project types that share a name with an SDK client are not the SDK's.</summary>
    [Fact]
    public Task Project_types_named_like_clients_are_not_reported()
        => Verify.RulesAsync("PLA1", """
            namespace Shop
            {
                class ChatClient { }

                class EmbeddingClient { }

                class Orders(ChatClient chat) : System.Collections.Generic.List<EmbeddingClient>
                {
                    public ChatClient Chat { get; } = chat;

                    public EmbeddingClient[] Embedders() => [];
                }
            }
            """);

    [Fact]
    public Task Primary_constructor_and_record_parameters_are_reported_once()
        => Verify.RulesAsync("PLA1", """
            using OllamaSharp;
            using OpenAI.Chat;

            class Summarizer({|PLA1002:OllamaApiClient|} ollama)
            {
                public object Client => ollama;
            }

            record ChatSettings({|PLA1002:ChatClient|} Client, string Model);
            """);

    [Fact]
    public Task Base_types_interfaces_and_delegates()
        => Test("""
            using Amazon.BedrockRuntime;
            using OpenAI;

            class TracingOpenAIClient : {|PLA1002:OpenAIClient|} { }

            delegate {|PLA1002:OpenAIClient|} ClientFactory(string key);

            interface IAuditedBedrock : {|PLA1002:IAmazonBedrockRuntime|} { }
            """).WithSdkFixture("AWSSDK.BedrockRuntime").RunAsync();

    /// <summary>
    /// A base list is judged type by type, as written: the interface next to a client base type is not a finding, and
    /// each part of a partial type answers for its own base list.
    /// </summary>
    [Fact]
    public Task Only_the_base_types_that_name_a_client_are_reported()
        => Test("""
            using System;
            using OpenAI;

            class TracingOpenAIClient : {|PLA1002:OpenAIClient|}, IDisposable
            {
                public void Dispose() { }
            }

            partial class AuditedOpenAIClient : {|PLA1002:OpenAIClient|} { }

            partial class AuditedOpenAIClient : IDisposable
            {
                public void Dispose() { }
            }
            """).RunAsync();

    [Fact]
    public Task Overrides_and_explicit_implementations_are_reported_where_the_signature_is_declared()
        => Verify.RulesAsync("PLA1", """
            using OpenAI.Chat;

            interface IChatFactory
            {
                {|PLA1002:ChatClient|} Create(string model);
            }

            abstract class ChatFactoryBase
            {
                public abstract {|PLA1002:ChatClient|} Create(string model);
            }

            sealed class Factory : ChatFactoryBase, IChatFactory
            {
                public override ChatClient Create(string model) => null!;
                ChatClient IChatFactory.Create(string model) => null!;
            }
            """);

    /// <summary>A partial method's implementation repeats the signature of its declaration: reported once, on the declaration.</summary>
    [Fact]
    public Task Partial_methods_are_reported_once_on_their_declaration()
        => Verify.RulesAsync("PLA1", """
            using OpenAI.Chat;

            partial class Prompts
            {
                public partial {|PLA1002:ChatClient|} Pick({|PLA1002:ChatClient|} fallback);

                public partial ChatClient Pick(ChatClient fallback) => fallback;
            }
            """);

    /// <summary>The override test runs only once a member names a client: parameters, properties and events of overrides too.</summary>
    [Fact]
    public Task Overridden_parameters_properties_and_events_are_reported_where_declared()
        => Verify.RulesAsync("PLA1", """
            using System;
            using OpenAI.Chat;

            interface IChatHost
            {
                {|PLA1002:ChatClient|} Current { get; }

                void Use({|PLA1002:ChatClient|} client);
            }

            abstract class ChatHostBase
            {
                public abstract {|PLA1002:ChatClient|} Current { get; }

                public abstract event Action<{|PLA1002:ChatClient|}> Swapped;

                public abstract void Use({|PLA1002:ChatClient|} client, int retries);
            }

            sealed class Host : ChatHostBase, IChatHost
            {
                public override ChatClient Current => null!;

                public override event Action<ChatClient> Swapped { add { } remove { } }

                public override void Use(ChatClient client, int retries) { }

                ChatClient IChatHost.Current => null!;

                void IChatHost.Use(ChatClient client) { }
            }
            """);

    [Fact]
    public Task Locals_lambdas_local_functions_and_request_types_are_not_signatures()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            class Fine
            {
                private readonly ChatCompletionOptions _options = new();
                private readonly List<UserChatMessage> _history = new();

                public IChatClient Chat { get; } = null!;

                public void Run(ChatCompletionOptions options)
                {
                    ChatClient? local = null;
                    Func<ChatClient, string> describe = client => client.ToString()!;
                    static string Local(ChatClient client) => client.ToString()!;
                    _ = (local, describe, (Func<ChatClient, string>)Local);
                }
            }
            """);

    [Fact]
    public Task Abstraction_layer_and_generated_code_are_not_reported()
        => Test("""
            namespace Shop.Ai.Providers
            {
                sealed class OpenAiChat(OpenAI.Chat.ChatClient client)
                {
                    private readonly OpenAI.Chat.ChatClient _client = client;
                }
            }
            """)
            .WithSource("/0/Client.g.cs", """
                // <auto-generated/>
                partial class Generated { private OpenAI.Chat.ChatClient _client = null!; }
                """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    [Fact]
    public Task Razor_component_injected_client_is_reported_in_the_razor_file()
        => Test("""
            class Empty { }
            """)
            .WithSource("/0/Pages_Chat_razor.g.cs", """
                // <auto-generated/>
                namespace Shop.Pages
                {
                    public partial class Chat
                    {
                #line 3 "/src/Pages/Chat.razor"
                        public OpenAI.Chat.{|PLA1002:ChatClient|} Client { get; set; } = null!;
                #line default
                #line hidden
                        private OpenAI.Chat.ChatClient _generatedPlumbing = null!;
                    }
                }
                """)
            .RunAsync();

    [Fact]
    public Task Pragma_and_SuppressMessage_suppress_the_finding()
        => Verify.RulesAsync("PLA1", """
            using System.Diagnostics.CodeAnalysis;
            using OpenAI.Chat;

            class Legacy
            {
            #pragma warning disable PLA1002
                private readonly ChatClient _chat = null!;
            #pragma warning restore PLA1002

                [SuppressMessage("ProviderCoupling", "PLA1002", Justification = "Kept until the migration")]
                public void Use(ChatClient chat) { }
            }
            """);

    [Theory]
    [InlineData("class C { OpenAI.Chat.ChatClient ")]
    [InlineData("class C { void M(OpenAI.Chat.ChatClient")]
    [InlineData("class C : OpenAI.")]
    [InlineData("record R(OpenAI.Chat.ChatClient Client")]
    [InlineData("delegate OpenAI.Chat.ChatClient D(")]
    [InlineData("class C { System.Threading.Tasks.Task<OpenAI.Chat.ChatClient")]
    public async Task Incomplete_declarations_do_not_throw(string code)
    {
        var result = await AnalyzerRunner.RunAsync(code);
        Assert.Empty(result.Exceptions);
    }
}
