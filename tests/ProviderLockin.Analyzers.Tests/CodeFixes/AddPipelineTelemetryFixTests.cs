using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>PLA3004 fix: UseOpenTelemetry() (or UseLogging() on a host's services) goes last in the builder chain.</summary>
public class AddPipelineTelemetryFixTests
{
    private static CodeFixTest<AddPipelineTelemetryFix> Test(string source, string fixedSource)
        => new CodeFixTest<AddPipelineTelemetryFix>(source, fixedSource, TestReferences.App).OnlyRules("PLA3004");

    [Fact]
    public Task UseOpenTelemetry_goes_before_Build_or_at_the_end_of_the_registration_following_the_layout()
        => Test("""
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            static class Wiring
            {
                public static void Register(IServiceCollection services, IChatClient inner)
                {
                    services.{|PLA3004:AddChatClient|}(inner)
                        .UseFunctionInvocation();
                }

                public static IChatClient Build(IChatClient inner) => inner.{|PLA3004:AsBuilder|}().UseFunctionInvocation().Build();

                public static IChatClient Create(IChatClient inner)
                {
                    var builder = new {|PLA3004:ChatClientBuilder|}(inner);
                    builder.UseFunctionInvocation();
                    return builder.Build();
                }
            }
            """, """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            static class Wiring
            {
                public static void Register(IServiceCollection services, IChatClient inner)
                {
                    services.AddChatClient(inner)
                        .UseFunctionInvocation()
                        .UseOpenTelemetry();
                }

                public static IChatClient Build(IChatClient inner) => inner.AsBuilder().UseFunctionInvocation().UseOpenTelemetry().Build();

                public static IChatClient Create(IChatClient inner)
                {
                    var builder = new ChatClientBuilder(inner).UseOpenTelemetry();
                    builder.UseFunctionInvocation();
                    return builder.Build();
                }
            }
            """).RunAsync();

    [Fact]
    public Task UseLogging_is_offered_on_a_host_builders_services()
    {
        var test = Test("""
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            static class Wiring
            {
                public static void Register(HostApplicationBuilder builder, IChatClient inner, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    builder.Services.{|PLA3004:AddChatClient|}(inner);
                    builder.Services.{|PLA3004:AddEmbeddingGenerator|}(embeddings);
                }
            }
            """, """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            static class Wiring
            {
                public static void Register(HostApplicationBuilder builder, IChatClient inner, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    builder.Services.AddChatClient(inner).UseLogging();
                    builder.Services.AddEmbeddingGenerator(embeddings).UseLogging();
                }
            }
            """);
        test.CodeActionEquivalenceKey = AddPipelineTelemetryFix.LoggingKey;
        test.CodeActionIndex = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task UseLogging_is_not_offered_where_no_logger_factory_is_certain()
    {
        var test = Test("""
            using Microsoft.Extensions.AI;

            static class Wiring
            {
                public static IChatClient Build(IChatClient inner) => new {|PLA3004:ChatClientBuilder|}(inner).Build();
            }
            """, """
            using Microsoft.Extensions.AI;

            static class Wiring
            {
                public static IChatClient Build(IChatClient inner) => new {|PLA3004:ChatClientBuilder|}(inner).Build();
            }
            """);
        test.CodeActionEquivalenceKey = AddPipelineTelemetryFix.LoggingKey;
        return test.RunAsync();
    }

    [Fact]
    public Task An_sdk_client_registered_without_a_pipeline_gets_no_fix()
    {
        const string source = """
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI;

            static class Wiring
            {
                public static void Register(IServiceCollection services, string key) => services.{|PLA3004:AddSingleton|}(new OpenAIClient(key));
            }
            """;
        return new CodeFixTest<AddPipelineTelemetryFix>(source, source, TestReferences.OpenAIWithDependencyInjection).OnlyRules("PLA3004").RunAsync();
    }
}
