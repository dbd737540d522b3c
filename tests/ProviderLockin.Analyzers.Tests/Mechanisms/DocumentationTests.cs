using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>rules.md, docs/rules/*, AnalyzerReleases and README agree with the descriptors in code.</summary>
public class DocumentationTests
{
    private static readonly string Root = TestReferences.RepositoryRoot;

    public static IEnumerable<object[]> Rules => Descriptors.All.Select(d => new object[] { d.Id });

    [Fact]
    public void Rules_md_has_one_row_per_descriptor_with_matching_columns()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "rules.md"))
            .Select(line => Regex.Match(line, @"^\|\s*\[(PLA\d{4})\]\([^)]*\)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (Title: m.Groups[2].Value, Category: m.Groups[3].Value, Severity: m.Groups[4].Value, Fix: m.Groups[5].Value));

        Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(id => id), rows.Keys.OrderBy(id => id));
        var fixable = FixableIds();
        foreach (var descriptor in Descriptors.All)
        {
            var row = rows[descriptor.Id];
            Assert.Equal(descriptor.Title.ToString(), row.Title);
            Assert.Equal(descriptor.Category, row.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
            Assert.Equal(fixable.Contains(descriptor.Id) ? "Yes" : "No", row.Fix);
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_has_a_docs_page_with_the_expected_sections_and_a_help_link_to_it(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var page = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text);
        foreach (var section in new[] { "## Why", "## Bad", "## Good", "## Configuration", "## How to suppress" })
        {
            Assert.Contains(section, text);
        }

        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.EndsWith("/docs/rules/", Descriptors.HelpLinkBase);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_is_tracked_in_the_analyzer_release_files(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var releases = Path.Combine(Root, "src", "ProviderLockin.Analyzers");
        var text = File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(releases, "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|", RegexOptions.Multiline), text);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Readme_lists_each_rule(string id)
        => Assert.Contains($"[{id}](docs/rules/{id}.md)", File.ReadAllText(Path.Combine(Root, "README.md")));

    [Fact]
    public void Descriptor_ids_are_unique_and_in_their_category_range()
    {
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in Descriptors.All)
        {
            var expected = descriptor.Id[3] switch
            {
                '1' => RuleCategories.ProviderCoupling,
                '2' => RuleCategories.PromptPortability,
                '3' => RuleCategories.ExtractionRisk,
                '9' => RuleCategories.Configuration,
                _ => "unknown range",
            };
            Assert.Equal(expected, descriptor.Category);
        }
    }

    /// <summary>Each preset's globalconfig sets every rule, and docs/configuration.md shows the same severities.</summary>
    /// <summary>rules.md, the README table, page headers, configuration tables and presets are written by the generator.</summary>
    [Fact]
    public void Derived_docs_are_what_the_generator_writes()
    {
        var stale = ProviderLockin.DocGen.DocGenerator.Generate(Root)
            .Where(file => !File.Exists(Path.Combine(Root, file.Path)) || File.ReadAllText(Path.Combine(Root, file.Path)).Replace("\r\n", "\n") != file.Content)
            .Select(file => file.Path)
            .ToList();
        Assert.True(stale.Count == 0, $"Out of date: {string.Join(", ", stale)}. Run `{ProviderLockin.DocGen.DocGenerator.Command}` from the repository root and commit the result.");
    }

    [Fact]
    public void Presets_set_every_rule_as_the_configuration_page_documents()
    {
        var table = File.ReadAllLines(Path.Combine(Root, "docs", "configuration.md"))
            .Select(line => Regex.Match(line, @"^\|\s*\[(PLA\d{4})\]\([^)]*\)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => new[] { m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value });
        Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(id => id), table.Keys.OrderBy(id => id));

        var presets = new[] { "strict", "audit", "none" };
        var configured = presets.ToDictionary(p => p, p => ReadPreset(Path.Combine(Root, "src", "ProviderLockin.Package", "buildTransitive", "config", p + ".globalconfig")));
        foreach (var descriptor in Descriptors.All)
        {
            var row = table[descriptor.Id];
            Assert.Equal(EditorConfigSeverity(descriptor.DefaultSeverity), row[0]);
            for (var i = 0; i < presets.Length; i++)
            {
                Assert.True(configured[presets[i]].TryGetValue(descriptor.Id, out var severity), $"{presets[i]}.globalconfig does not set {descriptor.Id}");
                Assert.Equal(row[i + 1], severity);
            }
        }

        // Strict makes every rule an error, except the project-wide resilience checks and model retirements (a package
        // update with a newer catalogue must not break a build), which it makes warnings.
        var resilience = new[] { RuleIdentifiers.SingleProviderNoFallback, RuleIdentifiers.TestsCallPaidProvider, RuleIdentifiers.PipelineWithoutTelemetry, RuleIdentifiers.RetiredModelId };
        Assert.All(configured["strict"], p => Assert.Equal(resilience.Contains(p.Key) ? "warning" : "error", p.Value));
        Assert.All(configured["none"].Values, severity => Assert.Equal("none", severity));
        Assert.All(configured["audit"].Where(p => p.Key != RuleIdentifiers.InvalidConfiguration), p => Assert.Equal("suggestion", p.Value));
    }

    private static Dictionary<string, string> ReadPreset(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Contains("is_global = true", lines);
        Assert.Contains("global_level = -1", lines);
        return lines
            .Select(line => Regex.Match(line, @"^dotnet_diagnostic\.(PLA\d{4})\.severity\s*=\s*(\w+)\s*$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private static HashSet<string> FixableIds()
    {
        var assembly = Assembly.Load("ProviderLockin.CodeFixes");
        return assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
    }
}
