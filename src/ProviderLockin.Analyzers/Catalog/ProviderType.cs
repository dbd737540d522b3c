using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>What the catalogue knows about one type of a provider SDK.</summary>
internal sealed class ProviderType
{
    public ProviderType(ProviderSdk sdk, INamedTypeSymbol type, bool isClient, bool implementsAbstraction)
    {
        Sdk = sdk;
        Type = type;
        IsClient = isClient;
        ImplementsAbstraction = implementsAbstraction;
    }

    public ProviderSdk Sdk { get; }

    public INamedTypeSymbol Type { get; }

    /// <summary>A client or service that talks to the provider, as opposed to a request or response type.</summary>
    public bool IsClient { get; }

    /// <summary>The type also implements IChatClient or another abstraction (OllamaApiClient does).</summary>
    public bool ImplementsAbstraction { get; }

    /// <summary>The abstraction to name in messages, guessed from what the client does.</summary>
    public string SuggestedAbstraction
    {
        get
        {
            var name = Type.Name;
            if (name.IndexOf("Embedding", System.StringComparison.Ordinal) >= 0)
            {
                return "IEmbeddingGenerator";
            }

            if (name.IndexOf("Image", System.StringComparison.Ordinal) >= 0)
            {
                return "IImageGenerator";
            }

            if (name.IndexOf("Audio", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Speech", System.StringComparison.Ordinal) >= 0)
            {
                return "ISpeechToTextClient";
            }

            return "IChatClient";
        }
    }
}
