using OllamaSharp;

namespace ShopAssistant.Infrastructure;

/// <summary>Allowed: marked [ProviderAbstraction], so it may use the Ollama SDK directly.</summary>
[ProviderAbstraction]
public sealed class LocalModelAdapter
{
    private readonly OllamaApiClient _ollama = new(new Uri("http://ollama.internal:8080"), "llama3.1:8b");

    public async Task<string> CompleteAsync(string prompt)
    {
        var text = new System.Text.StringBuilder();
        await foreach (var chunk in _ollama.GenerateAsync(prompt))
        {
            text.Append(chunk?.Response);
        }

        return text.ToString();
    }
}
