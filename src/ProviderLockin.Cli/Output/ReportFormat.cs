using System;

namespace ProviderLockin.Cli.Output;

internal enum ReportFormat
{
    Markdown,
    Json,
    Sarif,
    Html,

    /// <summary>A CycloneDX 1.6 JSON AI bill of materials.</summary>
    CycloneDx,
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
            case "cyclonedx" or "cdx":
                format = ReportFormat.CycloneDx;
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
        ReportFormat.CycloneDx => "provider-exposure.cdx.json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
