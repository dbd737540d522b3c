using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ProviderLockin.Cli.Model;

/// <summary>The provider exposure report. Serialized as JSON it follows docs/report.schema.json (schemaVersion 1).</summary>
public sealed class ExposureReport
{
    public int SchemaVersion { get; init; } = 1;

    public required ToolInfo Tool { get; init; }

    /// <summary>The path given to <c>provider-lockin report</c>, as given.</summary>
    public required string Input { get; init; }

    public required SolutionSummary Solution { get; init; }

    public required IReadOnlyList<ProjectReport> Projects { get; init; }

    /// <summary>Projects that could not be loaded; the others are still analyzed.</summary>
    public required IReadOnlyList<LoadFailure> LoadFailures { get; init; }

    /// <summary>Every rule of the analyzers, with its help link.</summary>
    public required IReadOnlyList<RuleInfo> Rules { get; init; }

    /// <summary>With <c>--baseline</c>: the report compared against and how many findings are new; absent without one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BaselineSummary? Baseline { get; set; }
}

/// <summary>The comparison with a previous report (<c>--baseline</c>).</summary>
public sealed class BaselineSummary
{
    /// <summary>The baseline file as given.</summary>
    public required string File { get; init; }

    public int Known { get; init; }

    public int New { get; init; }

    /// <summary>Findings of the baseline that are gone (fixed, suppressed or moved to another member).</summary>
    public int Gone { get; init; }
}

public sealed record ToolInfo(string Name, string Version);

public sealed class SolutionSummary
{
    /// <summary>Share of LLM call sites outside the abstraction layer that go through the abstraction; null when there are none.</summary>
    public double? PortabilityScore { get; init; }

    public required CallSiteCounts CallSites { get; init; }

    public required IReadOnlyList<string> Providers { get; init; }

    public required IReadOnlyDictionary<string, int> FindingsByRule { get; init; }

    public required IReadOnlyList<string> ModelIds { get; init; }

    /// <summary>Retired and deprecated model IDs of every project (PLA2006), one row per model.</summary>
    public required IReadOnlyList<ModelRetirement> ModelRetirements { get; init; }

    public int LoopsFlagged { get; init; }
}

public sealed class ProjectReport
{
    public required string Name { get; init; }

    public required string Path { get; init; }

    public double? PortabilityScore { get; init; }

    public required CallSiteCounts CallSites { get; init; }

    /// <summary>Providers the project talks to (SDK calls, SDK types in signatures, raw HTTP), abstraction layer included.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>Provider → LLM call sites that reach it directly (SDK or HTTP), abstraction layer included.</summary>
    public required IReadOnlyDictionary<string, int> CallSitesByProvider { get; init; }

    public required IReadOnlyDictionary<string, int> FindingsByRule { get; init; }

    /// <summary>Hard-coded model IDs (PLA2002), distinct, sorted.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }

    /// <summary>Retired and deprecated model IDs (PLA2006), in configuration and the abstraction layer too; one row per model.</summary>
    public required IReadOnlyList<ModelRetirement> ModelRetirements { get; init; }

    /// <summary>Provider SDK and AI abstraction packages the project restores (from obj/project.assets.json), for the AI bill of materials.</summary>
    public required IReadOnlyList<PackageInfo> AiPackages { get; init; }

    /// <summary>PLA3001 and PLA3002 findings: unbounded loops and unthrottled fan-outs of LLM calls.</summary>
    public int LoopsFlagged { get; init; }

    /// <summary>The other two cures for provider risk: a fallback provider and an audit trail (PLA1004, PLA3004, PLA1005).</summary>
    public required Resilience Resilience { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }
}

/// <summary>Per project: is there a provider to fail over to, do model calls leave telemetry, do tests call paid providers.</summary>
public sealed class Resilience
{
    /// <summary>Providers the composition root turns into chat clients (OpenAI, Ollama, ...), sorted.</summary>
    public required IReadOnlyList<string> ChatProviders { get; init; }

    /// <summary>A failover or routing client (or Polly fallback, or a listed fallback type) is wired; null for libraries and test projects, and apps that wire no chat client.</summary>
    public bool? FallbackWired { get; init; }

    /// <summary>Every client pipeline has telemetry (no PLA3004); null when the project builds no pipeline and registers no SDK client.</summary>
    public bool? TelemetryWired { get; init; }

    /// <summary>PLA1005 findings: constructions of a paid provider's client in a test project.</summary>
    public int TestsOnPaidProviders { get; init; }
}

/// <summary>LLM call sites by the way they go. Calls inside the abstraction layer are the adapters' and are counted apart.</summary>
public sealed class CallSiteCounts
{
    public int Abstraction { get; init; }

    public int ProviderSdk { get; init; }

    public int RawHttp { get; init; }

    public int InAbstractionLayer { get; init; }
}

public sealed class Finding
{
    public required string RuleId { get; init; }

    /// <summary>error, warning, info or hidden: the effective severity after .editorconfig.</summary>
    public required string Severity { get; init; }

    public required string Message { get; init; }

    /// <summary>Full path of the file (a .cs file, or a prompt file).</summary>
    public required string File { get; init; }

    /// <summary>1-based.</summary>
    public int Line { get; init; }

    /// <summary>1-based.</summary>
    public int Column { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Provider { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }

    public required string HelpUri { get; init; }

    /// <summary>The type member the finding is in (<c>Shop.Orders.Summaries.CreateAsync(string)</c>); empty outside members (prompt files).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>
    /// Identifies the finding across runs without its line: rule, file relative to the report's root, member and subject,
    /// hashed. A baseline matches on it, so code added above a finding does not make the finding new.
    /// </summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>With <c>--baseline</c>: true when the baseline report does not have this finding; absent without a baseline.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? New { get; set; }

    /// <summary>The titles of the code fixes offered on this finding; only with <c>--fixes</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Fixes { get; init; }
}

/// <summary>A model ID the catalogue lists as retired or deprecated on the day it was judged (PLA2006).</summary>
public sealed class ModelRetirement
{
    public required string Model { get; init; }

    public required string Provider { get; init; }

    /// <summary><c>retired</c> or <c>deprecated</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Retirement date (for a deprecated model without one, its deprecation date), yyyy-MM-dd.</summary>
    public required string Date { get; init; }

    /// <summary>The one model the provider names as its replacement, when it names one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Successor { get; init; }

    /// <summary>The day the catalogue was judged on (its checked-on date, or provider_lockin.model_catalog_date).</summary>
    public required string CatalogDate { get; init; }

    /// <summary>Where it is written: <c>path:line</c>, sorted.</summary>
    public required IReadOnlyList<string> Locations { get; init; }
}

public sealed record PackageInfo(string Name, string Version);

public sealed record LoadFailure(string Project, string Message);

public sealed record RuleInfo(string Id, string Title, string Category, string DefaultSeverity, string HelpUri);
