using System;
using System.Text.RegularExpressions;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>A user-supplied model-ID shape (<c>provider_lockin.model_id_patterns</c>), matched against the whole value.</summary>
internal sealed class ModelIdPattern
{
    // A user's pattern runs on string constants only, but a bad one must not stall a build.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly Regex _regex;

    private ModelIdPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    public string Text { get; }

    public static ModelIdPattern? TryParse(string text, out string error)
    {
        try
        {
            error = string.Empty;

            // Compiled as written first, so an error message points into the user's pattern, then anchored.
            _ = new Regex(text, RegexOptions.CultureInvariant, MatchTimeout);
            return new ModelIdPattern(text, new Regex("^(?:" + text + ")$", RegexOptions.CultureInvariant, MatchTimeout));
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    public bool IsMatch(string value)
    {
        try
        {
            return _regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => Text;
}

/// <summary>
/// Model-ID shapes of the providers (<c>gpt-4o-2024-08-06</c>, <c>claude-sonnet-4-5-20250929</c>,
/// <c>anthropic.claude-3-5-sonnet-20241022-v2:0</c>, <c>gemini-2.5-flash</c>, <c>llama3.1:8b</c>, ...). A value is a model ID
/// only when the whole value has the shape: a model name inside a sentence is not one. Linear, no regular expressions.
/// </summary>
internal static class ModelIds
{
    private static readonly (string Prefix, string Provider)[] Prefixes =
    {
        ("gpt-", "OpenAI"),
        ("chatgpt-", "OpenAI"),
        ("text-embedding-3", "OpenAI"),
        ("text-embedding-ada", "OpenAI"),
        ("dall-e-", "OpenAI"),
        ("whisper-", "OpenAI"),
        ("tts-", "OpenAI"),
        ("omni-moderation", "OpenAI"),
        ("davinci-", "OpenAI"),
        ("babbage-", "OpenAI"),
        ("claude-", "Anthropic"),
        ("gemini-", "Google Gemini"),
        ("gemma-", "Google Gemma"),
        ("imagen-", "Google Imagen"),
        ("text-embedding-00", "Google Gemini"),
        ("mistral-", "Mistral"),
        ("open-mistral-", "Mistral"),
        ("open-mixtral-", "Mistral"),
        ("codestral-", "Mistral"),
        ("ministral-", "Mistral"),
        ("pixtral-", "Mistral"),
        ("magistral-", "Mistral"),
        ("devstral-", "Mistral"),
        ("command-r", "Cohere"),
        ("command-a", "Cohere"),
        ("embed-english-", "Cohere"),
        ("embed-multilingual-", "Cohere"),
        ("deepseek-", "DeepSeek"),
        ("grok-", "xAI"),
    };

    // Bedrock: [region.]vendor.model, e.g. us.anthropic.claude-3-5-sonnet-20241022-v2:0, amazon.titan-embed-text-v2:0.
    private static readonly string[] BedrockRegions = { "us.", "eu.", "apac.", "global.", "us-gov." };
    private static readonly string[] BedrockVendors = { "anthropic.", "amazon.", "meta.", "mistral.", "cohere.", "ai21.", "deepseek.", "writer.", "stability." };

    // Ollama: name[:tag] for the common model families, e.g. llama3.1:8b, qwen2.5-coder:7b, nomic-embed-text.
    private static readonly string[] OllamaFamilies =
    {
        "llama", "mistral", "mixtral", "gemma", "phi", "qwen", "deepseek", "codellama", "llava", "tinyllama", "starcoder",
        "granite", "smollm", "nomic-embed-text", "mxbai-embed", "all-minilm", "olmo",
    };

    /// <summary>True when the whole value is a model ID; <paramref name="provider"/> names whose.</summary>
    public static bool TryGetProvider(string value, out string provider)
    {
        provider = string.Empty;

        // A Bedrock model or inference-profile ARN: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2,
        // arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0.
        if (value.StartsWith("arn:aws:bedrock:", StringComparison.Ordinal) && value.Length <= 256 && value.IndexOf('/') > 0 && HasModelIdCharacters(value))
        {
            provider = "AWS Bedrock";
            return true;
        }

        if (value.Length < 2 || value.Length > 100 || !HasModelIdCharacters(value))
        {
            return false;
        }

        var id = value.StartsWith("models/", StringComparison.Ordinal) ? value.Substring("models/".Length) : value;

        foreach (var (prefix, owner) in Prefixes)
        {
            if (id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal))
            {
                provider = owner;
                return true;
            }
        }

        // OpenAI reasoning models: o1, o3, o3-mini, o4-mini, o1-2024-12-17.
        if (id.Length >= 2 && id[0] == 'o' && id[1] is '1' or '3' or '4' && (id.Length == 2 || id[2] == '-'))
        {
            provider = "OpenAI";
            return true;
        }

        if (IsBedrock(id))
        {
            provider = "AWS Bedrock";
            return true;
        }

        if (IsOllama(id))
        {
            provider = "Ollama";
            return true;
        }

        return false;
    }

    /// <summary>A known shape or one of the user's patterns.</summary>
    public static bool TryGetProvider(string value, System.Collections.Immutable.ImmutableArray<ModelIdPattern> userPatterns, out string provider)
    {
        if (TryGetProvider(value, out provider))
        {
            return true;
        }

        foreach (var pattern in userPatterns)
        {
            if (pattern.IsMatch(value))
            {
                provider = "matches provider_lockin.model_id_patterns";
                return true;
            }
        }

        return false;
    }

    /// <summary><c>us.anthropic.claude-...</c> → <c>anthropic.claude-...</c>: a Bedrock cross-region inference profile's model.</summary>
    public static string WithoutBedrockRegion(string id)
    {
        foreach (var region in BedrockRegions)
        {
            if (id.StartsWith(region, StringComparison.Ordinal))
            {
                return id.Substring(region.Length);
            }
        }

        return id;
    }

    private static bool IsBedrock(string id)
    {
        var rest = WithoutBedrockRegion(id);

        foreach (var vendor in BedrockVendors)
        {
            if (rest.Length > vendor.Length && rest.StartsWith(vendor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOllama(string id)
    {
        var colon = id.IndexOf(':');
        var name = colon >= 0 ? id.Substring(0, colon) : id;
        foreach (var family in OllamaFamilies)
        {
            if (!name.StartsWith(family, StringComparison.Ordinal))
            {
                continue;
            }

            // "llama3.1", "qwen2.5-coder", "phi3:mini", "nomic-embed-text": a version, a tag or an exact family name;
            // plain words like "mistral" or "phi" alone are too common to count.
            if (colon >= 0 || name.Length == family.Length && family.IndexOf('-') >= 0
                || name.Length > family.Length && char.IsDigit(name[family.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModelIdCharacters(string value)
    {
        var hasLetter = false;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (!(c is >= '0' and <= '9' or '.' or '-' or ':' or '_' or '/' or '@'))
            {
                return false;
            }
        }

        return hasLetter;
    }
}
