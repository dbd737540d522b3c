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
        "'{0}' is the {1} API; raw HTTP requests to it bypass the abstraction layer; call it through {2}",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Warning,
        "Hand-written HTTP calls to a provider's REST API couple the code to that provider's wire format, authentication and model names. " +
        "Call the model through the abstraction layer instead, or move the request into it.");

    public static readonly DiagnosticDescriptor SingleProviderNoFallback = Create(
        RuleIdentifiers.SingleProviderNoFallback,
        "Single provider, no fallback",
        "Every chat client of this app comes from {0} and nothing fails over; add a second provider or a local model behind a failover client (OrderedFailoverChatClient) so an outage, a rate limit or a suspended account does not stop the app",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Info,
        "A provider that degrades, rate-limits or suspends the account takes an app with one provider down with it. Wiring a second provider or a local model behind a failover or routing client keeps the app answering.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor TestsCallPaidProvider = Create(
        RuleIdentifiers.TestsCallPaidProvider,
        "Tests call a paid provider",
        "'{0}' in a test project calls {1} with real credentials; run the test against a local model (OllamaApiClient) or a fake IChatClient and keep the few real-provider tests tagged apart",
        RuleCategories.ProviderCoupling,
        DiagnosticSeverity.Info,
        "Tests that call a paid API burn credits on every run, fail when the provider is down, and a CI matrix of them looks like bulk traffic. Test prompts against a local model or a fake client; keep a small, tagged set for the real provider.");

    public static readonly DiagnosticDescriptor ProviderTurnMarker = Create(
        RuleIdentifiers.ProviderTurnMarker,
        "Provider-specific turn marker or special token in a prompt",
        "'{0}' is a turn marker or special token of {1}; other providers' models do not understand it, express turns as chat messages (ChatRole) instead",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "Turn markers and special tokens (ChatML <|im_start|>, Llama [INST] and <|eot_id|>, Gemma <start_of_turn>, Anthropic's legacy \\n\\nHuman:) " +
        "belong to one model family's template. Sent to another provider they are plain text, and the product silently degrades after a failover.");

    public static readonly DiagnosticDescriptor HardCodedModelId = Create(
        RuleIdentifiers.HardCodedModelId,
        "Hard-coded model identifier",
        "'{0}' hard-codes a model choice ({1}); read the model from configuration or choose it in the abstraction layer",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "A model ID written into business code ties it to one provider and one model version: switching or failing over needs a code change and a release. " +
        "Keep model choices in configuration (options classes, appsettings) or in the abstraction layer.");

    public static readonly DiagnosticDescriptor ModelIdentityInPrompt = Create(
        RuleIdentifiers.ModelIdentityInPrompt,
        "Prompt relies on a specific model's identity",
        "'{0}' ties the prompt to {1}; describe the assistant's role without naming a model or its vendor",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "A prompt that tells the model it is ChatGPT or Claude, or that it was trained by a vendor, is wrong on every other provider and invites answers about the vendor instead of the task.");

    public static readonly DiagnosticDescriptor ProviderOnlyOption = Create(
        RuleIdentifiers.ProviderOnlyOption,
        "Provider-only request option outside the abstraction layer",
        "'{0}' is honoured only by {1}; set it in the abstraction layer or use a portable ChatOptions member",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "Options such as logit_bias, reasoning_effort, thinking budgets, Gemini's thinkingConfig or the anthropic-version header only work with one provider. " +
        "Set from portable code they are silently ignored or rejected by the others.");

    public static readonly DiagnosticDescriptor AssistantPrefill = Create(
        RuleIdentifiers.AssistantPrefill,
        "Assistant prefill",
        "The last message sent to '{0}' is an assistant message (prefill); Claude 4.6 and later reject it with HTTP 400 and other providers treat it differently, end the conversation with a user message",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "Ending a conversation with an assistant message to steer the answer (prefill) is a provider-specific technique: newer Claude models reject it and other providers continue, ignore or answer it.");

    public static readonly DiagnosticDescriptor RetiredModelId = Create(
        RuleIdentifiers.RetiredModelId,
        "Deprecated or retired model ID",
        "'{0}' ({1}) {2}; {3}",
        RuleCategories.PromptPortability,
        DiagnosticSeverity.Warning,
        "Providers retire models on published schedules, and calls that name a retired model fail from that day. A retired ID is a warning; " +
        "a deprecated one (announced for retirement, still answering) is reported as a suggestion with its shutdown date. The dates come from the " +
        "package's model catalogue, each with the provider's page as its source; the analyzer compares them with the catalogue's checked-on date " +
        "or the date set in provider_lockin.model_catalog_date, never with the clock.");

    public static readonly DiagnosticDescriptor UnboundedLlmLoop = Create(
        RuleIdentifiers.UnboundedLlmLoop,
        "Unbounded loop of LLM calls",
        "This loop makes an LLM call {0} with no cap, concurrency limit or rate limit; cap it (a size check, Take, or a constant bound of at most {1}), throttle it (SemaphoreSlim, System.Threading.RateLimiting) and log it for audit",
        RuleCategories.ExtractionRisk,
        DiagnosticSeverity.Warning,
        "Providers suspend accounts whose traffic looks like model extraction: thousands of similar requests fired as fast as the client can go. " +
        "A loop over a table or a document set produces that shape by accident. Bound it, throttle it, and keep an audit trail.");

    public static readonly DiagnosticDescriptor UnthrottledFanOut = Create(
        RuleIdentifiers.UnthrottledFanOut,
        "Unthrottled parallel fan-out of LLM calls",
        "'{0}' starts an LLM call for every item at once with no concurrency or rate limit; limit it (SemaphoreSlim, ParallelOptions.MaxDegreeOfParallelism, a RateLimiter), cap the batch and log it for audit",
        RuleCategories.ExtractionRisk,
        DiagnosticSeverity.Warning,
        "Starting one request per item in parallel sends bursts that trip provider rate limits and abuse detection. Limit the degree of parallelism and the request rate.");

    public static readonly DiagnosticDescriptor ResponseHarvesting = Create(
        RuleIdentifiers.ResponseHarvesting,
        "LLM responses harvested into a dataset",
        "This loop sends a prompt built from each item and stores the responses, the shape of building training data from a model; check the provider's terms, document the purpose, and cap, throttle and log the batch",
        RuleCategories.ExtractionRisk,
        DiagnosticSeverity.Info,
        "Most providers' terms forbid using outputs to develop competing models. Code that templates prompts over a dataset and saves the answers looks like that, whatever its purpose.");

    public static readonly DiagnosticDescriptor PipelineWithoutTelemetry = Create(
        RuleIdentifiers.PipelineWithoutTelemetry,
        "LLM pipeline without telemetry",
        "{0}: model calls through it leave no audit trail; {1}",
        RuleCategories.ExtractionRisk,
        DiagnosticSeverity.Info,
        "An audit trail of model calls (which feature, which session, sizes and timings) shows a provider that the traffic is product traffic, not extraction, and shows the team where usage comes from. Microsoft.Extensions.AI's UseOpenTelemetry() records every call with the GenAI semantic conventions.");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        RuleIdentifiers.InvalidConfiguration,
        "Invalid ProviderLockin configuration",
        "'{0}' has an invalid value '{1}': {2}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        "A provider_lockin.* option in .editorconfig or .globalconfig, or an entry of a *.models.json file, could not be read. The analyzers keep working with the documented default for that option, and without that entry.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        DirectProviderSdkUse,
        ProviderClientTypeInSignature,
        RawHttpToProviderEndpoint,
        SingleProviderNoFallback,
        TestsCallPaidProvider,
        ProviderTurnMarker,
        HardCodedModelId,
        ModelIdentityInPrompt,
        ProviderOnlyOption,
        AssistantPrefill,
        RetiredModelId,
        UnboundedLlmLoop,
        UnthrottledFanOut,
        ResponseHarvesting,
        PipelineWithoutTelemetry,
        InvalidConfiguration);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
