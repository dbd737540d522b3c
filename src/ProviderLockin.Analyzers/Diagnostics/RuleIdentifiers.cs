namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>Diagnostic IDs. Users and docs depend on them: never renumber.</summary>
public static class RuleIdentifiers
{
    // PLA1xxx: provider coupling
    public const string DirectProviderSdkUse = "PLA1001";
    public const string ProviderClientTypeInSignature = "PLA1002";
    public const string RawHttpToProviderEndpoint = "PLA1003";

    // PLA9xxx: configuration errors
    public const string InvalidConfiguration = "PLA9001";
}
