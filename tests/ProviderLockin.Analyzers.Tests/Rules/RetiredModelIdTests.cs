using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>
/// PLA2006: deprecated and retired model IDs, judged on the built-in catalogue's checked-on date (2026-11-30) unless
/// <c>provider_lockin.model_catalog_date</c> pins another day. The dates in these tests are the catalogue's; when it is
/// updated, a changed date here is expected.
/// </summary>
public class RetiredModelIdTests() : RuleTests("PLA2006")
{
    private static DiagnosticResult Retired(int location, string id, string provider, string date, string advice)
        => new DiagnosticResult("PLA2006", DiagnosticSeverity.Warning).WithLocation(location)
            .WithArguments(id, provider, "was retired on " + date + " (calls to it fail)", advice);

    private static DiagnosticResult Deprecated(int location, string id, string provider, string when, string advice)
        => new DiagnosticResult("PLA2006", DiagnosticSeverity.Info).WithLocation(location).WithArguments(id, provider, when, advice);

    [Fact]
    public Task Retired_model_is_a_warning_with_the_successor_and_deprecated_one_a_suggestion()
        => Test("""
            using Microsoft.Extensions.AI;

            class Factory
            {
                public object Create(string key) => new OpenAI.Chat.ChatClient({|#0:"gpt-4-32k"|}, key);

                public ChatOptions Options() => new() { ModelId = {|#1:"gpt-5-2025-08-07"|} };
            }
            """)
            .Expect(
                Retired(0, "gpt-4-32k", "OpenAI", "2025-06-06", "use 'gpt-4o' instead"),
                Deprecated(1, "gpt-5-2025-08-07", "OpenAI", "is deprecated and retires on 2026-12-11", "use 'gpt-5.6-sol' instead"))
            .RunAsync();

    /// <summary>Aliases are the catalogue's too; a replacement that is itself retired is followed to one that is not.</summary>
    [Fact]
    public Task Aliases_and_replacements_that_are_retired_themselves()
        => Test("""
            using Microsoft.Extensions.AI;

            class Choices
            {
                public ChatOptions Old() => new() { ModelId = {|#0:"gpt-3.5-turbo-0613"|} };
                public ChatOptions Alias() => new() { ModelId = {|#1:"gpt-4"|} };
            }
            """)
            .Expect(
                Retired(0, "gpt-3.5-turbo-0613", "OpenAI", "2024-09-13", "use 'gpt-5.6-terra' instead"),
                Retired(1, "gpt-4", "OpenAI", "2026-10-23", "use 'gpt-5.6-sol' instead"))
            .RunAsync();

    /// <summary>Unlike PLA2002, the abstraction layer and configuration classes are checked: a retired ID breaks there too.</summary>
    [Fact]
    public Task Abstraction_layer_configuration_classes_and_constants_are_checked()
        => Test("""
            namespace Shop.Ai.Providers
            {
                sealed class OpenAiFactory
                {
                    public object Create(string key) => new OpenAI.Chat.ChatClient({|#0:"gpt-4-32k"|}, key);
                }
            }

            namespace Shop.Orders
            {
                public sealed class AiOptions
                {
                    public string ChatModel { get; set; } = {|#1:"claude-opus-4-1-20250805"|};
                }

                static class Models
                {
                    public const string Legacy = {|#2:"claude-2.1"|};
                    public const string Word = "ada";
                }

                class Summaries
                {
                    // The constant is reported once, where it is declared, not at every use.
                    public Microsoft.Extensions.AI.ChatOptions Use() => new() { ModelId = Models.Legacy };
                }
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop.Ai.Providers
                """)
            .Expect(
                Retired(0, "gpt-4-32k", "OpenAI", "2025-06-06", "use 'gpt-4o' instead"),
                Retired(1, "claude-opus-4-1-20250805", "Anthropic", "2026-08-05", "use 'claude-opus-4-8' instead"),
                Retired(2, "claude-2.1", "Anthropic", "2025-07-21", "use 'claude-opus-4-8' instead"))
            .RunAsync();

    /// <summary>The cloud forms PLA2002 reads: Bedrock cross-region profiles and ARNs, Gemini's models/ prefix, JSON bodies.</summary>
    [Fact]
    public Task Cloud_id_forms_and_request_bodies()
        => Test("""
            using System.Net.Http;
            using Microsoft.Extensions.AI;

            class Requests
            {
                public object Build()
                {
                    _ = new ChatOptions { ModelId = {|#0:"us.anthropic.claude-sonnet-4-5-20250929-v1:0"|} };
                    _ = new ChatOptions { ModelId = {|#1:"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"|} };
                    _ = new ChatOptions { ModelId = {|#2:"models/gemini-1.5-pro-002"|} };
                    return new StringContent("{\"model\":\"{|#3:claude-3-opus-20240229|}\",\"max_tokens\":100}");
                }
            }
            """)
            .Expect(
                Deprecated(0, "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "AWS Bedrock", "is deprecated and retires on 2027-04-08", "move to a current model"),
                Retired(1, "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0", "AWS Bedrock", "2026-06-19", "move to a current model"),
                Retired(2, "models/gemini-1.5-pro-002", "Google Vertex AI", "2025-09-24", "use 'gemini-2.5-flash' instead"),
                Retired(3, "claude-3-opus-20240229", "Anthropic", "2026-01-05", "use 'claude-opus-4-8' instead"))
            .RunAsync();

    /// <summary>Anthropic's SDK names models as enum members; the wire ID is the member's words and numbers, dashed.</summary>
    [Fact]
    public Task Sdk_model_enum_members_are_checked_by_the_id_they_stand_for()
        => Test("""
            using Anthropic.Models.Messages;

            class Choices
            {
                public object Old() => Model.{|#0:ClaudeSonnet4_5_20250929|};
                public object Current() => Model.ClaudeSonnet5_5;
            }
            """)
            .Expect(Retired(0, "claude-sonnet-4-5-20250929", "Anthropic", "2026-11-30", "the provider recommends Claude Sonnet 5.5"))
            .RunAsync();

    /// <summary>A date the provider gives as the earliest shutdown is never judged a retirement.</summary>
    [Fact]
    public Task Earliest_shutdown_dates_stay_deprecations()
        => Test("""
            class Choices
            {
                public Microsoft.Extensions.AI.ChatOptions Use() => new() { ModelId = {|#0:"gemini-2.0-flash"|} };
            }
            """)
            .Expect(Deprecated(0, "gemini-2.0-flash", "Google Gemini API", "is deprecated and may be shut down any day since 2026-06-01", "use 'gemini-3.6-flash' instead"))
            .RunAsync();

    /// <summary>Look-alikes: current models, model names in prose, other keys, and words that are also (ancient) model IDs.</summary>
    [Fact]
    public Task Current_models_prose_and_other_keys_are_not_reported()
        => Test("""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;

            class Fine
            {
                private const string Greeting = "We moved off gpt-4-32k last year.";
                private const string Name = "ada";
                private static readonly string Label = "GPT-4-32K";

                public object Use()
                {
                    _ = new ChatOptions { ModelId = "gpt-4o" };
                    _ = new ChatOptions { ModelId = "claude-sonnet-4-6" };
                    var body = new Dictionary<string, string> { ["name"] = "gpt-4-32k", ["title"] = "claude-2.1" };
                    return (Greeting, Name, Label, body);
                }
            }
            """).RunAsync();

    [Fact]
    public Task Catalogue_date_looks_ahead_or_back()
        => Test("""
            using Microsoft.Extensions.AI;

            class Choices
            {
                public ChatOptions Transcribe() => new() { ModelId = {|#0:"whisper-1"|} };
                public ChatOptions Old() => new() { ModelId = {|#1:"gpt-4-32k"|} };
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.model_catalog_date = 2027-03-01
                """)
            .Expect(
                Retired(0, "whisper-1", "OpenAI", "2027-02-26", "the provider recommends gpt-live-transcribe or gpt-transcribe"),
                Retired(1, "gpt-4-32k", "OpenAI", "2025-06-06", "use 'gpt-4o' instead"))
            .RunAsync();

    [Fact]
    public Task Catalogue_date_in_the_past_sees_what_was_only_deprecated_then()
        => Test("""
            class Choices
            {
                public Microsoft.Extensions.AI.ChatOptions Old() => new() { ModelId = {|#0:"gpt-4-32k"|} };
                public Microsoft.Extensions.AI.ChatOptions Later() => new() { ModelId = "gpt-4-0613" };
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.model_catalog_date = 2025-01-01
                """)
            .Expect(Deprecated(0, "gpt-4-32k", "OpenAI", "is deprecated and retires on 2025-06-06", "use 'gpt-4o' instead"))
            .RunAsync();

    [Fact]
    public Task A_bad_catalogue_date_is_a_configuration_error()
        => Test("""
            class Choices
            {
                public Microsoft.Extensions.AI.ChatOptions Old() => new() { ModelId = {|#0:"gpt-4-32k"|} };
            }
            """)
            .WithEditorConfig("""
                [*.cs]
                provider_lockin.model_catalog_date = 01/03/2027
                """)
            .Expect(
                Retired(0, "gpt-4-32k", "OpenAI", "2025-06-06", "use 'gpt-4o' instead"),
                new DiagnosticResult("PLA9001", DiagnosticSeverity.Warning).WithArguments(
                    "provider_lockin.model_catalog_date", "01/03/2027", "expected a date as yyyy-MM-dd (such as 2027-03-01); using the model catalogue's own date"))
            .RunAsync();

    /// <summary>A team's own catalogue: a fine-tune's retirement, an override, and an Azure deployment mapped to a model version.</summary>
    [Fact]
    public Task Users_models_json_extends_and_overrides_the_catalogue()
    {
        var test = Test("""
            using Microsoft.Extensions.AI;

            class Choices
            {
                public ChatOptions FineTune() => new() { ModelId = {|#0:"ft:gpt-4o-mini:contoso::support-v1"|} };
                public ChatOptions Kept() => new() { ModelId = "gpt-4-32k" };
                public ChatOptions Deployment() => new() { ModelId = {|#1:"chat-prod"|} };
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/contoso.models.json", """
            {
              "models": [
                { "id": "ft:gpt-4o-mini:contoso::support-v1", "provider": "OpenAI", "retired": "2026-10-01", "replacement": "ft:gpt-4.1-mini:contoso::support-v2" },
                { "id": "gpt-4-32k", "note": "served by our gateway's cache, not by OpenAI" },
                { "id": "chat-prod", "model": "gpt-4o", "modelVersion": "2024-08-06" }
              ]
            }
            """));
        return test.Expect(
                Retired(0, "ft:gpt-4o-mini:contoso::support-v1", "OpenAI", "2026-10-01", "use 'ft:gpt-4.1-mini:contoso::support-v2' instead"),
                Retired(1, "chat-prod", "Azure OpenAI", "2026-03-31", "use 'gpt-5.1' instead"))
            .RunAsync();
    }

    [Fact]
    public Task A_broken_models_json_is_a_configuration_error_at_its_line()
    {
        var test = Test("""
            class Choices
            {
                public Microsoft.Extensions.AI.ChatOptions Old() => new() { ModelId = {|#0:"gpt-4-32k"|} };
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/team.models.json", """
            {
              "models": [
                { "id": "house-model", "retired": "31.12.2026" },
                { "id": "chat-prod", "model": "gpt-4o", "modelVersion": "1999-01-01" },
                { "id": "other", "retire": "2026-01-01" }
              ]
            }
            """));
        return test.Expect(
                Retired(0, "gpt-4-32k", "OpenAI", "2025-06-06", "use 'gpt-4o' instead"),
                new DiagnosticResult("PLA9001", DiagnosticSeverity.Warning).WithSpan("/0/team.models.json", 3, 1, 3, 1)
                    .WithArguments("team.models.json", "house-model: retired", "not a date (expected yyyy-MM-dd, such as 2026-03-31)"),
                new DiagnosticResult("PLA9001", DiagnosticSeverity.Warning).WithSpan("/0/team.models.json", 4, 1, 4, 1)
                    .WithArguments("team.models.json", "chat-prod", "the catalogue has no Azure OpenAI model 'gpt-4o' version '1999-01-01'; give \"deprecated\" / \"retired\" dates instead"),
                new DiagnosticResult("PLA9001", DiagnosticSeverity.Warning).WithSpan("/0/team.models.json", 5, 1, 5, 1)
                    .WithArguments("team.models.json", "other: retire", "unknown property; known properties are provider, id, modelVersion, model, aliases, deprecated, retired, retiredIsEarliest, replacement, source, checkedOn, note, seenIn"))
            .RunAsync();
    }

    [Fact]
    public Task Prompty_front_matter_and_appsettings_values()
    {
        var test = Test("class Empty { }");
        test.TestState.AdditionalFiles.Add(("/0/Prompts/support.prompty", """
            ---
            name: Support
            model:
              api: chat
              configuration:
                type: openai
                model: gpt-5-2025-08-07
            ---
            system:
            You help customers.
            """));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", """
            {
              "AI": {
                "ChatModel": "claude-3-haiku-20240307",
                "Title": "claude-3-haiku-20240307",
                "Embedding": { "DeploymentName": "gpt-4o" }
              }
            }
            """));
        return test.Expect(
                new DiagnosticResult("PLA2006", DiagnosticSeverity.Info).WithSpan("/0/Prompts/support.prompty", 7, 12, 7, 28)
                    .WithArguments("gpt-5-2025-08-07", "OpenAI", "is deprecated and retires on 2026-12-11", "use 'gpt-5.6-sol' instead"),
                new DiagnosticResult("PLA2006", DiagnosticSeverity.Warning).WithSpan("/0/appsettings.Production.json", 3, 19, 3, 42)
                    .WithArguments("claude-3-haiku-20240307", "Anthropic", "was retired on 2026-04-20 (calls to it fail)", "use 'claude-haiku-4-5-20251001' instead"))
            .RunAsync();
    }

    [Theory]
    [InlineData("_ = new OpenAI.Chat.ChatClient(\"gpt-4-32k\"")]
    [InlineData("_ = new Microsoft.Extensions.AI.ChatOptions { ModelId = \"claude-2.1")]
    [InlineData("const string M = \"gpt-4-32k")]
    [InlineData("_ = new Microsoft.Extensions.AI.ChatOptions { ModelId = \"gpt-4-32k\" ")]
    public async Task Incomplete_code_does_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            class Typing
            {
                public string Model { get; set; } = "claude-2.1
                void M()
                {
                    {{statement}}
                }
            }
            """);
        Assert.Empty(result.Exceptions);
    }
}
