using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>
/// The report as a CycloneDX 1.6 JSON AI bill of materials, the format AI-BOM tools and Dependency-Track read: provider
/// SDK and AI abstraction packages as <c>library</c> components with <c>pkg:nuget</c> purls, each model ID the code names
/// as a <c>machine-learning-model</c> component, provider hosts called over raw HTTP as <c>services</c>, each with the
/// places it occurs as evidence. Deterministic: no timestamp or random serial number, so a BOM can be diffed in review.
/// </summary>
internal static class CycloneDxWriter
{
    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        var findings = report.Projects.SelectMany(p => p.Findings).ToList();
        var libraries = report.Projects.SelectMany(p => p.AiPackages).Distinct()
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Version, StringComparer.Ordinal)
            .Select(p => new Dictionary<string, object?>
            {
                ["type"] = "library",
                ["bom-ref"] = Purl(p),
                ["name"] = p.Name,
                ["version"] = p.Version,
                ["purl"] = Purl(p),
            });

        // Model IDs: hard-coded choices (PLA2002) and retired or deprecated IDs (PLA2006, configuration included).
        var models = findings
            .Where(f => f.Subject is not null && (f.RuleId == RuleIdentifiers.RetiredModelId || f.RuleId == RuleIdentifiers.HardCodedModelId && IsModelId(f.Subject)))
            .GroupBy(f => f.Subject!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var retired = report.Solution.ModelRetirements.FirstOrDefault(m => m.Model == g.Key);
                var component = new Dictionary<string, object?>
                {
                    ["type"] = "machine-learning-model",
                    ["bom-ref"] = "model:" + g.Key,
                    ["name"] = g.Key,
                    ["evidence"] = new { occurrences = Occurrences(g, root) },
                };
                if (g.Select(f => f.Provider).FirstOrDefault(p => p is not null) is { } provider)
                {
                    component["publisher"] = provider;
                }

                if (retired is not null)
                {
                    component["properties"] = Properties(
                        ("providerLockin:status", retired.Status),
                        ("providerLockin:date", retired.Date),
                        ("providerLockin:successor", retired.Successor));
                }

                return component;
            });

        var services = findings
            .Where(f => f.RuleId == RuleIdentifiers.RawHttpToProviderEndpoint && f.Subject is not null)
            .GroupBy(f => f.Subject!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Dictionary<string, object?>
            {
                ["bom-ref"] = "service:" + g.Key,
                ["name"] = g.Key,
                ["endpoints"] = new[] { "https://" + g.Key },
                ["provider"] = g.Select(f => f.Provider).FirstOrDefault(p => p is not null) is { } provider ? new { name = provider } : null,
                ["properties"] = Properties(g.Select(f => ("providerLockin:occurrence", (string?)$"{Text.Relative(root, f.File)}:{f.Line}")).ToArray()),
            }.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value));

        var bom = new Dictionary<string, object?>
        {
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = "1.6",
            ["version"] = 1,
            ["metadata"] = new Dictionary<string, object?>
            {
                ["tools"] = new { components = new[] { new { type = "application", name = report.Tool.Name, version = report.Tool.Version } } },
                ["component"] = new Dictionary<string, object?> { ["type"] = "application", ["bom-ref"] = "input", ["name"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(report.Input)) },
            },
            ["components"] = libraries.Concat(models).ToList(),
            ["services"] = services.ToList(),
        };

        writer.Write(JsonSerializer.Serialize(bom, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Purl(PackageInfo package) => $"pkg:nuget/{package.Name}@{package.Version}";

    /// <summary>A model ID as written (<c>gpt-4o</c>), not an SDK constant's name (<c>Model.ClaudeSonnet5_5</c>), which PLA2002 also reports.</summary>
    private static bool IsModelId(string subject)
        => ProviderLockin.Analyzers.Catalog.ModelIds.TryGetProvider(subject, out _) || !subject.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c));

    private static List<Dictionary<string, object?>> Occurrences(IEnumerable<Finding> findings, string root)
        => findings
            .Select(f => (Location: Text.Relative(root, f.File), f.Line))
            .Distinct()
            .OrderBy(o => o.Location, StringComparer.Ordinal).ThenBy(o => o.Line)
            .Select(o => new Dictionary<string, object?> { ["location"] = o.Location, ["line"] = Math.Max(1, o.Line) })
            .ToList();

    private static List<Dictionary<string, string>> Properties(params (string Name, string? Value)[] properties)
        => properties.Where(p => p.Value is not null).Select(p => new Dictionary<string, string> { ["name"] = p.Name, ["value"] = p.Value! }).ToList();
}
