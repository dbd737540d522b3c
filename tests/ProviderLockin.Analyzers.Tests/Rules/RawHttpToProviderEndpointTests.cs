using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1003: raw HTTP requests to provider endpoints outside the abstraction layer.</summary>
public class RawHttpToProviderEndpointTests() : RuleTests("PLA1")
{
    /// <summary>The message names the interface that fits the endpoint, and none where no portable one exists.</summary>
    [Fact]
    public Task The_message_names_the_abstraction_that_fits_the_endpoint()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Media(HttpClient http)
            {
                public async Task RunAsync(HttpContent body)
                {
                    await http.PostAsync({|#0:"https://api.openai.com/v1/embeddings"|}, body);
                    await http.PostAsync({|#1:"https://api.openai.com/v1/audio/transcriptions"|}, body);
                    await http.PostAsync({|#2:"https://api.openai.com/v1/audio/speech"|}, body);
                    await http.PostAsync({|#3:"https://api.openai.com/v1/files"|}, body);
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA1003").WithLocation(0).WithArguments("api.openai.com", "OpenAI", "IEmbeddingGenerator"),
                Verify.Diagnostic("PLA1003").WithLocation(1).WithArguments("api.openai.com", "OpenAI", "ISpeechToTextClient"),
                Verify.Diagnostic("PLA1003").WithLocation(2).WithArguments("api.openai.com", "OpenAI", "ITextToSpeechClient"),
                Verify.Diagnostic("PLA1003").WithLocation(3).WithArguments("api.openai.com", "OpenAI", "a provider interface of your own"))
            .RunAsync();

    [Fact]
    public Task Literal_url_passed_to_HttpClient_is_reported_with_host_and_provider()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Completions(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body)
                    => http.PostAsync({|#0:"https://api.openai.com/v1/chat/completions"|}, body);
            }
            """).Expect(Verify.Diagnostic("PLA1003").WithLocation(0).WithArguments("api.openai.com", "OpenAI", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Base_address_relative_paths_locals_and_constants()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Claude
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri({|PLA1003:"https://api.anthropic.com/"|}) };

                public async Task<string> AskAsync(object body)
                {
                    const string messages = {|PLA1003:"https://api.anthropic.com/v1/messages"|};
                    using var request = new HttpRequestMessage(HttpMethod.Post, messages);
                    request.Headers.Add("anthropic-version", "2023-06-01");
                    var response = await _http.SendAsync(request);

                    var gemini = {|PLA1003:"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent"|};
                    await _http.PostAsJsonAsync(gemini, body);
                    await _http.PostAsJsonAsync(gemini, body);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """);

    [Fact]
    public Task Interpolated_and_raw_strings_with_resource_and_region_holes()
        => Verify.RulesAsync("PLA1", """"
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Endpoints(HttpClient http, string resource, string deployment, string region, string modelId)
            {
                public Task<HttpResponseMessage> Azure(HttpContent body)
                    => http.PostAsync({|PLA1003:$"https://{resource}.openai.azure.com/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21"|}, body);

                public Task<HttpResponseMessage> Bedrock(HttpContent body)
                    => http.PostAsync(new Uri({|PLA1003:$"https://bedrock-runtime.{region}.amazonaws.com/model/{modelId}/converse"|}), body);

                public Task<string> Ollama()
                    => http.GetStringAsync({|PLA1003:"""http://localhost:11434/api/tags"""|});

                public Task<HttpResponseMessage> Mistral(HttpContent body)
                {
                    var baseUrl = {|PLA1003:"https://api.mistral.ai/v1"|};
                    return http.PostAsync($"{baseUrl}/chat/completions", body);
                }

                public Task<HttpResponseMessage> Groq(HttpContent body)
                    => http.PostAsync({|PLA1003:"https://api.groq.com/openai/v1"|} + "/chat/completions", body);
            }
            """");

    [Fact]
    public Task Class_constant_is_reported_where_it_is_used()
        => Verify.RulesAsync("PLA1", """
            using System.Net.Http;
            using System.Threading.Tasks;

            static class Urls
            {
                public const string DeepSeek = "https://api.deepseek.com/chat/completions";
            }

            class Client(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body) => http.PostAsync({|PLA1003:Urls.DeepSeek|}, body);
            }
            """);

    [Fact]
    public Task Other_hosts_log_text_comments_and_non_url_uses_are_not_reported()
        => Verify.RulesAsync("PLA1", """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Fine(HttpClient http)
            {
                // Calls https://api.openai.com/v1/chat/completions through the gateway.
                public async Task RunAsync(HttpContent body)
                {
                    Console.WriteLine("Falling back from api.openai.com to the gateway");
                    var docs = "https://docs.anthropic.com/en/api/messages";
                    await http.GetAsync(docs);
                    await http.PostAsync("https://llm-gateway.contoso.internal/v1/chat", body);
                    await http.GetAsync("https://example.com/?next=https://api.openai.com/v1");
                    var label = "api.openai.com";
                    _ = label.Length;
                }
            }
            """);

    [Fact]
    public Task Abstraction_layer_may_call_the_api()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop.Ai.Providers;

            sealed class RawOpenAi(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body) => http.PostAsync("https://api.openai.com/v1/responses", body);
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .RunAsync();

    [Fact]
    public Task Additional_endpoints_from_configuration()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Gateway(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body)
                    => http.PostAsync({|#0:"https://llm.contoso.com/v1/chat"|}, body);
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.additional_endpoints = llm.contoso.com, *.contoso-ai.net
                """)
            .Expect(Verify.Diagnostic("PLA1003").WithLocation(0).WithArguments("llm.contoso.com", "custom endpoint", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Raw_http_is_found_when_no_provider_sdk_is_referenced()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class ShadowAi(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body)
                    => http.PostAsync({|PLA1003:"https://api.openai.com/v1/chat/completions"|}, body);
            }
            """, TestReferences.NoProvider).RunAsync();

    /// <summary>
    /// Real code (accuracy corpus): a project that only calls a provider's REST API also gets the model-ID, option and
    /// prompt rules on its requests, not PLA1003 alone.
    /// </summary>
    [Fact]
    public Task A_raw_http_project_gets_the_model_id_option_and_prompt_rules_too()
        => new AnalyzerTest("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Claude(HttpClient http)
            {
                public async Task<string> AskAsync(string question)
                {
                    http.DefaultRequestHeaders.Add({|PLA2004:"anthropic-version"|}, "2023-06-01");
                    var prompt = "\n\n{|PLA2001:Human:|} " + question + "\n\n{|PLA2001:Assistant:|}";
                    var response = await http.PostAsJsonAsync({|PLA1003:"https://api.anthropic.com/v1/complete"|}, new { model = {|PLA2002:"claude-2.1"|}, prompt, max_tokens_to_sample = 300 });
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """, TestReferences.NoProvider).OnlyRules("PLA1", "PLA2", "PLA9")
            .Expect(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PLA2006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(11, 106, 11, 118)
                .WithArguments("claude-2.1", "Anthropic", "was retired on 2025-07-21 (calls to it fail)", "use 'claude-opus-4-8' instead"))
            .RunAsync();

    /// <summary>Real-code shapes (accuracy corpus): the host on BaseAddress set in a constructor, URLs assembled earlier, a Uri from a local.</summary>
    [Fact]
    public Task Hosts_reach_the_request_through_base_address_locals_and_uris()
        => Test("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Claude
            {
                private readonly HttpClient _http;

                public Claude(HttpClient http)
                {
                    _http = http;
                    _http.BaseAddress = new Uri({|PLA1003:"https://api.anthropic.com/"|});
                }

                public Task<HttpResponseMessage> SendAsync(HttpContent body) => _http.PostAsync("v1/messages", body);
            }

            class Gemini(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(string model, HttpContent body)
                {
                    var baseUrl = {|PLA1003:"https://generativelanguage.googleapis.com/v1beta"|};
                    var url = $"{baseUrl}/models/{model}:generateContent";
                    return http.PostAsync(url, body);
                }

                public Task<HttpResponseMessage> OtherAsync(HttpContent body)
                {
                    var endpoint = {|PLA1003:"https://api.mistral.ai/v1/chat/completions"|};
                    var uri = new Uri(endpoint);
                    return http.PostAsync(uri, body);
                }
            }
            """).RunAsync();

    /// <summary>Found by the sample: an endpoint handed to an SDK client is the SDK's request (PLA1001 or wiring), not raw HTTP.</summary>
    [Fact]
    public Task An_endpoint_given_to_an_sdk_client_is_not_raw_http_but_the_same_uri_given_to_HttpClient_is()
        => Test("""
            using System;
            using System.ClientModel;
            using System.Net.Http;
            using Microsoft.Extensions.AI;
            using OllamaSharp;
            using OpenAI;

            static class Program
            {
                static void Main()
                {
                    IChatClient local = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2");
                    IChatClient studio = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") }).GetChatClient("local-model").AsIChatClient();
                    var http = new HttpClient { BaseAddress = new Uri({|PLA1003:"http://localhost:11434"|}) };
                }
            }
            """).RunAsync();

    [Fact]
    public Task Generated_code_and_pragma_are_not_reported()
        => Test("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Legacy(HttpClient http)
            {
                public Task<HttpResponseMessage> SendAsync(HttpContent body)
                {
            #pragma warning disable PLA1003 // the gateway migration is tracked in JIRA-123
                    return http.PostAsync("https://api.openai.com/v1/chat/completions", body);
            #pragma warning restore PLA1003
                }
            }
            """)
            .WithSource("/0/OpenApiClient.g.cs", """
                // <auto-generated/>
                partial class GeneratedOpenAiRestClient
                {
                    public System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> Send(System.Net.Http.HttpClient http, System.Net.Http.HttpContent body)
                        => http.PostAsync("https://api.openai.com/v1/chat/completions", body);
                }
                """)
            .RunAsync();

    [Theory]
    [InlineData("http.PostAsync(\"https://api.openai.com/v1/chat/completions\"")]
    [InlineData("http.PostAsync($\"https://{")]
    [InlineData("new System.Uri(")]
    [InlineData("var u = \"https://api.anthropic.com\"; http.GetAsync(u + ")]
    [InlineData("string u; http.GetAsync(u)")]
    public async Task Incomplete_requests_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            class Typing
            {
                async System.Threading.Tasks.Task M(System.Net.Http.HttpClient http)
                {
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }
}
