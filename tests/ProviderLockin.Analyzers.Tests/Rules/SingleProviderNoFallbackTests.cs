using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1004: the app's chat clients all come from one provider and nothing fails over.</summary>
public class SingleProviderNoFallbackTests() : RuleTests("PLA1004", TestReferences.App, usings: Usings, application: true)
{
    private const string Usings = """
        #pragma warning disable MEAI001
        using System;
        using System.ClientModel;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using OllamaSharp;
        using OpenAI;

        """;

    private static DiagnosticResult Finding(int location, string provider)
        => Verify.Diagnostic("PLA1004").WithLocation(location).WithSeverity(DiagnosticSeverity.Info).WithArguments(provider);

    [Fact]
    public Task One_provider_registered_twice_is_reported_once_at_the_first_registration()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            var openAi = new OpenAIClient(new ApiKeyCredential(builder.Configuration["OpenAI:Key"]!));
            builder.Services.AddChatClient(openAi.GetChatClient(builder.Configuration["Chat:Model"]).{|#0:AsIChatClient|}());
            builder.Services.AddKeyedChatClient("cheap", openAi.GetChatClient(builder.Configuration["Chat:CheapModel"]).AsIChatClient());
            builder.Build().Run();
            """).Expect(Finding(0, "OpenAI")).RunAsync();

    [Fact]
    public Task A_local_model_given_straight_to_AddChatClient_is_the_one_provider()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.{|#0:AddChatClient|}(new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2"));
            builder.Build().Run();
            """).Expect(Finding(0, "Ollama")).RunAsync();

    [Fact]
    public Task A_provider_adapter_of_the_project_own_counts_as_its_provider()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddSingleton<IChatClient>(new {|#0:OpenAiChat|}(new OpenAIClient(builder.Configuration["OpenAI:Key"]!)));
            builder.Build().Run();

            sealed class OpenAiChat(OpenAIClient client) : IChatClient
            {
                public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                    => client.GetChatClient("gpt-4o").AsIChatClient().GetResponseAsync(messages, options, cancellationToken);
                public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                    => client.GetChatClient("gpt-4o").AsIChatClient().GetStreamingResponseAsync(messages, options, cancellationToken);
                public object? GetService(Type serviceType, object? serviceKey = null) => null;
                public void Dispose() { }
            }
            """).Expect(Finding(0, "OpenAI")).RunAsync();

    [Fact]
    public Task Failover_over_a_local_model_is_not_reported()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            var openAi = new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient(builder.Configuration["Chat:Model"]).AsIChatClient();
            IChatClient local = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2");
            builder.Services.AddChatClient(new OrderedFailoverChatClient(new[] { openAi, local }, true));
            builder.Build().Run();
            """).RunAsync();

    [Fact]
    public Task Two_providers_under_keys_are_not_reported()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddKeyedChatClient("cloud", new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient("gpt-4o").AsIChatClient());
            builder.Services.AddKeyedChatClient("local", new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2"));
            builder.Build().Run();
            """).RunAsync();

    [Fact]
    public Task A_failover_client_of_the_project_own_is_a_fallback()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddChatClient(new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient("gpt-4o").AsIChatClient());
            builder.Build().Run();

            // Registered by a library elsewhere; declaring it is enough.
            sealed class TwoClients(IChatClient primary, IChatClient secondary) : DelegatingChatClient(primary)
            {
                public IChatClient Secondary { get; } = secondary;
            }
            """).RunAsync();

    [Fact]
    public Task A_type_named_in_fallback_types_is_a_fallback()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            var chat = new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient("gpt-4o").AsIChatClient();
            builder.Services.AddChatClient(new Contoso.Resilience.SwitchingClient(chat));
            builder.Build().Run();

            namespace Contoso.Resilience
            {
                public sealed class SwitchingClient(IChatClient inner) : DelegatingChatClient(inner);
            }
            """).WithEditorConfig("[*.cs]\nprovider_lockin.fallback_types = Contoso.Resilience.SwitchingClient\n").RunAsync();

    [Fact]
    public Task The_look_alike_without_the_option_is_reported()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            var chat = new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient("gpt-4o").{|#0:AsIChatClient|}();
            builder.Services.AddChatClient(new Contoso.Resilience.SwitchingClient(chat));
            builder.Build().Run();

            namespace Contoso.Resilience
            {
                public sealed class SwitchingClient(IChatClient inner) : DelegatingChatClient(inner);
            }
            """).Expect(Finding(0, "OpenAI")).RunAsync();

    [Fact]
    public Task A_library_is_not_reported()
        => new AnalyzerTest(Usings + """
            public static class AiRegistration
            {
                public static IServiceCollection AddShopAi(this IServiceCollection services, string key)
                {
                    services.AddChatClient(new OpenAIClient(key).GetChatClient("gpt-4o").AsIChatClient());
                    return services;
                }
            }
            """, TestReferences.App).OnlyRules("PLA1004").RunAsync();

    [Fact]
    public Task Semantic_Kernel_connectors_count_as_registrations()
        => Test("""
            using Microsoft.SemanticKernel;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.{|#0:AddOpenAIChatCompletion|}("gpt-4o", builder.Configuration["OpenAI:Key"]!);
            builder.Build().Run();
            """).Expect(Finding(0, "OpenAI")).RunAsync();

    [Fact]
    public Task Registration_while_typing_does_not_throw()
        => Test("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddChatClient(new OpenAIClient(builder.Configuration["OpenAI:Key"]!).GetChatClient("gpt-4o").{|#0:AsIChatClient|}()
            """).Expect(
                Finding(0, "OpenAI"),
                DiagnosticResult.CompilerError("CS1026").WithSpan(13, 126, 13, 126),
                DiagnosticResult.CompilerError("CS1002").WithSpan(13, 126, 13, 126)).RunAsync();
}
