using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes;

namespace ProviderLockin.DocGen;

/// <summary>
/// The documentation derived from the descriptors, the code fixes, the presets and the option definitions. Whole files
/// (rules.md, the preset .globalconfig files) are written from scratch; in hand-written pages only the blocks between
/// <c>&lt;!-- generated:NAME --&gt;</c> and <c>&lt;!-- end generated --&gt;</c> are replaced, and the README keeps each
/// rule's hand-written summary.
/// </summary>
public static class DocGenerator
{
    public const string Command = "dotnet run --project tests/ProviderLockin.DocGen";

    private const string End = "<!-- end generated -->";

    /// <summary>Every derived file: path relative to the root (forward slashes) → its content.</summary>
    public static IReadOnlyList<(string Path, string Content)> Generate(string root)
    {
        var fixable = new HashSet<string>(CodeFixCatalog.CreateAll().SelectMany(f => f.FixableDiagnosticIds), StringComparer.Ordinal);
        var rules = Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var files = new List<(string, string)>
        {
            ("rules.md", RulesCatalog(rules, fixable)),
            ("README.md", Replace(Read(root, "README.md"), "rule-table", ReadmeTable(rules, Read(root, "README.md")))),
            ("docs/configuration.md", Replace(Replace(Read(root, "docs/configuration.md"), "option-keys", OptionTable()), "preset-table", PresetTable(rules))),
        };

        foreach (var preset in Presets.Names)
        {
            files.Add(($"src/ProviderLockin.Package/buildTransitive/config/{preset.ToLowerInvariant()}.globalconfig", PresetFile(preset, rules)));
        }

        foreach (var rule in rules)
        {
            var page = $"docs/rules/{rule.Id}.md";
            files.Add((page, Replace(Read(root, page), "header", PageHeader(rule, fixable))));
        }

        return files;
    }

    private static string RulesCatalog(IReadOnlyList<DiagnosticDescriptor> rules, HashSet<string> fixable)
    {
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("Every diagnostic ProviderLockin reports. Each ID links to its page: why it matters, a bad and a good example,\n");
        text.Append("configuration and how to suppress it.\n\n");
        text.Append("Generated from the descriptors and the code fixes by\n`" + Command + "`; a test fails when it is out of date.\n\n");
        text.Append("| ID | Title | Category | Default severity | Code fix |\n");
        text.Append("|----|-------|----------|------------------|----------|\n");
        foreach (var rule in rules)
        {
            text.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title} | {rule.Category} | {rule.DefaultSeverity} | {(fixable.Contains(rule.Id) ? "Yes" : "No")} |\n");
        }

        text.Append("\nID ranges: `PLA1xxx` provider coupling, `PLA2xxx` prompt portability, `PLA3xxx` usage patterns that look like\n");
        text.Append("model extraction, `PLA9xxx` configuration errors.\n");
        return text.ToString();
    }

    /// <summary>One row per rule; the "What" column is hand-written and kept, a new rule starts with its title.</summary>
    private static string ReadmeTable(IReadOnlyList<DiagnosticDescriptor> rules, string readme)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match row in Regex.Matches(readme, @"^\| \[(PLA\d{4})\]\(docs/rules/PLA\d{4}\.md\) \| (.*) \| \w+ \|$", RegexOptions.Multiline))
        {
            summaries[row.Groups[1].Value] = row.Groups[2].Value;
        }

        var text = new StringBuilder();
        text.Append("| ID | What | Severity |\n");
        text.Append("|----|------|----------|\n");
        foreach (var rule in rules)
        {
            var what = summaries.TryGetValue(rule.Id, out var summary) ? summary : rule.Title.ToString();
            text.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {what} | {rule.DefaultSeverity} |\n");
        }

        return text.ToString();
    }

    private static string OptionTable()
    {
        var text = new StringBuilder();
        text.Append("| Key | Type | Default | Applies to | Example |\n");
        text.Append("|-----|------|---------|------------|---------|\n");
        foreach (var option in OptionKeys.Definitions)
        {
            text.Append($"| `{option.Key}` | {option.Type} | {option.Default} | {option.AppliesTo} | {option.Example} |\n");
        }

        return text.ToString();
    }

    private static string PresetTable(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("| Rule | `Default` | " + string.Join(" | ", Presets.Names.Select(p => $"`{p}`")) + " |\n");
        text.Append("|------|-----------|" + string.Concat(Presets.Names.Select(p => new string('-', p.Length + 4) + "|")) + "\n");
        foreach (var rule in rules)
        {
            text.Append($"| [{rule.Id}](rules/{rule.Id}.md) | {Presets.EditorConfigSeverity(rule.DefaultSeverity)} | "
                + string.Join(" | ", Presets.Names.Select(p => Presets.Severity(p, rule))) + " |\n");
        }

        return text.ToString();
    }

    private static string PresetFile(string preset, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append($"# ProviderLockinAnalysisMode = {preset}: {Presets.Summary(preset)}\n");
        text.Append("# Shipped in the ProviderLockin.Analyzers package; your .editorconfig and .globalconfig settings win over it.\n");
        text.Append("# Generated by " + Command + ".\n");
        text.Append("is_global = true\n");
        text.Append("global_level = -1\n\n");
        foreach (var rule in rules)
        {
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = {Presets.Severity(preset, rule)}\n");
        }

        return text.ToString();
    }

    private static string PageHeader(DiagnosticDescriptor rule, HashSet<string> fixable)
    {
        var strict = Presets.Severity("Strict", rule);
        var severity = rule.DefaultSeverity + (strict == "error" ? string.Empty : $" ({strict} in the `Strict` preset)");
        return "| | |\n|---|---|\n"
            + $"| Category | {rule.Category} |\n"
            + $"| Default severity | {severity} |\n"
            + $"| Code fix | {(fixable.Contains(rule.Id) ? "Yes" : "No")} |\n";
    }

    private static string Read(string root, string path)
    {
        var full = Path.Combine(root, path);
        return File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
    }

    /// <summary>Replaces the block between <c>&lt;!-- generated:NAME --&gt;</c> and the next end marker.</summary>
    private static string Replace(string text, string name, string block)
    {
        var start = "<!-- generated:" + name + " -->";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(End, from, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            throw new InvalidOperationException($"missing '{start}' ... '{End}' block; add the two markers where the generated table goes");
        }

        return text[..(from + start.Length)] + "\n" + block + text[to..];
    }
}
