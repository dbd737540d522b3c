using ProviderLockin.Analyzers.Catalog;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>The shared matchers under the rules: namespace names and provider endpoints.</summary>
public class CatalogTests
{
    [Theory]
    [InlineData("Shop.Ai", true)]
    [InlineData("global::Shop.Ai", true)]
    [InlineData("Shop", true)]
    [InlineData("Shop..Ai", false)]
    [InlineData("Shop.Ai.", false)]
    [InlineData("Shop.1Ai", false)]
    [InlineData("Shop Ai", false)]
    [InlineData("", false)]
    public void Namespace_names_are_dotted_identifiers(string text, bool valid)
        => Assert.Equal(valid, NamespaceName.TryParse(text) is not null);

    [Theory]
    [InlineData("https://api.openai.com/v1/chat/completions", "OpenAI")]
    [InlineData("HTTPS://API.OPENAI.COM/v1", "OpenAI")]
    [InlineData("https://user:pw@api.anthropic.com/v1/messages", "Anthropic")]
    [InlineData("https://contoso.openai.azure.com/openai/deployments/x", "Azure OpenAI")]
    [InlineData("https://\u0001.openai.azure.com/openai", "Azure OpenAI")]
    [InlineData("https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse", "AWS Bedrock")]
    [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects", "Google Vertex AI")]
    [InlineData("http://localhost:11434/api/chat", "Ollama")]
    [InlineData("http://ollama:11434/api/generate", "Ollama")]
    [InlineData("api.mistral.ai/v1/chat/completions", "Mistral")]
    [InlineData("https://openrouter.ai/api/v1/chat/completions", "OpenRouter")]
    public void Provider_hosts_are_recognised(string url, string provider)
    {
        Assert.True(new ProviderEndpoints(default).TryMatch(url, out var endpoint));
        Assert.Equal(provider, endpoint.Provider);
    }

    [Theory]
    [InlineData("https://docs.anthropic.com/en/api")]
    [InlineData("https://example.com/?u=https://api.openai.com")]
    [InlineData("https://api.openai.com.evil.example/v1")]
    [InlineData("https://\u0001/v1/chat/completions")]
    [InlineData("https://bedrock.us-east-1.amazonaws.com/")]
    [InlineData("Falling back from api.openai.com")]
    [InlineData("http://localhost:8080/api/chat")]
    [InlineData("")]
    public void Other_text_is_not_a_provider_endpoint(string text)
        => Assert.False(new ProviderEndpoints(default).TryMatch(text, out _));

    [Theory]
    [InlineData("llm.contoso.com", true)]
    [InlineData("https://llm.contoso.com/", true)]
    [InlineData("*.contoso-ai.net", true)]
    [InlineData("gateway:8443", true)]
    [InlineData("*", false)]
    [InlineData("a*b*c", false)]
    [InlineData("llm contoso", false)]
    public void Additional_endpoint_patterns(string text, bool valid)
        => Assert.Equal(valid, EndpointPattern.TryParse(text) is not null);
}
