using System.Globalization;
using System.IO;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>Small formatting helpers every writer shares, so the formats say the same thing the same way.</summary>
internal static class Text
{
    public static string Percent(double? score)
        => score is { } value ? (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string ScoreExplained(double? score, CallSiteCounts counts)
        => score is null ? ScoreBasis(counts) : $"{Percent(score)} ({ScoreBasis(counts)})";

    /// <summary>What the portability score is the share of.</summary>
    public static string ScoreBasis(CallSiteCounts counts)
    {
        var outside = counts.Abstraction + counts.ProviderSdk + counts.RawHttp;
        return outside == 0
            ? "no LLM call sites outside the abstraction layer"
            : $"{counts.Abstraction} of {outside} LLM call sites outside the abstraction layer go through it";
    }

    public static string Relative(string root, string path)
    {
        if (string.IsNullOrEmpty(path) || string.IsNullOrEmpty(root))
        {
            return path;
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", System.StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"yes (OpenAI, Ollama)", "no (OpenAI)", "n/a": whether the app fails over, and between which providers.</summary>
    public static string Fallback(Resilience resilience)
        => resilience.FallbackWired is not { } wired
            ? "n/a"
            : (wired ? "yes" : "no") + " (" + string.Join(", ", resilience.ChatProviders) + ")";

    /// <summary>"gpt-4-32k (OpenAI) retired 2025-06-06 → gpt-4o": one model row of PLA2006, the same in every format.</summary>
    public static string Retirement(ModelRetirement model)
        => $"{model.Model} ({model.Provider}) {model.Status} {(model.Status == "retired" ? string.Empty : "until ")}{model.Date}"
           + (model.Successor is null ? string.Empty : " → " + model.Successor);

    public static string Retirements(System.Collections.Generic.IReadOnlyList<ModelRetirement> models)
        => models.Count == 0 ? "none" : string.Join(", ", System.Linq.Enumerable.Select(models, Retirement));

    public static string YesNo(bool? value) => value is null ? "n/a" : value.Value ? "yes" : "no";
}
