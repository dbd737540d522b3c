using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>
/// The findings as SARIF 2.1.0 (one run, every rule with its help link), for code-scanning uploads; the report's
/// summary (portability, providers, model IDs) goes in the run's properties.
/// </summary>
internal static class SarifReportWriter
{
    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
        var sarif = new Dictionary<string, object?>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["tool"] = new
                    {
                        driver = new
                        {
                            name = "ProviderLockin",
                            version = report.Tool.Version,
                            informationUri = "https://github.com/ProviderLockinAnalyzers/ProviderLockinAnalyzers",
                            rules = report.Rules.Select(rule => new
                            {
                                id = rule.Id,
                                name = rule.Title,
                                shortDescription = new { text = rule.Title },
                                helpUri = rule.HelpUri,
                                defaultConfiguration = new { level = Level(rule.DefaultSeverity) },
                                properties = new { category = rule.Category },
                            }).ToList(),
                        },
                    },
                    ["originalUriBaseIds"] = new Dictionary<string, object> { ["SRCROOT"] = new { uri = new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri } },
                    ["results"] = report.Projects.SelectMany(project => project.Findings.Select(finding => Result(finding, project, ruleIndex, root))).ToList(),
                    ["properties"] = new
                    {
                        portabilityScore = report.Solution.PortabilityScore,
                        providers = report.Solution.Providers,
                        modelIds = report.Solution.ModelIds,
                        modelRetirements = report.Solution.ModelRetirements,
                        loopsFlagged = report.Solution.LoopsFlagged,
                        resilience = report.Projects.ToDictionary(p => p.Name, p => p.Resilience),
                    },
                },
            },
        };
        writer.Write(JsonSerializer.Serialize(sarif, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static Dictionary<string, object?> Result(Finding finding, ProjectReport project, Dictionary<string, int> ruleIndex, string root)
    {
        var result = new Dictionary<string, object?>
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1,
            ["level"] = Level(finding.Severity),
            ["message"] = new { text = finding.Message },
            ["locations"] = new[]
            {
                new
                {
                    physicalLocation = new
                    {
                        artifactLocation = Artifact(root, finding.File),
                        region = new { startLine = Math.Max(1, finding.Line), startColumn = Math.Max(1, finding.Column) },
                    },
                },
            },
            ["partialFingerprints"] = new Dictionary<string, string> { ["providerLockin/v1"] = finding.Fingerprint },
            ["properties"] = new Dictionary<string, object?> { ["project"] = project.Name, ["provider"] = finding.Provider, ["member"] = finding.Member },
        };

        // SARIF's own baseline comparison, so code scanning shows what a pull request adds; only with --baseline.
        if (finding.New is { } isNew)
        {
            result["baselineState"] = isNew ? "new" : "unchanged";
        }

        return result;
    }

    private static object Artifact(string root, string file)
    {
        var relative = Text.Relative(root, file);
        return relative != file
            ? new Dictionary<string, string> { ["uri"] = Uri.EscapeDataString(relative).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = "SRCROOT" }
            : new Dictionary<string, string> { ["uri"] = file.Length > 0 && Path.IsPathRooted(file) ? new Uri(file).AbsoluteUri : file };
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        "info" => "note",
        _ => "none",
    };
}
