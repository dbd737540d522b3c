namespace ShopAssistant.Ai;

/// <summary>
/// Allowed: model choices live in configuration. Defaults in a class named *Settings / *Options / *Configuration are
/// configuration, not hard-coded choices (PLA2002 does not report them); appsettings.json or the environment override them.
/// </summary>
public sealed class AiSettings
{
    public string ChatModel { get; set; } = "gpt-4o-mini";

    public string OpenAiApiKey { get; set; } = "sk-sample-not-used";
}
