namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>Diagnostic IDs. Users and docs depend on them: never renumber.</summary>
public static class RuleIdentifiers
{
    // PLA1xxx: provider coupling
    public const string DirectProviderSdkUse = "PLA1001";
    public const string ProviderClientTypeInSignature = "PLA1002";
    public const string RawHttpToProviderEndpoint = "PLA1003";
    public const string SingleProviderNoFallback = "PLA1004";
    public const string TestsCallPaidProvider = "PLA1005";

    // PLA2xxx: prompt portability
    public const string ProviderTurnMarker = "PLA2001";
    public const string HardCodedModelId = "PLA2002";
    public const string ModelIdentityInPrompt = "PLA2003";
    public const string ProviderOnlyOption = "PLA2004";
    public const string AssistantPrefill = "PLA2005";
    public const string RetiredModelId = "PLA2006";

    // PLA3xxx: usage patterns that look like model extraction
    public const string UnboundedLlmLoop = "PLA3001";
    public const string UnthrottledFanOut = "PLA3002";
    public const string ResponseHarvesting = "PLA3003";
    public const string PipelineWithoutTelemetry = "PLA3004";

    // PLA9xxx: configuration errors
    public const string InvalidConfiguration = "PLA9001";
}
