using System;
using System.IO;
using System.Linq;
using ProviderLockin.Cli.Model;
using Spectre.Console;

namespace ProviderLockin.Cli.Output;

/// <summary>The summary printed to the console: one small table per project, drawn by Spectre.Console.</summary>
internal static class ConsoleSummary
{
    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        var console = Terminal.Over(writer, Terminal.IsRedirected(writer));
        console.WriteLine($"Provider exposure: {report.Projects.Count} C# project(s), portability {Text.ScoreExplained(report.Solution.PortabilityScore, report.Solution.CallSites)}");
        foreach (var project in report.Projects)
        {
            console.WriteLine();
            console.WriteLine($"{project.Name}  ({Text.Relative(root, project.Path)})", new Style(decoration: Decoration.Bold));
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            Row(grid, "Providers", project.Providers.Count == 0 ? "none" : string.Join(", ", project.Providers.Select(p => project.CallSitesByProvider.TryGetValue(p, out var n) ? $"{p} ({n} call site{(n == 1 ? string.Empty : "s")})" : $"{p} (types only)")));
            Row(grid, "Portability", Text.ScoreExplained(project.PortabilityScore, project.CallSites));
            Row(grid, "Findings", project.FindingsByRule.Count == 0 ? "none" : string.Join(", ", project.FindingsByRule.Select(r => $"{r.Key} x{r.Value}")));
            Row(grid, "Model IDs", project.ModelIds.Count == 0 ? "none" : string.Join(", ", project.ModelIds));
            Row(grid, "Aging models", Text.Retirements(project.ModelRetirements), project.ModelRetirements.Any(m => m.Status == "retired") ? Color.Yellow : null);
            Row(grid, "Loops flagged", Text.Count(project.LoopsFlagged));
            Row(grid, "Resilience", $"fallback {Text.Fallback(project.Resilience)}, telemetry {Text.YesNo(project.Resilience.TelemetryWired)}, tests on paid providers {project.Resilience.TestsOnPaidProviders}");
            if (project.Findings.Any(f => f.Fixes is not null))
            {
                // With --fixes: how much of it a code fix would take care of, per rule.
                var fixable = project.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Count(f => f.Fixes is { Count: > 0 })}/{g.Count()}");
                Row(grid, "Code fixes", string.Join(", ", fixable));
            }

            console.Write(grid);
        }

        if (report.Baseline is { } baseline)
        {
            console.WriteLine();
            console.WriteLine($"Baseline {baseline.File}: {baseline.New} new, {baseline.Known} known, {baseline.Gone} gone", new Style(baseline.New > 0 ? Color.Yellow : null));
            foreach (var finding in report.Projects.SelectMany(p => p.Findings).Where(f => f.New == true))
            {
                console.WriteLine($"  new {finding.RuleId} {Text.Relative(root, finding.File)}:{finding.Line} {finding.Message}");
            }
        }

        foreach (var failure in report.LoadFailures)
        {
            console.WriteLine();
            console.WriteLine($"Could not load {(failure.Project.Length > 0 ? failure.Project : "a project")}: {failure.Message}", new Style(Color.Red));
        }
    }

    /// <summary>Values are plain text (messages hold brackets such as [INST]), never Spectre markup.</summary>
    private static void Row(Grid grid, string label, string value, Color? color = null)
        => grid.AddRow(new Spectre.Console.Text(label), new Spectre.Console.Text(value, new Style(color)));
}
