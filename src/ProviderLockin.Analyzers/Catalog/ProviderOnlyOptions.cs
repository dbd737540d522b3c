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

    private static readonly (string Type, string Member)[] SdkMembers =
    {
        ("ChatCompletionOptions", "LogitBiases"),
        ("ChatCompletionOptions", "ReasoningEffortLevel"),
        ("ChatCompletionOptions", "ServiceTier"),
        ("ChatResponseFormat", "CreateJsonObjectFormat"),
        ("MessageCreateParams", "Thinking"),
        ("GenerateContentConfig", "ThinkingConfig"),
        ("GenerateContentConfig", "ResponseMimeType"),
        ("GenerationConfig", "ThinkingConfig"),
        ("GenerationConfig", "ResponseMimeType"),
        ("MessageParameters", "Thinking"),
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

    /// <summary>A member of a provider SDK type (the caller has checked the type is one) that only that provider honours.</summary>
    public static bool IsProviderOnlyMember(string typeName, string memberName)
    {
        foreach (var (type, member) in SdkMembers)
        {
            if (type == typeName && member == memberName)
            {
                return true;
            }
        }

        return false;
    }

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
