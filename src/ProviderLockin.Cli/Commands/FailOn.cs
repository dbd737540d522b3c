using System;
using System.Collections.Generic;
using System.Linq;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Commands;

/// <summary>
/// <c>--fail-on</c>: a rule ID or ID prefix (<c>PLA1001</c>, <c>PLA3</c>) or a severity (<c>error</c>, <c>warning</c>,
/// <c>info</c>, <c>hidden</c>: that severity or worse). Any matching finding makes the exit code 1.
/// </summary>
internal sealed class FailOn
{
    private static readonly string[] Severities = { "hidden", "info", "warning", "error" };
    private readonly List<string> _rules = new();
    private int _severity = int.MaxValue;

    public bool IsEmpty => _rules.Count == 0 && _severity == int.MaxValue;

    public bool TryAdd(string value, out string error)
    {
        error = string.Empty;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var severity = Array.IndexOf(Severities, part.ToLowerInvariant() == "suggestion" ? "info" : part.ToLowerInvariant());
            if (severity >= 0)
            {
                _severity = Math.Min(_severity, severity);
            }
            else if (part.StartsWith("PLA", StringComparison.OrdinalIgnoreCase) && part.Length >= 4 && part.Skip(3).All(char.IsDigit))
            {
                _rules.Add(part.ToUpperInvariant());
            }
            else
            {
                error = $"--fail-on '{part}' is neither a rule ID (PLA1001, or a prefix such as PLA3) nor a severity (error, warning, info, hidden).";
                return false;
            }
        }

        return true;
    }

    /// <summary>The findings that match; with a baseline, only the new ones count (a PR fails only on what it adds).</summary>
    public IEnumerable<Finding> Matches(ExposureReport report)
        => report.Projects.SelectMany(p => p.Findings).Where(f =>
            f.New != false
            && (_rules.Any(r => f.RuleId.StartsWith(r, StringComparison.Ordinal)) || Array.IndexOf(Severities, f.Severity) >= _severity));
}
