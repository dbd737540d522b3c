using System;
using System.Collections.Immutable;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// A provider host: <c>api.openai.com</c>, or with one <c>*</c> wildcard (<c>*.openai.azure.com</c>,
/// <c>bedrock-runtime.*.amazonaws.com</c>), optionally with a port (<c>*:11434</c>).
/// </summary>
internal sealed class EndpointPattern
{
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly bool _hasWildcard;

    private EndpointPattern(string provider, string pattern)
    {
        Provider = provider;
        Pattern = pattern;
        var star = pattern.IndexOf('*');
        _hasWildcard = star >= 0;
        _prefix = _hasWildcard ? pattern.Substring(0, star) : pattern;
        _suffix = _hasWildcard ? pattern.Substring(star + 1) : string.Empty;
        IncludesPort = pattern.IndexOf(':') >= 0;
    }

    public string Provider { get; }

    public string Pattern { get; }

    public bool IncludesPort { get; }

    /// <summary>The longest fixed part: what a text must contain for the pattern to match anywhere in it.</summary>
    public string Anchor => _prefix.Length >= _suffix.Length ? _prefix : _suffix;

    public static EndpointPattern Known(string provider, string pattern) => new(provider, pattern);

    /// <summary>Parses a user entry of <c>provider_lockin.additional_endpoints</c>; null when it is not a host pattern.</summary>
    public static EndpointPattern? TryParse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value.Substring(scheme + 3);
        }

        value = value.TrimEnd('/');
        if (value.Length == 0 || value.IndexOf('*') != value.LastIndexOf('*') || value == "*")
        {
            return null;
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '*' or ':' or '_'))
            {
                return null;
            }
        }

        return new EndpointPattern("custom endpoint", value);
    }

    public bool Matches(string host, string hostWithPort)
    {
        var text = IncludesPort ? hostWithPort : host;
        if (!_hasWildcard)
        {
            return string.Equals(text, Pattern, StringComparison.Ordinal);
        }

        return text.Length > _prefix.Length + _suffix.Length
            && text.StartsWith(_prefix, StringComparison.Ordinal)
            && text.EndsWith(_suffix, StringComparison.Ordinal);
    }

    public override string ToString() => Pattern;
}

/// <summary>
/// Provider REST endpoints (PLA1003) and the matcher that finds them in URL text. Interpolation holes are passed in
/// as <see cref="Hole"/>, so <c>$"https://{resource}.openai.azure.com/..."</c> still matches <c>*.openai.azure.com</c>.
/// </summary>
internal sealed class ProviderEndpoints
{
    /// <summary>Stands for an interpolation hole or a non-constant part of a URL.</summary>
    public const char Hole = '\u0001';

    public static ImmutableArray<EndpointPattern> Known { get; } = ImmutableArray.Create(
        EndpointPattern.Known("OpenAI", "api.openai.com"),
        EndpointPattern.Known("Azure OpenAI", "*.openai.azure.com"),
        EndpointPattern.Known("Azure AI Foundry", "*.services.ai.azure.com"),
        EndpointPattern.Known("Azure AI Inference", "*.inference.ai.azure.com"),
        EndpointPattern.Known("Anthropic", "api.anthropic.com"),
        EndpointPattern.Known("Google Gemini", "generativelanguage.googleapis.com"),
        EndpointPattern.Known("Google Vertex AI", "aiplatform.googleapis.com"),
        EndpointPattern.Known("Google Vertex AI", "*-aiplatform.googleapis.com"),
        EndpointPattern.Known("AWS Bedrock", "bedrock-runtime.*.amazonaws.com"),
        EndpointPattern.Known("Mistral", "api.mistral.ai"),
        EndpointPattern.Known("Cohere", "api.cohere.com"),
        EndpointPattern.Known("Cohere", "api.cohere.ai"),
        EndpointPattern.Known("Groq", "api.groq.com"),
        EndpointPattern.Known("DeepSeek", "api.deepseek.com"),
        EndpointPattern.Known("OpenRouter", "openrouter.ai"),
        EndpointPattern.Known("Together AI", "api.together.xyz"),
        EndpointPattern.Known("Ollama", "*:11434"));

    private readonly ImmutableArray<EndpointPattern> _patterns;

    public ProviderEndpoints(ImmutableArray<EndpointPattern> additional)
    {
        _patterns = additional.IsDefaultOrEmpty ? Known : Known.AddRange(additional);
        var anchors = ImmutableArray.CreateBuilder<string>(_patterns.Length);
        foreach (var pattern in _patterns)
        {
            anchors.Add(pattern.Anchor);
        }

        Anchors = anchors.ToImmutable();
        PreScanKeys = ReduceToKeys(Anchors);
        AnchorsKey = string.Join("\n", Anchors);
    }

    /// <summary>Fixed strings one of which any matching URL contains.</summary>
    public ImmutableArray<string> Anchors { get; }

    /// <summary>
    /// Fewer, shorter strings one of which every anchor contains: the pre-scan of all source text looks for these first
    /// (six passes instead of one per provider), then confirms a hit with <see cref="Anchors"/>.
    /// </summary>
    public ImmutableArray<string> PreScanKeys { get; }

    /// <summary>Identifies the anchor set, so a cached pre-scan result is reused only for the same endpoints.</summary>
    public string AnchorsKey { get; }

    private static readonly string[] BroadKeys = { "api.", ".azure.com", "googleapis.com", "amazonaws.com", "openrouter.ai", ":11434" };

    private static ImmutableArray<string> ReduceToKeys(ImmutableArray<string> anchors)
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var anchor in anchors)
        {
            var key = anchor;
            foreach (var broad in BroadKeys)
            {
                if (anchor.IndexOf(broad, StringComparison.Ordinal) >= 0)
                {
                    key = broad;
                    break;
                }
            }

            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys.ToImmutable();
    }

    /// <summary>Finds the provider whose host the URL text names. The text may contain <see cref="Hole"/> characters.</summary>
    public bool TryMatch(string urlText, out EndpointPattern endpoint)
    {
        endpoint = null!;
        if (!TryGetHost(urlText, out var host, out var hostWithPort))
        {
            return false;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(host, hostWithPort))
            {
                endpoint = pattern;
                return true;
            }
        }

        return false;
    }

    /// <summary>The authority of an absolute URL (<c>https://host:port/...</c>) or of a scheme-less one (<c>host/path</c>).</summary>
    internal static bool TryGetHost(string text, out string host, out string hostWithPort)
    {
        host = hostWithPort = string.Empty;
        var start = text.IndexOf("://", StringComparison.Ordinal);
        start = start >= 0 ? start + 3 : 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && text[end] is not ('/' or '?' or '#') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        var authority = text.Substring(start, end - start);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        hostWithPort = authority.ToLowerInvariant();
        var colon = hostWithPort.LastIndexOf(':');
        host = colon >= 0 ? hostWithPort.Substring(0, colon) : hostWithPort;
        return host.Length > 0;
    }
}
