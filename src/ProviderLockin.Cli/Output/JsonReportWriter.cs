using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Output;

/// <summary>The report as JSON, following docs/report.schema.json.</summary>
internal static class JsonReportWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write(ExposureReport report, TextWriter writer)
        => writer.Write(JsonSerializer.Serialize(report, Options));
}
