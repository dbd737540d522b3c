using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>
/// The report as one self-contained HTML file (no scripts, no external resources): summary, provider-by-project matrix,
/// findings per rule as a bar chart, and every finding linked to its file and line.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>The matrix header colour; the end-to-end test looks for it in a screenshot.</summary>
    public const string MatrixHeaderColor = "#1b4965";

    private const string Style = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px 32px; color: #1d2733; background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta { color: #5c6b7a; margin-bottom: 16px; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; }
        .card { border: 1px solid #d5dde5; border-radius: 8px; padding: 10px 14px; min-width: 150px; }
        .card b { display: block; font-size: 22px; }
        table { border-collapse: collapse; margin: 4px 0; }
        th, td { border: 1px solid #d5dde5; padding: 5px 10px; text-align: left; vertical-align: top; }
        #provider-matrix th { background: #1b4965; color: #fff; }
        #provider-matrix td.n { text-align: center; font-weight: 600; }
        #provider-matrix td.hot { background: #f4a261; }
        #provider-matrix td.types { background: #fde2c8; }
        .bar-row { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
        .bar-label { width: 380px; font-size: 13px; }
        .bar { background: #e76f51; height: 16px; border-radius: 3px; }
        .error { color: #b00020; font-weight: 600; } .warning { color: #a15c00; } .info, .hidden { color: #5c6b7a; }
        td.msg { max-width: 720px; }
        a { color: #1b4965; }
        """;

    public static void Write(ExposureReport report, TextWriter writer, string root)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Provider exposure report</title>");
        writer.WriteLine($"<style>{Style}</style></head><body>");
        writer.WriteLine("<h1>Provider exposure report</h1>");
        writer.WriteLine($"<div class=\"meta\">{E(report.Input)} · {report.Projects.Count} C# projects · {E(report.Tool.Name)} {E(report.Tool.Version)}</div>");

        var solution = report.Solution;
        writer.WriteLine("<div class=\"cards\">");
        Card(writer, "Portability", Text.Percent(solution.PortabilityScore), Text.ScoreBasis(solution.CallSites));
        Card(writer, "Providers", solution.Providers.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", solution.Providers));
        Card(writer, "Model IDs", solution.ModelIds.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", solution.ModelIds));
        Card(writer, "Retired / deprecated models", solution.ModelRetirements.Count.ToString(CultureInfo.InvariantCulture), Text.Retirements(solution.ModelRetirements));
        Card(writer, "Bulk loops flagged", solution.LoopsFlagged.ToString(CultureInfo.InvariantCulture), "unbounded loops and unthrottled fan-outs of LLM calls");
        writer.WriteLine("</div>");

        writer.WriteLine("<h2>Provider by project</h2>");
        writer.WriteLine("<p class=\"meta\">LLM call sites that reach each provider directly (SDK or HTTP), adapters in the abstraction layer included.</p>");
        writer.WriteLine("<table id=\"provider-matrix\"><thead><tr><th>Project</th>");
        foreach (var provider in solution.Providers)
        {
            writer.Write($"<th>{E(provider)}</th>");
        }

        writer.WriteLine("<th>Portability</th></tr></thead><tbody>");
        foreach (var project in report.Projects)
        {
            writer.Write($"<tr><td>{E(project.Name)}</td>");
            foreach (var provider in solution.Providers)
            {
                var cell = MarkdownReportWriter.Cell(project, provider);
                var css = project.CallSitesByProvider.ContainsKey(provider) ? "n hot" : project.Providers.Contains(provider) ? "n types" : "n";
                writer.Write($"<td class=\"{css}\">{E(cell)}</td>");
            }

            writer.WriteLine($"<td class=\"n\">{Text.Percent(project.PortabilityScore)}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");

        writer.WriteLine("<h2>Findings per rule</h2>");
        writer.WriteLine("<div id=\"rule-chart\">");
        var max = Math.Max(1, solution.FindingsByRule.Values.DefaultIfEmpty(0).Max());
        foreach (var rule in report.Rules.Where(r => solution.FindingsByRule.ContainsKey(r.Id)))
        {
            var count = solution.FindingsByRule[rule.Id];
            var width = (int)Math.Round(400.0 * count / max);
            writer.WriteLine($"<div class=\"bar-row\"><span class=\"bar-label\"><a href=\"{E(rule.HelpUri)}\">{E(rule.Id)}</a> {E(rule.Title)}</span><span class=\"bar\" style=\"width:{width}px\"></span><span>{count}</span></div>");
        }

        writer.WriteLine("</div>");

        writer.WriteLine("<h2>Resilience</h2>");
        writer.WriteLine("<table id=\"resilience\"><thead><tr><th>Project</th><th>Fallback (chat providers)</th><th>Telemetry</th><th>Tests on paid providers</th></tr></thead><tbody>");
        foreach (var project in report.Projects)
        {
            writer.WriteLine($"<tr><td>{E(project.Name)}</td><td>{E(Text.Fallback(project.Resilience))}</td><td>{E(Text.YesNo(project.Resilience.TelemetryWired))}</td><td>{project.Resilience.TestsOnPaidProviders}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");

        writer.WriteLine("<h2>Retired and deprecated models</h2>");
        writer.WriteLine("<table id=\"model-retirements\"><thead><tr><th>Project</th><th>Model</th><th>Provider</th><th>Status</th><th>Date</th><th>Successor</th><th>Where</th></tr></thead><tbody>");
        foreach (var project in report.Projects)
        {
            foreach (var model in project.ModelRetirements)
            {
                writer.WriteLine($"<tr><td>{E(project.Name)}</td><td>{E(model.Model)}</td><td>{E(model.Provider)}</td><td class=\"{(model.Status == "retired" ? "warning" : "info")}\">{E(model.Status)}</td>"
                    + $"<td>{E(model.Date)}</td><td>{E(model.Successor ?? "n/a")}</td><td>{E(string.Join(", ", model.Locations.Select(l => Text.Relative(root, l))))}</td></tr>");
            }
        }

        writer.WriteLine("</tbody></table>");

        writer.WriteLine("<h2>Findings</h2>");
        foreach (var project in report.Projects.Where(p => p.Findings.Count > 0))
        {
            writer.WriteLine($"<h3>{E(project.Name)}</h3>");
            var withBaseline = report.Baseline is not null;
            writer.WriteLine("<table class=\"findings\"><thead><tr><th>Rule</th><th>Severity</th><th>Location</th><th>Message</th>" + (withBaseline ? "<th>New</th>" : string.Empty) + "</tr></thead><tbody>");
            foreach (var finding in project.Findings)
            {
                var link = FileLink(finding);
                writer.WriteLine($"<tr><td><a href=\"{E(finding.HelpUri)}\">{E(finding.RuleId)}</a></td><td class=\"{E(finding.Severity)}\">{E(finding.Severity)}</td>" +
                                 $"<td><a href=\"{E(link)}\">{E(Text.Relative(root, finding.File))}:{finding.Line}</a></td><td class=\"msg\">{E(finding.Message)}</td>" +
                                 (withBaseline ? (finding.New == true ? "<td class=\"new\">new</td>" : "<td></td>") : string.Empty) + "</tr>");
            }

            writer.WriteLine("</tbody></table>");
        }

        if (report.LoadFailures.Count > 0)
        {
            writer.WriteLine("<h2>Projects that could not be loaded</h2><ul>");
            foreach (var failure in report.LoadFailures)
            {
                writer.WriteLine($"<li><code>{E(failure.Project)}</code>: {E(failure.Message)}</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("</body></html>");
    }

    /// <summary>A file link with the line, which VS Code and most viewers of file URLs understand.</summary>
    private static string FileLink(Finding finding)
        => finding.File.Length > 0 && Path.IsPathRooted(finding.File)
            ? new Uri(finding.File).AbsoluteUri + "#L" + finding.Line.ToString(CultureInfo.InvariantCulture)
            : finding.File;

    private static void Card(TextWriter writer, string title, string value, string detail)
        => writer.WriteLine($"<div class=\"card\">{E(title)}<b>{E(value)}</b><span class=\"meta\">{E(detail)}</span></div>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
