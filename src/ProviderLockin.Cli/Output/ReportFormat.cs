using System;

namespace ProviderLockin.Cli.Output;

internal enum ReportFormat
{
    Markdown,
    Json,
    Sarif,
    Html,
}

internal static class ReportFormats
{
    public static bool TryParse(string text, out ReportFormat format)
    {
        switch (text.ToLowerInvariant())
        {
            case "markdown" or "md":
                format = ReportFormat.Markdown;
                return true;
            case "json":
                format = ReportFormat.Json;
                return true;
            case "sarif":
                format = ReportFormat.Sarif;
                return true;
            case "html":
                format = ReportFormat.Html;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string DefaultFileName(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "provider-exposure.md",
        ReportFormat.Json => "provider-exposure.json",
        ReportFormat.Sarif => "provider-exposure.sarif",
        ReportFormat.Html => "provider-exposure.html",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
