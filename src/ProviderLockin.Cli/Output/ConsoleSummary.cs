using System;
using System.IO;
using System.Linq;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>The summary printed to the console: one small table per project.</summary>
internal static class ConsoleSummary
{
    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        writer.WriteLine($"Provider exposure: {report.Projects.Count} C# project(s), portability {Text.ScoreExplained(report.Solution.PortabilityScore, report.Solution.CallSites)}");
        foreach (var project in report.Projects)
        {
            writer.WriteLine();
            writer.WriteLine($"{project.Name}  ({Text.Relative(root, project.Path)})");
            Row(writer, "Providers", project.Providers.Count == 0 ? "none" : string.Join(", ", project.Providers.Select(p => project.CallSitesByProvider.TryGetValue(p, out var n) ? $"{p} ({n} call site{(n == 1 ? string.Empty : "s")})" : $"{p} (types only)")));
            Row(writer, "Portability", Text.ScoreExplained(project.PortabilityScore, project.CallSites));
            Row(writer, "Findings", project.FindingsByRule.Count == 0 ? "none" : string.Join(", ", project.FindingsByRule.Select(r => $"{r.Key} x{r.Value}")));
            Row(writer, "Model IDs", project.ModelIds.Count == 0 ? "none" : string.Join(", ", project.ModelIds));
            Row(writer, "Aging models", Text.Retirements(project.ModelRetirements));
            Row(writer, "Loops flagged", Text.Count(project.LoopsFlagged));
            Row(writer, "Resilience", $"fallback {Text.Fallback(project.Resilience)}, telemetry {Text.YesNo(project.Resilience.TelemetryWired)}, tests on paid providers {project.Resilience.TestsOnPaidProviders}");
            if (project.Findings.Any(f => f.Fixes is not null))
            {
                // With --fixes: how much of it a code fix would take care of, per rule.
                var fixable = project.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Count(f => f.Fixes is { Count: > 0 })}/{g.Count()}");
                Row(writer, "Code fixes", string.Join(", ", fixable));
            }
        }

        if (report.Baseline is { } baseline)
        {
            writer.WriteLine();
            writer.WriteLine($"Baseline {baseline.File}: {baseline.New} new, {baseline.Known} known, {baseline.Gone} gone");
            foreach (var finding in report.Projects.SelectMany(p => p.Findings).Where(f => f.New == true))
            {
                writer.WriteLine($"  new {finding.RuleId} {Text.Relative(root, finding.File)}:{finding.Line} {finding.Message}");
            }
        }

        foreach (var failure in report.LoadFailures)
        {
            writer.WriteLine();
            writer.WriteLine($"Could not load {(failure.Project.Length > 0 ? failure.Project : "a project")}: {failure.Message}");
        }
    }

    private static void Row(TextWriter writer, string label, string value) => writer.WriteLine($"  {label,-14} {value}");
}
