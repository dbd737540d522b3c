using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProviderLockin.Benchmarks;

/// <summary>The Markdown table docs/performance.md records: times for reference, ratios as the result.</summary>
internal static class Report
{
    public static string Format(IReadOnlyList<ScenarioResult> results, int cores)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {cores} cores, .NET {Environment.Version}, median of the measured runs.");
        text.AppendLine();
        text.AppendLine("| Scenario | Lines | Compile (ms) | ProviderLockin (ms) | BannedApiAnalyzers (ms) | Empty analyzer (ms) | ProviderLockin / BannedApi | ProviderLockin / compile | ProviderLockin / empty | Findings (ours / BannedApi) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var ours = result[Program.Ours];
            var peer = result[Program.BannedApi];
            var empty = result[Program.Empty];
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Name}: {result.Scenario.Description} | {result.Lines:N0} | {Ms(result.CompileTime)} | {Ms(ours.ExecutionTime)} | {Ms(peer.ExecutionTime)} | {Ms(empty.ExecutionTime)} | " +
                $"{Ratio(ours.ExecutionTime, peer.ExecutionTime)} | {Percent(ours.ExecutionTime, result.CompileTime)} | {Ratio(ours.ExecutionTime, empty.ExecutionTime)} | {ours.Diagnostics} / {peer.Diagnostics} |");
        }

        return text.ToString();
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan value, TimeSpan baseline)
        => baseline > TimeSpan.Zero ? (value.TotalMilliseconds / baseline.TotalMilliseconds).ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string Percent(TimeSpan value, TimeSpan whole)
        => whole > TimeSpan.Zero ? (100 * value.TotalMilliseconds / whole.TotalMilliseconds).ToString("F2", CultureInfo.InvariantCulture) + "%" : "n/a";
}
