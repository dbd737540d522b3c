using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProviderLockin.Analyzers.Catalog;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>The model catalogue behind PLA2006 is data: these tests keep it well-formed and sourced.</summary>
public class ModelLifecycleTests
{
    private static string CatalogueText()
    {
        using var stream = typeof(ModelLifecycle).Assembly.GetManifestResourceStream(ModelLifecycle.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_built_in_catalogue_has_no_problems()
    {
        Assert.Empty(ModelLifecycle.BuiltInProblems.Select(p => "line " + p.Line + ": " + p.Value + ": " + p.Reason));
        Assert.True(ModelLifecycle.BuiltIn.Entries.Count >= 200);
    }

    [Fact]
    public void Every_entry_names_its_source_and_was_checked_no_later_than_the_catalogue()
    {
        var catalogue = ModelLifecycle.BuiltIn;
        foreach (var entry in catalogue.Entries)
        {
            Assert.StartsWith("https://", entry.Source);
            Assert.NotNull(entry.CheckedOn);
            Assert.True(entry.CheckedOn <= catalogue.CheckedOn, entry.Id + " was checked after the catalogue's date");
            Assert.True(entry.Deprecated is not null || entry.Retired is not null, entry.Id + " has no date");
            Assert.False(entry.Deprecated > entry.Retired, entry.Id + " is deprecated after it retires");
        }
    }

    [Fact]
    public void Every_provider_the_issue_names_is_covered()
    {
        var providers = ModelLifecycle.BuiltIn.Entries.Select(e => e.Provider).ToHashSet();
        foreach (var provider in new[] { "OpenAI", "Azure OpenAI", "Anthropic", "Google Gemini API", "Google Vertex AI", "AWS Bedrock", "Mistral" })
        {
            Assert.Contains(provider, providers);
        }
    }

    /// <summary>The test that keeps the catalogue honest must itself fail on a missing source or a malformed date.</summary>
    [Theory]
    [InlineData("\"source\": \"https://developers.openai.com/api/docs/deprecations\",", "", "no \"source\"")]
    [InlineData("\"retired\": \"2025-06-06\"", "\"retired\": \"2025-6-6\"", "not a date")]
    [InlineData("\"deprecated\": \"2024-06-06\"", "\"deprecated\": \"2026-06-06\"", "\"deprecated\" is after \"retired\"")]
    [InlineData("\"checkedOn\": \"2026-11-30\",\n      \"note\"", "\"note\"", "no \"checkedOn\" date")]
    public void A_broken_entry_is_caught(string original, string broken, string expectedReason)
    {
        var text = CatalogueText();
        var at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, "the catalogue no longer contains " + original);
        var problems = new List<ModelFileProblem>();
        ModelLifecycle.Parse(text.Remove(at, original.Length).Insert(at, broken), ModelLifecycle.BuiltInOrigin, builtIn: true, problems, out _);
        Assert.Contains(problems, p => p.Reason.Contains(expectedReason, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_successor_chain_ends()
    {
        var catalogue = ModelLifecycle.BuiltIn;
        foreach (var entry in catalogue.Entries)
        {
            // Terminates by construction; a successor is never the model itself and never retired on the catalogue's day.
            var successor = catalogue.SuccessorOn(entry, catalogue.CheckedOn);
            if (successor is not null)
            {
                Assert.NotEqual(entry.Id, successor);
                Assert.False(catalogue.TryFind(successor, out var next) && next.StatusOn(catalogue.CheckedOn) == ModelStatus.Retired, successor);
            }
        }
    }

    [Theory]
    [InlineData("gpt-4-32k", "gpt-4-32k")]
    [InlineData("gpt-4-32k-0613", "gpt-4-32k")]
    [InlineData("us.anthropic.claude-3-5-haiku-20241022-v1:0", "anthropic.claude-3-5-haiku-20241022-v1:0")]
    [InlineData("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0", "anthropic.claude-3-5-haiku-20241022-v1:0")]
    [InlineData("models/gemini-2.0-flash", "gemini-2.0-flash")]
    [InlineData("publishers/google/models/gemini-1.5-pro-002", "gemini-1.5-pro-002")]
    public void Cloud_forms_find_the_entry(string value, string id)
    {
        Assert.True(ModelLifecycle.BuiltIn.TryFind(value, out var entry));
        Assert.Equal(id, entry.Id);
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("GPT-4-32K")]
    [InlineData("gpt-4-32k-turbo")]
    [InlineData("my.deployment")]
    [InlineData("https://cdn.example.com/archive/gpt-4-32k")]
    [InlineData("docs/gpt-4-32k")]
    public void Other_values_are_not_found(string value)
        => Assert.False(ModelLifecycle.BuiltIn.TryFind(value, out _));

    /// <summary>Azure OpenAI rows are model versions; code names deployments, so they apply only through a user's mapping.</summary>
    [Fact]
    public void Azure_model_versions_are_not_matched_by_name()
    {
        Assert.Contains(ModelLifecycle.BuiltIn.Entries, e => e.Provider == "Azure OpenAI" && e.Id == "gpt-4o" && e.ModelVersion == "2024-08-06");
        Assert.False(ModelLifecycle.BuiltIn.TryFind("gpt-4o", out _));
    }

    [Fact]
    public void Status_is_judged_on_the_given_day_only()
    {
        Assert.True(ModelLifecycle.BuiltIn.TryFind("gpt-4-0613", out var entry));
        Assert.Equal(ModelStatus.Current, entry.StatusOn(new DateTime(2026, 4, 21)));
        Assert.Equal(ModelStatus.Deprecated, entry.StatusOn(new DateTime(2026, 4, 22)));
        Assert.Equal(ModelStatus.Deprecated, entry.StatusOn(new DateTime(2026, 10, 22)));
        Assert.Equal(ModelStatus.Retired, entry.StatusOn(new DateTime(2026, 10, 23)));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "expected an object with a \"models\" array")]
    [InlineData("{ \"models\": [ { \"retired\": \"2026-01-01\" } ] }", "every model needs an \"id\"")]
    [InlineData("{ \"models\": [ { \"id\": \"a\", \"aliases\": \"b\" } ] }", "\"aliases\" must be an array")]
    [InlineData("{ \"models\": [ { \"id\": \"a\" }, { \"id\": \"a\" } ] }", "listed more than once")]
    [InlineData("{ \"models\": [], \"model\": [] }", "unknown property")]
    public void Users_files_get_clear_problems(string text, string reason)
    {
        var problems = new List<ModelFileProblem>();
        ModelLifecycle.Parse(text, "/repo/team.models.json", builtIn: false, problems, out _);
        Assert.Contains(problems, p => p.Reason.Contains(reason, StringComparison.Ordinal));
    }
}
