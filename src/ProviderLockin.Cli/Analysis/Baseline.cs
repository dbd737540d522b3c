using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProviderLockin.Cli.Model;
using ProviderLockin.Cli.Output;

namespace ProviderLockin.Cli.Analysis;

/// <summary>
/// <c>--baseline previous.json</c>: findings already in a previous report are known, the rest are new. Findings are
/// matched by fingerprint (rule, file relative to the report's root, member, subject), not by line, so edits above a
/// finding leave it known; two identical findings in one member are matched by count.
/// </summary>
internal static class Baseline
{
    /// <summary>Gives every finding its fingerprint; paths are taken relative to <paramref name="root"/> so machines agree.</summary>
    public static void Fingerprint(ExposureReport report, string root)
    {
        foreach (var finding in report.Projects.SelectMany(p => p.Findings))
        {
            var key = string.Join("\n", finding.RuleId, Text.Relative(root, finding.File).Replace('\\', '/'), finding.Member, finding.Subject ?? finding.Message);
            finding.Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 12).ToLowerInvariant();
        }
    }

    /// <summary>The fingerprints of a JSON report written by this tool, with how often each occurs.</summary>
    public static Dictionary<string, int>? TryLoad(string path, out string error)
    {
        error = string.Empty;
        if (!File.Exists(path))
        {
            error = $"Baseline '{path}' does not exist; write one with `provider-lockin report <path> --format json --output {Path.GetFileName(path)}`.";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var project in document.RootElement.GetProperty("projects").EnumerateArray())
            {
                foreach (var finding in project.GetProperty("findings").EnumerateArray())
                {
                    if (finding.TryGetProperty("fingerprint", out var value) && value.GetString() is { Length: > 0 } fingerprint)
                    {
                        counts[fingerprint] = counts.TryGetValue(fingerprint, out var n) ? n + 1 : 1;
                    }
                }
            }

            return counts;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error = $"Baseline '{path}' is not a JSON report of this tool ({exception.Message}).";
            return null;
        }
    }

    /// <summary>Marks each finding new or known and summarizes; findings are taken in report order, so the result is stable.</summary>
    public static BaselineSummary Compare(ExposureReport report, Dictionary<string, int> baseline, string file)
    {
        var remaining = new Dictionary<string, int>(baseline, StringComparer.Ordinal);
        int known = 0, added = 0;
        foreach (var finding in report.Projects.SelectMany(p => p.Findings))
        {
            if (remaining.TryGetValue(finding.Fingerprint, out var left) && left > 0)
            {
                remaining[finding.Fingerprint] = left - 1;
                finding.New = false;
                known++;
            }
            else
            {
                finding.New = true;
                added++;
            }
        }

        return new BaselineSummary { File = file, Known = known, New = added, Gone = remaining.Values.Sum() };
    }
}
