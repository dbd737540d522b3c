using System;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// Request options only one provider honours (PLA2004): keys put into <c>ChatOptions.AdditionalProperties</c>, members of
/// provider SDK option types, and provider HTTP headers. Portable code that sets them behaves differently elsewhere.
/// </summary>
internal static class ProviderOnlyOptions
{
    private static readonly (string Key, string Provider)[] AdditionalPropertyKeys =
    {
        ("top_k", "Anthropic and Google (ChatOptions.TopK is portable)"),
        ("logit_bias", "OpenAI"),
        ("logprobs", "OpenAI"),
        ("reasoning_effort", "OpenAI"),
        ("service_tier", "OpenAI"),
        ("safety_identifier", "OpenAI"),
        ("prompt_cache_key", "OpenAI"),
        ("top_logprobs", "OpenAI"),
        ("verbosity", "OpenAI"),
        ("cache_control", "Anthropic"),
        ("thinking", "Anthropic"),
        ("anthropic_version", "Anthropic"),
        ("anthropic-version", "Anthropic"),
        ("thinkingConfig", "Google Gemini"),
        ("thinking_config", "Google Gemini"),
        ("response_mime_type", "Google Gemini"),
        ("responseMimeType", "Google Gemini"),
        ("safety_settings", "Google Gemini"),
        ("safetySettings", "Google Gemini"),
    };

    private static readonly (string Header, string Provider)[] Headers =
    {
        ("anthropic-version", "Anthropic"),
        ("anthropic-beta", "Anthropic"),
        ("openai-beta", "OpenAI"),
        ("x-goog-api-key", "Google Gemini"),
    };

    public static bool TryGetAdditionalPropertyKey(string key, out string provider) => TryFind(AdditionalPropertyKeys, key, StringComparison.Ordinal, out provider);

    public static bool TryGetHeader(string header, out string provider) => TryFind(Headers, header, StringComparison.OrdinalIgnoreCase, out provider);

    /// <summary>
    /// A member of a provider SDK option type that only that provider honours (the caller then checks the type is an SDK's).
    /// Called for every property reference and invocation, so it switches on the member name before anything else.
    /// </summary>
    public static bool IsProviderOnlyMember(string typeName, string memberName) => memberName switch
    {
        "LogitBiases" or "ReasoningEffortLevel" or "ServiceTier" => typeName == "ChatCompletionOptions",
        "CreateJsonObjectFormat" => typeName == "ChatResponseFormat",
        "Thinking" => typeName is "MessageCreateParams" or "MessageParameters",

        // Anthropic's beta features (the anthropic-beta header as a property of the request).
        "Betas" => typeName is "MessageCreateParams" or "MessageCountTokensParams",
        "ThinkingConfig" or "ResponseMimeType" => typeName is "GenerateContentConfig" or "GenerationConfig",
        _ => false,
    };

    private static bool TryFind((string Name, string Provider)[] table, string name, StringComparison comparison, out string provider)
    {
        foreach (var (candidate, owner) in table)
        {
            if (string.Equals(candidate, name, comparison))
            {
                provider = owner;
                return true;
            }
        }

        provider = string.Empty;
        return false;
    }
}
