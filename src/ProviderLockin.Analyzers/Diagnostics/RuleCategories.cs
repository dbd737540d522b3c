namespace ProviderLockin.Analyzers.Diagnostics;

public static class RuleCategories
{
    public const string ProviderCoupling = "ProviderCoupling";
    public const string PromptPortability = "PromptPortability";
    public const string ExtractionRisk = "ExtractionRisk";
    public const string Configuration = "Configuration";
}
