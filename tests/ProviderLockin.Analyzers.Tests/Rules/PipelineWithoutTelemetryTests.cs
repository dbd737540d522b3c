using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA3004: a client pipeline with no telemetry, or an SDK client in DI with no pipeline at all.</summary>
public class PipelineWithoutTelemetryTests() : RuleTests("PLA3004", TestReferences.App, usings: Usings)
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using OpenAI;

        """;

    private static DiagnosticResult Finding(int location)
        => Verify.Diagnostic("PLA3004").WithLocation(location).WithSeverity(DiagnosticSeverity.Info);

    [Fact]
    public Task Pipelines_without_telemetry_are_reported_where_they_start()
        => Test("""
            static class Wiring
            {
                public static void Register(IHostApplicationBuilder builder, IChatClient inner, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    builder.Services.{|#0:AddChatClient|}(inner).UseFunctionInvocation();
                    builder.Services.{|#1:AddEmbeddingGenerator|}(embeddings);
                }

                public static IChatClient Build(IChatClient inner) => inner.{|#2:AsBuilder|}().UseFunctionInvocation().Build();

                public static IChatClient Create(IChatClient inner)
                {
                    var builder = new {|#3:ChatClientBuilder|}(inner);
                    builder.UseFunctionInvocation();
                    return builder.Build();
                }
            }
            """).Expect(Finding(0), Finding(1), Finding(2), Finding(3)).RunAsync();

    [Fact]
    public Task Pipelines_with_telemetry_logging_or_own_middleware_are_not_reported()
        => Test("""
            static class Wiring
            {
                public static void Register(IHostApplicationBuilder builder, IChatClient inner, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    builder.Services.AddChatClient(inner).UseFunctionInvocation().UseOpenTelemetry();
                    builder.Services.AddKeyedChatClient("logged", inner).UseLogging();
                    builder.Services.AddEmbeddingGenerator(embeddings).UseOpenTelemetry();
                    builder.Services.AddChatClient(sp => new ChatClientBuilder(inner).UseOpenTelemetry().Build(sp));
                    builder.Services.AddChatClient(inner).Use(next => new AuditingClient(next));
                    builder.Services.AddChatClient(inner).UseAuditTrail();
                }

                public static IChatClient Local(IChatClient inner)
                {
                    var builder = new ChatClientBuilder(inner);
                    builder.UseOpenTelemetry();
                    return builder.Build();
                }

                // Handed on: the rest of the pipeline is built elsewhere.
                public static ChatClientBuilder Start(IChatClient inner) => inner.AsBuilder();
            }

            sealed class AuditingClient(IChatClient inner) : DelegatingChatClient(inner);

            static class AuditExtensions
            {
                public static ChatClientBuilder UseAuditTrail(this ChatClientBuilder builder) => builder.Use(next => new AuditingClient(next));
            }
            """).RunAsync();

    private const string AuditLibrary = """
        namespace Contoso.Audit
        {
            public static class AuditBuilder
            {
                public static Microsoft.Extensions.AI.ChatClientBuilder WithAudit(this Microsoft.Extensions.AI.ChatClientBuilder builder) => builder;
            }
        }
        """;

    /// <summary>The audit extension lives in a package of the team's (another project here): its body cannot be seen.</summary>
    private static AnalyzerTest WithAuditLibrary(AnalyzerTest test)
    {
        test.TestState.AdditionalProjects["Contoso.Audit"].Sources.Add(("/Contoso.Audit/AuditBuilder.cs", AuditLibrary));
        test.TestState.AdditionalProjects["Contoso.Audit"].ReferenceAssemblies = TestReferences.App;
        test.TestState.AdditionalProjectReferences.Add("Contoso.Audit");
        return test;
    }

    [Fact]
    public Task A_method_listed_in_telemetry_methods_counts_as_telemetry()
        => WithAuditLibrary(Test("""
            using Contoso.Audit;

            static class Wiring
            {
                public static IChatClient Build(IChatClient inner) => inner.AsBuilder().WithAudit().Build();
            }
            """)).WithEditorConfig("[*.cs]\nprovider_lockin.telemetry_methods = Contoso.Audit.AuditBuilder.WithAudit\n").RunAsync();

    [Fact]
    public Task The_look_alike_without_the_option_is_reported()
        => WithAuditLibrary(Test("""
            using Contoso.Audit;

            static class Wiring
            {
                public static IChatClient Build(IChatClient inner) => inner.{|#0:AsBuilder|}().WithAudit().Build();
            }
            """)).Expect(Finding(0)).RunAsync();

    [Fact]
    public Task An_sdk_client_registered_in_DI_without_any_pipeline_is_reported()
        => new AnalyzerTest("""
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI;
            using OpenAI.Chat;

            static class Wiring
            {
                public static void Register(IServiceCollection services, string key)
                {
                    services.{|#0:AddSingleton|}(new OpenAIClient(key));
                    services.{|#1:AddScoped<ChatClient>|}(_ => new ChatClient("gpt-4o", key));
                    services.AddSingleton<System.Net.Http.HttpClient>();
                }
            }
            """, TestReferences.OpenAIWithDependencyInjection).OnlyRules("PLA3004").Expect(Finding(0), Finding(1)).RunAsync();

    [Fact]
    public Task Test_projects_are_not_reported()
        => Test("""
            public class ChatTests
            {
                [Xunit.Fact]
                public void Builds() => new ChatClientBuilder(new FakeClient()).Build();
            }

            sealed class FakeClient : IChatClient
            {
                public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => Task.FromResult(new ChatResponse());
                public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
                public object? GetService(Type serviceType, object? serviceKey = null) => null;
                public void Dispose() { }
            }
            """, TestReferences.TestProject).RunAsync();

    [Fact]
    public Task A_pipeline_while_typing_does_not_throw()
        => Test("""
            static class Wiring
            {
                public static void Register(IHostApplicationBuilder builder, IChatClient inner)
                {
                    builder.Services.AddChatClient(inner).
                }
            }
            """).Expect(DiagnosticResult.CompilerError("CS1001").WithSpan(13, 47, 13, 47), DiagnosticResult.CompilerError("CS1002").WithSpan(13, 47, 13, 47)).RunAsync();
}
