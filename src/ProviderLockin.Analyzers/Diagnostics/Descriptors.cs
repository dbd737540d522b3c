using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>Every diagnostic the package reports. rules.md is checked against this list by a test.</summary>
public static class Descriptors
{
    /// <summary>Each rule's page is <c>docs/rules/&lt;ID&gt;.md</c> under this address.</summary>
    public const string HelpLinkBase = "https://github.com/ProviderLockinAnalyzers/ProviderLockinAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor DirectProviderSdkUse = Create(
        RuleIdentifiers.DirectProviderSdkUse,
        "Direct provider SDK use outside the abstraction layer",
        "'{0}' calls the {1} SDK directly; call it through the abstraction layer ({2})",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Warning,
        "Business code that calls a provider SDK is tied to that provider: switching models or failing over means rewriting it. " +
        "Call the model through IChatClient / IEmbeddingGenerator (Microsoft.Extensions.AI) or your own provider interface, " +
        "and keep SDK calls inside the configured abstraction layer or composition root.");

    public static readonly DiagnosticDescriptor ProviderClientTypeInSignature = Create(
        RuleIdentifiers.ProviderClientTypeInSignature,
        "Provider SDK type in the signature of code outside the abstraction layer",
        "'{0}' exposes the {1} SDK type '{2}' in its signature; depend on {3} instead",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Warning,
        "A provider SDK client type in a field, property, parameter, return type or base type spreads the provider through every caller and every test. " +
        "Depend on the abstraction (IChatClient, IEmbeddingGenerator or your own interface) and let the composition root pick the provider.");

    public static readonly DiagnosticDescriptor RawHttpToProviderEndpoint = Create(
        RuleIdentifiers.RawHttpToProviderEndpoint,
        "Raw HTTP request to a provider endpoint outside the abstraction layer",
        "'{0}' is the {1} API; raw HTTP requests to it bypass the abstraction layer, call the model through {2}",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Warning,
        "Hand-written HTTP calls to a provider's REST API couple the code to that provider's wire format, authentication and model names. " +
        "Call the model through the abstraction layer instead, or move the request into it.");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        RuleIdentifiers.InvalidConfiguration,
        "Invalid ProviderLockin configuration",
        "'{0}' has an invalid value '{1}': {2}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        "A provider_lockin.* option in .editorconfig or .globalconfig could not be read. The analyzers keep working with the documented default for that option.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        DirectProviderSdkUse,
        ProviderClientTypeInSignature,
        RawHttpToProviderEndpoint,
        InvalidConfiguration);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
