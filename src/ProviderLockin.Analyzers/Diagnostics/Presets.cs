using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>
/// The severity presets users pick with <c>ProviderLockinAnalysisMode</c>. The package's
/// <c>buildTransitive/config/&lt;name&gt;.globalconfig</c> files and the configuration page's preset table are generated
/// from this (tests/ProviderLockin.DocGen); a test fails when they differ.
/// </summary>
internal static class Presets
{
    public static readonly ImmutableArray<string> Names = ImmutableArray.Create("Strict", "Audit", "None");

    /// <summary>
    /// Project-wide resilience checks, and model retirements (a new catalogue in a package update must not stop a build):
    /// Strict makes them warnings, not errors.
    /// </summary>
    private static readonly ImmutableHashSet<string> WarningInStrict = ImmutableHashSet.Create(
        RuleIdentifiers.SingleProviderNoFallback, RuleIdentifiers.TestsCallPaidProvider, RuleIdentifiers.PipelineWithoutTelemetry,
        RuleIdentifiers.RetiredModelId);

    /// <summary>The .editorconfig severity (error, warning, suggestion, none) a preset gives a rule.</summary>
    public static string Severity(string preset, DiagnosticDescriptor descriptor) => preset switch
    {
        "Strict" => WarningInStrict.Contains(descriptor.Id) ? "warning" : "error",
        "Audit" => descriptor.Id == RuleIdentifiers.InvalidConfiguration ? "warning" : "suggestion",
        "None" => "none",
        _ => EditorConfigSeverity(descriptor.DefaultSeverity),
    };

    /// <summary>What the preset's file says about itself, first line of the file.</summary>
    public static string Summary(string preset) => preset switch
    {
        "Strict" => "every ProviderLockin rule is an error, except the project-wide resilience checks (PLA1004, PLA1005, PLA3004) and deprecated or retired model IDs (PLA2006), which are warnings.",
        "Audit" => "every ProviderLockin rule is a suggestion (for adopting the analyzers on an existing codebase); PLA9001 stays a warning.",
        _ => "every ProviderLockin rule is off.",
    };

    public static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
