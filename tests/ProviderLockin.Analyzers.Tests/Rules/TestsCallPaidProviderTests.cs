using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA1005: a test project constructs a paid provider's client.</summary>
public class TestsCallPaidProviderTests() : RuleTests("PLA1005", TestReferences.TestProject, usings: Usings)
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Threading.Tasks;
        using Anthropic;
        using Microsoft.Extensions.AI;
        using OllamaSharp;
        using OpenAI;
        using OpenAI.Chat;
        using Xunit;

        """;

    private static DiagnosticResult Finding(int location, string client, string provider)
        => Verify.Diagnostic("PLA1005").WithLocation(location).WithSeverity(DiagnosticSeverity.Info).WithArguments("new " + client, provider);

    [Fact]
    public Task Paid_provider_clients_constructed_in_a_test_project_are_reported()
        => Test("""
            public class SummaryTests
            {
                private readonly ChatClient _chat = new {|#0:ChatClient|}("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));

                [Fact]
                public async Task Summarises()
                {
                    IChatClient chat = new {|#1:OpenAIClient|}(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!)).GetChatClient("gpt-4o").AsIChatClient();
                    var claude = new {|#2:AnthropicClient|}();
                    await chat.GetResponseAsync("Summarise: ...");
                }
            }
            """).Expect(
                Finding(0, "ChatClient", "OpenAI"),
                Finding(1, "OpenAIClient", "OpenAI"),
                Finding(2, "AnthropicClient", "Anthropic")).RunAsync();

    [Fact]
    public Task Local_models_localhost_endpoints_and_fake_transports_are_not_reported()
        => Test("""
            public class LocalTests
            {
                [Fact]
                public async Task Summarises_locally()
                {
                    IChatClient local = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2");
                    var lmStudio = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });
                    var faked = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Transport = new FakeTransport() });
                    await local.GetResponseAsync("Summarise: ...");
                }
            }

            sealed class FakeTransport : System.ClientModel.Primitives.HttpClientPipelineTransport;
            """).RunAsync();

    [Fact]
    public Task The_same_construction_outside_a_test_project_is_not_reported()
        => new AnalyzerTest("""
            using OpenAI.Chat;

            public class Summaries
            {
                private readonly ChatClient _chat = new ChatClient("gpt-4o-mini", System.Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
            }
            """).OnlyRules("PLA1005").RunAsync();

    [Fact]
    public Task A_construction_while_typing_does_not_throw()
        => Test("""
            public class SummaryTests
            {
                [Fact]
                public void Summarises()
                {
                    var chat = new ChatClient("gpt-4o-mini",
                }
            }
            """).Expect(
                DiagnosticResult.CompilerError("CS1525").WithSpan(15, 49, 15, 49).WithArguments("}"),
                DiagnosticResult.CompilerError("CS1026").WithSpan(15, 49, 15, 49),
                DiagnosticResult.CompilerError("CS1002").WithSpan(15, 49, 15, 49)).RunAsync();
}
