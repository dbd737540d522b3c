using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1001 on SDKs the NuGet mirror lacks, compiled against their API-shape fixtures (tests/.../SdkFixtures).</summary>
public partial class DirectProviderSdkUseTests
{
    [Fact]
    public Task Aws_Bedrock_interface_receiver_and_client_construction()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;

            class Claims
            {
                public async Task<string> ClassifyAsync({|PLA1002:IAmazonBedrockRuntime|} bedrock, string claim)
                {
                    var response = await bedrock.{|#0:ConverseAsync|}(new ConverseRequest
                    {
                        ModelId = "anthropic.claude-3-5-sonnet-20241022-v2:0",
                        Messages = new List<Message> { new Message { Role = ConversationRole.User, Content = new List<ContentBlock> { new ContentBlock { Text = claim } } } },
                    });
                    return response.Output.Message.Content[0].Text;
                }

                public object Create() => new {|PLA1001:AmazonBedrockRuntimeClient|}(RegionEndpoint.USEast1);
            }
            """)
            .WithSdkFixture("AWSSDK.BedrockRuntime")
            .Expect(Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("IAmazonBedrockRuntime.ConverseAsync", "AWS Bedrock", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Google_GenAI_models_chain()
        => Test("""
            using System.Threading.Tasks;
            using Google.GenAI;
            using Google.GenAI.Types;

            class Summaries
            {
                public async Task<string?> SummarizeAsync(string apiKey, string text)
                {
                    var client = new {|PLA1001:Client|}(apiKey: apiKey);
                    var response = await client.Models.{|PLA1001:GenerateContentAsync|}(model: "gemini-2.5-flash", contents: text,
                        config: new GenerateContentConfig { Temperature = 0.1 });
                    return response.Candidates?[0].Content?.Parts?[0].Text;
                }
            }
            """).WithSdkFixture("Google.GenAI").RunAsync();

    [Fact]
    public Task Mscc_GenerativeAI_model_calls()
        => Test("""
            using System.Threading.Tasks;
            using Mscc.GenerativeAI;
            using Mscc.GenerativeAI.Types;

            class Stories
            {
                public async Task<string?> TellAsync(string apiKey)
                {
                    var googleAI = new {|PLA1001:GoogleAI|}(apiKey: apiKey);
                    var model = googleAI.{|PLA1001:GenerativeModel|}(model: Model.Gemini25Flash);
                    var response = await model.{|PLA1001:GenerateContent|}("Write a story about a magic backpack.");
                    return response.Text;
                }
            }
            """).WithSdkFixture("Mscc.GenerativeAI").RunAsync();

    [Fact]
    public Task Google_Vertex_AI_prediction_client()
        => Test("""
            using System.Threading.Tasks;
            using Google.Cloud.AIPlatform.V1;

            class Names
            {
                public async Task<string> NameAsync(string location)
                {
                    var client = new PredictionServiceClientBuilder { Endpoint = $"{location}-aiplatform.googleapis.com" }.{|PLA1001:Build|}();
                    var response = await client.{|PLA1001:GenerateContentAsync|}(new GenerateContentRequest
                    {
                        Model = "projects/p/locations/l/publishers/google/models/gemini-2.0-flash-001",
                        Contents = { new Content { Role = "USER", Parts = { new Part { Text = "A name for a flower shop?" } } } },
                    });
                    return response.Candidates[0].Content.Parts[0].Text;
                }
            }
            """).WithSdkFixture("Google.Cloud.AIPlatform.V1").RunAsync();

    [Fact]
    public Task Mistral_completions_endpoint()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Mistral.SDK;
            using Mistral.SDK.DTOs;

            class Sonnets
            {
                public async Task<string> WriteAsync()
                {
                    var client = new {|PLA1001:MistralClient|}();
                    var request = new ChatCompletionRequest(ModelDefinitions.MistralLarge,
                        new List<ChatMessage> { new ChatMessage(ChatMessage.RoleEnum.User, "Write me a sonnet.") });
                    var response = await client.Completions.{|PLA1001:GetCompletionAsync|}(request);
                    return response.Choices[0].Message.Content;
                }
            }
            """).WithSdkFixture("Mistral.SDK").RunAsync();

    [Fact]
    public Task Anthropic_SDK_community_client_and_its_IChatClient_endpoint()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Anthropic.SDK;
            using Anthropic.SDK.Constants;
            using Anthropic.SDK.Messaging;

            class Baseball
            {
                public async Task<string> AskAsync()
                {
                    var client = new {|PLA1001:AnthropicClient|}();
                    var parameters = new MessageParameters
                    {
                        Messages = new List<Message> { new Message(RoleType.User, "Who won the world series in 2020?") },
                        MaxTokens = 1024,
                        Model = AnthropicModels.Claude46Sonnet,
                    };
                    var result = await client.Messages.{|PLA1001:GetClaudeMessageAsync|}(parameters);
                    return result.FirstMessage.Text;
                }

                // A method that returns the abstraction is a composition root: adapting the endpoint there is wiring.
                public Microsoft.Extensions.AI.IChatClient Adapt(string key) => new AnthropicClient(new APIAuthentication(key)).Messages;
            }
            """).WithSdkFixture("Anthropic.SDK").WithoutReference("Anthropic.dll").RunAsync();

    [Fact]
    public Task Anthropic_SDK_endpoint_as_IChatClient_in_a_composition_root_is_wiring()
        => Test("""
            using Anthropic.SDK;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            static class Wiring
            {
                public static void AddClaude(this IServiceCollection services, string key)
                    => services.AddChatClient(new AnthropicClient(new APIAuthentication(key)).Messages);
            }
            """).WithSdkFixture("Anthropic.SDK").WithoutReference("Anthropic.dll").RunAsync();

    [Fact]
    public Task Claudia_messages()
        => Test("""
            using System.Threading.Tasks;
            using Claudia;

            class Hello
            {
                public async Task<object> GreetAsync(string key)
                {
                    var anthropic = new {|PLA1001:Anthropic|} { ApiKey = key };
                    return await anthropic.Messages.{|PLA1001:CreateAsync|}(new()
                    {
                        Model = Models.Claude3Opus,
                        MaxTokens = 1024,
                        Messages = [new() { Role = Roles.User, Content = "Hello, Claude" }],
                    });
                }
            }
            """).WithSdkFixture("Claudia").WithoutReference("Anthropic.dll").RunAsync();

    [Fact]
    public Task OpenAI_DotNet_is_told_apart_from_the_official_package_by_assembly()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using OpenAI;
            using OpenAI.Chat;
            using OpenAI.Models;

            class Baseball
            {
                public async Task<object> AskAsync()
                {
                    using var api = new {|PLA1001:OpenAIClient|}();
                    var request = new ChatRequest(new List<Message> { new Message(Role.User, "Who won the world series in 2020?") }, Model.GPT4o);
                    var response = await api.ChatEndpoint.{|PLA1001:GetCompletionAsync|}(request);
                    return response.FirstChoice;
                }
            }
            """).WithSdkFixture("OpenAI-DotNet").WithoutReference("OpenAI.dll").RunAsync();

    [Fact]
    public Task Betalgo_OpenAI_legacy_package()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using OpenAI;
            using OpenAI.Managers;
            using OpenAI.ObjectModels;
            using OpenAI.ObjectModels.RequestModels;

            class Legacy
            {
                public async Task<object> AskAsync(string key)
                {
                    var service = new {|PLA1001:OpenAIService|}(new OpenAiOptions { ApiKey = key });
                    return await service.ChatCompletion.{|PLA1001:CreateCompletion|}(new ChatCompletionCreateRequest
                    {
                        Messages = new List<ChatMessage> { ChatMessage.FromUser("Where was it played?") },
                        Model = Models.Gpt_4o,
                    });
                }
            }
            """).WithSdkFixture("Betalgo.OpenAI").WithoutReference("OpenAI.dll").RunAsync();
}
