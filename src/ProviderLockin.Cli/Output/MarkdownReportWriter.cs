using System.IO;
using System.Linq;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>The report as Markdown: for a pull request, a wiki page or a CI job summary.</summary>
internal static class MarkdownReportWriter
{
    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        var rules = report.Solution.FindingsByRule.Keys.ToList();
        writer.WriteLine("# Provider exposure report");
        writer.WriteLine();
        writer.WriteLine($"Input: `{report.Input}` · {report.Projects.Count} C# projects · {report.Tool.Name} {report.Tool.Version}");
        writer.WriteLine();
        writer.WriteLine($"- **Portability**: {Text.ScoreExplained(report.Solution.PortabilityScore, report.Solution.CallSites)}");
        writer.WriteLine($"- **Providers**: {(report.Solution.Providers.Count == 0 ? "none" : string.Join(", ", report.Solution.Providers))}");
        writer.WriteLine($"- **Hard-coded model IDs**: {(report.Solution.ModelIds.Count == 0 ? "none" : string.Join(", ", report.Solution.ModelIds.Select(m => $"`{m}`")))}");
        writer.WriteLine($"- **Retired or deprecated model IDs**: {Text.Retirements(report.Solution.ModelRetirements)}");
        writer.WriteLine($"- **Bulk loops and fan-outs flagged**: {report.Solution.LoopsFlagged}");
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine($"- **Since the baseline** (`{baseline.File}`): {baseline.New} new, {baseline.Known} known, {baseline.Gone} gone");
        }

        writer.WriteLine();

        writer.WriteLine("## Projects");
        writer.WriteLine();
        writer.WriteLine("| Project | Providers | Portability | " + string.Join(" | ", rules) + (rules.Count > 0 ? " | " : string.Empty) + "Model IDs | Loops flagged |");
        writer.WriteLine("|---|---|---:|" + string.Concat(rules.Select(_ => "---:|")) + "---|---:|");
        foreach (var project in report.Projects)
        {
            writer.WriteLine($"| {project.Name} | {Join(project.Providers)} | {Text.Percent(project.PortabilityScore)} | "
                + string.Concat(rules.Select(r => (project.FindingsByRule.TryGetValue(r, out var n) ? Text.Count(n) : "0") + " | "))
                + $"{Join(project.ModelIds.Select(m => $"`{m}`"))} | {project.LoopsFlagged} |");
        }

        writer.WriteLine();
        writer.WriteLine("## Resilience");
        writer.WriteLine();
        writer.WriteLine("A provider to fail over to ([PLA1004](https://github.com/ProviderLockinAnalyzers/ProviderLockinAnalyzers/blob/main/docs/rules/PLA1004.md)), telemetry on every client pipeline (PLA3004), tests that call paid providers (PLA1005); n/a where it does not apply.");
        writer.WriteLine();
        writer.WriteLine("| Project | Fallback (chat providers) | Telemetry | Tests on paid providers |");
        writer.WriteLine("|---|---|---|---:|");
        foreach (var project in report.Projects)
        {
            writer.WriteLine($"| {project.Name} | {Text.Fallback(project.Resilience)} | {Text.YesNo(project.Resilience.TelemetryWired)} | {project.Resilience.TestsOnPaidProviders} |");
        }

        writer.WriteLine();
        writer.WriteLine("## Retired and deprecated models");
        writer.WriteLine();
        writer.WriteLine("Model IDs the catalogue lists as retired (calls fail) or deprecated ([PLA2006](https://github.com/ProviderLockinAnalyzers/ProviderLockinAnalyzers/blob/main/docs/rules/PLA2006.md)), configuration and the abstraction layer included.");
        writer.WriteLine();
        writer.WriteLine("| Project | Model | Provider | Status | Date | Successor | Where |");
        writer.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var project in report.Projects)
        {
            foreach (var model in project.ModelRetirements)
            {
                writer.WriteLine($"| {project.Name} | `{model.Model}` | {model.Provider} | {model.Status} | {model.Date} | {(model.Successor is null ? "n/a" : $"`{model.Successor}`")} | "
                    + string.Join(", ", model.Locations.Select(l => $"`{Text.Relative(root, l)}`")) + " |");
            }
        }

        writer.WriteLine();
        writer.WriteLine("## Provider by project");
        writer.WriteLine();
        writer.WriteLine("LLM call sites that reach each provider directly (SDK or HTTP), adapters in the abstraction layer included.");
        writer.WriteLine();
        var providers = report.Solution.Providers;
        writer.WriteLine("| Project | " + string.Join(" | ", providers) + (providers.Count > 0 ? " |" : string.Empty));
        writer.WriteLine("|---|" + string.Concat(providers.Select(_ => "---:|")));
        foreach (var project in report.Projects)
        {
            writer.WriteLine($"| {project.Name} | " + string.Concat(providers.Select(p => Cell(project, p) + " | ")));
        }

        writer.WriteLine();
        writer.WriteLine("## Findings");
        foreach (var project in report.Projects.Where(p => p.Findings.Count > 0))
        {
            writer.WriteLine();
            writer.WriteLine($"### {project.Name}");
            writer.WriteLine();
            var withBaseline = report.Baseline is not null;
            writer.WriteLine("| Rule | Severity | Location | Message |" + (withBaseline ? " New |" : string.Empty));
            writer.WriteLine("|---|---|---|---|" + (withBaseline ? "---|" : string.Empty));
            foreach (var finding in project.Findings)
            {
                writer.WriteLine($"| [{finding.RuleId}]({finding.HelpUri}) | {finding.Severity} | `{Text.Relative(root, finding.File)}:{finding.Line}` | {Escape(finding.Message)} |"
                    + (withBaseline ? (finding.New == true ? " **new** |" : " |") : string.Empty));
            }
        }

        if (report.LoadFailures.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("## Projects that could not be loaded");
            writer.WriteLine();
            foreach (var failure in report.LoadFailures)
            {
                writer.WriteLine($"- `{failure.Project}`: {Escape(failure.Message)}");
            }
        }
    }

    /// <summary>Matrix cell: call sites, or "types only" when the provider shows only in signatures.</summary>
    public static string Cell(ProjectReport project, string provider)
        => project.CallSitesByProvider.TryGetValue(provider, out var count) ? Text.Count(count) : project.Providers.Contains(provider) ? "types only" : "–";

    private static string Join(System.Collections.Generic.IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "–" : text;
    }

    private static string Escape(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
