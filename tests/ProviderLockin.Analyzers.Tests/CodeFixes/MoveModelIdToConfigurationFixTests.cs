using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class MoveModelIdToConfigurationFixTests
{
    [Fact]
    public Task Creates_the_catalogue_on_first_use_with_one_member_per_model()
        => new CodeFixTest<MoveModelIdToConfigurationFix>("""
            using Microsoft.Extensions.AI;

            namespace Shop.Orders;

            class Summaries
            {
                public ChatOptions Fast() => new() { ModelId = {|PLA2002:"gpt-4o-mini"|} };
                public ChatOptions Smart() => new() { ModelId = {|PLA2002:"gpt-4o"|} };
                public ChatOptions AlsoFast() => new() { ModelId = {|PLA2002:"gpt-4o-mini"|} };
            }
            """, """
            using Microsoft.Extensions.AI;

            namespace Shop.Orders;

            class Summaries
            {
                public ChatOptions Fast() => new() { ModelId = ModelConfiguration.Gpt4oMini };
                public ChatOptions Smart() => new() { ModelId = ModelConfiguration.Gpt4o };
                public ChatOptions AlsoFast() => new() { ModelId = ModelConfiguration.Gpt4oMini };
            }

            /// <summary>
            /// The model IDs the application uses, in one place. Bind them from configuration (an options class) to switch
            /// models or providers without a release.
            /// </summary>
            public static class ModelConfiguration
            {
                public const string Gpt4oMini = "gpt-4o-mini";
                public const string Gpt4o = "gpt-4o";
            }
            """).OnlyRules("PLA2002").RunAsync();

    /// <summary>
    /// Regression (real code): Fix All put the catalogue into whichever example file came first. Without an abstraction
    /// namespace it joins the project's settings type, where a reader looks for configuration; no file is added.
    /// </summary>
    [Fact]
    public Task Fix_all_puts_the_catalogue_next_to_the_projects_settings_type()
    {
        var test = new CodeFixTest<MoveModelIdToConfigurationFix>("""
            namespace Shop.Examples;

            class AExample
            {
                public Microsoft.Extensions.AI.ChatOptions Fast() => new() { ModelId = {|PLA2002:"gpt-4o-mini"|} };
            }
            """, """
            using Shop.Configuration;

            namespace Shop.Examples;

            class AExample
            {
                public Microsoft.Extensions.AI.ChatOptions Fast() => new() { ModelId = ModelConfiguration.Gpt4oMini };
            }
            """).OnlyRules("PLA2002");
        test.TestState.Sources.Add(("/0/Test1.cs", """
            namespace Shop.Configuration;

            public sealed class AiSettings
            {
                public string Endpoint { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("/0/Test1.cs", """
            namespace Shop.Configuration;

            public sealed class AiSettings
            {
                public string Endpoint { get; set; } = "";
            }

            /// <summary>
            /// The model IDs the application uses, in one place. Bind them from configuration (an options class) to switch
            /// models or providers without a release.
            /// </summary>
            public static class ModelConfiguration
            {
                public const string Gpt4oMini = "gpt-4o-mini";
            }
            """));
        return test.RunAsync();
    }

    /// <summary>Where the code can read an IConfiguration, the model is bound from it with the catalogue's value as the default.</summary>
    [Fact]
    public Task Binds_from_configuration_where_the_code_can_read_one()
        => new CodeFixTest<MoveModelIdToConfigurationFix>("""
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            namespace Shop.Orders;

            class Summaries(IConfiguration configuration)
            {
                public ChatOptions Fast() => new() { ModelId = {|PLA2002:"gpt-4o-mini"|} };
                public static ChatOptions Smart() => new() { ModelId = {|PLA2002:"gpt-4o"|} };
            }
            """, """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            namespace Shop.Orders;

            class Summaries(IConfiguration configuration)
            {
                public ChatOptions Fast() => new() { ModelId = configuration["Models:Gpt4oMini"] ?? ModelConfiguration.Gpt4oMini };
                public static ChatOptions Smart() => new() { ModelId = ModelConfiguration.Gpt4o };
            }

            /// <summary>
            /// The model IDs the application uses, in one place. Bind them from configuration (an options class) to switch
            /// models or providers without a release.
            /// </summary>
            public static class ModelConfiguration
            {
                public const string Gpt4oMini = "gpt-4o-mini";
                public const string Gpt4o = "gpt-4o";
            }
            """).OnlyRules("PLA2002").RunAsync();

    [Fact]
    public Task Goes_into_the_abstraction_namespace_when_one_is_configured()
        => new CodeFixTest<MoveModelIdToConfigurationFix>("""
            namespace Shop.Ai.Providers
            {
                public sealed class OpenAiChat { }
            }

            namespace Shop.Orders
            {
                class Summaries
                {
                    public Microsoft.Extensions.AI.ChatOptions Fast() => new() { ModelId = {|PLA2002:"gpt-4o-mini"|} };
                }
            }
            """, """
            using Shop.Ai.Providers;

            namespace Shop.Ai.Providers
            {
                public sealed class OpenAiChat { }

                /// <summary>
                /// The model IDs the application uses, in one place. Bind them from configuration (an options class) to switch
                /// models or providers without a release.
                /// </summary>
                public static class ModelConfiguration
                {
                    public const string Gpt4oMini = "gpt-4o-mini";
                }
            }

            namespace Shop.Orders
            {
                class Summaries
                {
                    public Microsoft.Extensions.AI.ChatOptions Fast() => new() { ModelId = ModelConfiguration.Gpt4oMini };
                }
            }
            """).OnlyRules("PLA2002").WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """).RunAsync();

    [Fact]
    public Task Reuses_an_existing_catalogue_and_its_members()
    {
        var test = new CodeFixTest<MoveModelIdToConfigurationFix>("""
            using Microsoft.Extensions.AI;

            namespace Shop.Ai.Providers
            {
                public static class ModelConfiguration
                {
                    public const string Gpt4o = "gpt-4o";
                }
            }

            namespace Shop.Orders
            {
                class Summaries
                {
                    public ChatOptions Smart() => new() { ModelId = {|PLA2002:"gpt-4o"|} };
                    public ChatOptions Claude() => new() { ModelId = {|PLA2002:"claude-sonnet-4-5-20250929"|} };
                }
            }
            """, """
            using Microsoft.Extensions.AI;
            using Shop.Ai.Providers;

            namespace Shop.Ai.Providers
            {
                public static class ModelConfiguration
                {
                    public const string Gpt4o = "gpt-4o";
                    public const string ClaudeSonnet4520250929 = "claude-sonnet-4-5-20250929";
                }
            }

            namespace Shop.Orders
            {
                class Summaries
                {
                    public ChatOptions Smart() => new() { ModelId = ModelConfiguration.Gpt4o };
                    public ChatOptions Claude() => new() { ModelId = ModelConfiguration.ClaudeSonnet4520250929 };
                }
            }
            """).OnlyRules("PLA2002");
        return test.RunAsync();
    }

    [Theory]
    [InlineData("gpt-4o-mini", "Gpt4oMini")]
    [InlineData("claude-sonnet-4-5-20250929", "ClaudeSonnet4520250929")]
    [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0", "AnthropicClaude35Sonnet20241022V20")]
    [InlineData("llama3.1:8b", "Llama318b")]
    [InlineData("o4-mini", "O4Mini")]
    public void Member_names_are_identifiers(string modelId, string name)
        => Assert.Equal(name, MoveModelIdToConfigurationFix.MemberName(modelId));
}
