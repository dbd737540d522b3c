namespace ShopAssistant.Ai;

/// <summary>
/// Allowed: model choices live in configuration. Defaults in a class named *Settings / *Options / *Configuration are
/// configuration, not hard-coded choices (PLA2002 does not report them); appsettings.json or the environment override them.
/// </summary>
public sealed class AiSettings
{
    public string ChatModel { get; set; } = "gpt-4o-mini";

    /// <summary>
    /// PLA2006 (suggestion): configuration is the right home for a model choice, but this snapshot is deprecated and
    /// retires on 2026-12-11; the IDE shows it, the report lists it, and the fix puts in 'gpt-5.6-sol'.
    /// </summary>
    public string SummaryModel { get; set; } = "gpt-5-2025-08-07";

    public string OpenAiApiKey { get; set; } = "sk-sample-not-used";
}
