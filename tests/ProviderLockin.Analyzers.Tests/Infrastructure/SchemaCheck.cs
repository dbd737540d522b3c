using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// JSON Schema validation with JsonSchema.Net, a complete validator (draft-07 and 2020-12): docs/report.schema.json for
/// the JSON report, the official CycloneDX 1.6 schema for the AI bill of materials. Errors come back as "location:
/// message" lines for the assertion message.
/// </summary>
public static class SchemaCheck
{
    /// <summary>Validates <paramref name="instance"/> against <paramref name="schemaText"/>; <paramref name="referenced"/> are schemas it refers to by $id.</summary>
    public static IReadOnlyList<string> Validate(string schemaText, JsonElement instance, params string[] referenced)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var text in referenced)
        {
            options.SchemaRegistry.Register(JsonSchema.FromText(text, options));
        }

        var schema = JsonSchema.FromText(schemaText, options);
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        return (results.Details ?? new List<EvaluationResults>())
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }
}
