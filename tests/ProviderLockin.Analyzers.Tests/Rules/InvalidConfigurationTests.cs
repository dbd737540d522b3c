using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA9001: provider_lockin.* options that cannot be read are reported, and the default applies.</summary>
public class InvalidConfigurationTests() : RuleTests(new[] { "PLA1", "PLA3" })
{
    private const string UsesOpenAi = """
        class Business
        {
            public object Create(string key) => new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", key);
        }
        """;

    [Fact]
    public Task Malformed_boolean_is_reported_and_treated_as_false()
        => Test(UsesOpenAi)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_layer = yes
                """)
            .Expect(Config("provider_lockin.abstraction_layer", "yes", "expected true or false; using false"))
            .RunAsync();

    [Fact]
    public Task Invalid_duplicate_and_empty_list_entries_are_reported_and_the_rest_is_used()
        => Test("""
            namespace Shop.Ai
            {
                class InLayer { public object Create(string key) => new OpenAI.Chat.ChatClient("gpt-4o", key); }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai, Shop..Bad, Shop.Ai, ,
                provider_lockin.additional_endpoints =
                """)
            .Expect(
                Config("provider_lockin.abstraction_namespaces", "Shop..Bad", "not a namespace name (expected dotted identifiers such as Shop.Ai.Providers); the entry is ignored"),
                Config("provider_lockin.abstraction_namespaces", "Shop.Ai", "listed more than once"),
                Config("provider_lockin.abstraction_namespaces", "Shop.Ai, Shop..Bad, Shop.Ai, ,", "the list has an empty entry"),
                Config("provider_lockin.additional_endpoints", "", "the value is empty; remove the line or list at least one entry"))
            .RunAsync();

    /// <summary>The check at the end of the compilation reads the files that have options of ours, whether or not a rule read them.</summary>
    [Fact]
    public Task A_bad_value_is_reported_for_a_file_no_rule_reads()
        => Test(UsesOpenAi)
            .WithSource("/0/Quiet/Plain.cs", "class Plain { int One() => 1; }")
            .WithEditorConfig("""
                [**/Quiet/*.cs]
                provider_lockin.max_calls_per_loop = many
                provider_lockin.max_calls_per_loops = 3
                """)
            .Expect(
                Config("provider_lockin.max_calls_per_loop", "many", "expected a whole number of at least 1; using " + ProviderLockin.Analyzers.Configuration.OptionKeys.DefaultMaxCallsPerLoop),
                Config("provider_lockin.max_calls_per_loops", "3",
                    "unknown option; known options are " + string.Join(", ", ProviderLockin.Analyzers.Configuration.OptionKeys.All)))
            .RunAsync();

    [Fact]
    public Task Unknown_key_is_reported_with_the_known_keys()
        => Test(UsesOpenAi)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespace = Shop.Ai
                """)
            .Expect(Config("provider_lockin.abstraction_namespace", "Shop.Ai",
                "unknown option; known options are " + string.Join(", ", ProviderLockin.Analyzers.Configuration.OptionKeys.All)))
            .RunAsync();

    [Fact]
    public Task Namespace_that_is_both_sdk_and_abstraction_is_reported_and_treated_as_abstraction()
        => Test("""
            namespace Contoso.Llm
            {
                public class GatewayClient { public string Complete(string prompt) => prompt; }
            }

            class Business
            {
                string M(Contoso.Llm.GatewayClient client) => client.Complete("hi");
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Contoso.Llm
                provider_lockin.additional_sdk_namespaces = Contoso.Llm
                """)
            .Expect(Config("provider_lockin.additional_sdk_namespaces", "Contoso.Llm",
                "the namespace is also listed in provider_lockin.abstraction_namespaces; a namespace is either an SDK or the abstraction layer, it is treated as the abstraction layer"))
            .RunAsync();

    [Fact]
    public Task In_house_sdk_namespace_counts_as_a_provider()
        => Test("""
            namespace Contoso.LlmGateway
            {
                public sealed class GatewayClient { public string Complete(string prompt) => prompt; }
                public sealed class GatewayRequest { public string Prompt { get; set; } = ""; }

                // Real code (accuracy corpus): OpenAI_API names its client OpenAIAPI.
                public sealed class GatewayAPI { public string Ask(string prompt) => prompt; }
            }

            namespace Shop
            {
                class Business
                {
                    string M(Contoso.LlmGateway.{|#1:GatewayClient|} client)
                        => client.{|#0:Complete|}(new Contoso.LlmGateway.GatewayRequest { Prompt = "hi" }.Prompt);

                    string N() => new Contoso.LlmGateway.GatewayAPI().{|#2:Ask|}("hi");
                }
            }
            """, TestReferences.NoProvider)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.additional_sdk_namespaces = Contoso.LlmGateway
                """)
            .Expect(
                Verify.Diagnostic("PLA1001").WithLocation(0).WithArguments("GatewayClient.Complete", "Contoso.LlmGateway", "IChatClient"),
                Verify.Diagnostic("PLA1002").WithLocation(1).WithArguments("client", "Contoso.LlmGateway", "GatewayClient", "IChatClient"),
                Verify.Diagnostic("PLA1001").WithLocation(2).WithArguments("GatewayAPI.Ask", "Contoso.LlmGateway", "IChatClient"))
            .RunAsync();

    [Fact]
    public Task Numbers_out_of_range_and_bad_method_names_are_reported_and_defaults_apply()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Batch(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> items)
                {
                    for (var i = 0; i < 90; i++) { await chat.GetResponseAsync(items[i]); }
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.call_depth = deep
                provider_lockin.max_calls_per_loop = -5
                provider_lockin.throttle_methods = WaitTurnAsync
                """)
            .Expect(
                Config("provider_lockin.call_depth", "deep", "expected a whole number from 0 to 10; using 3"),
                Config("provider_lockin.max_calls_per_loop", "-5", "expected a whole number of at least 1; using 100"),
                Config("provider_lockin.throttle_methods", "WaitTurnAsync", "not a method name (expected Namespace.Type.Method, such as Contoso.Throttle.WaitTurnAsync); the entry is ignored"))
            .RunAsync();

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Config(string key, string value, string reason)
        => new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PLA9001", DiagnosticSeverity.Warning).WithArguments(key, value, reason);
}
