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

    /// <summary>
    /// The portable interface to name in messages, from what the type is for: chat → IChatClient, embeddings →
    /// IEmbeddingGenerator, images → IImageGenerator, transcription → ISpeechToTextClient, speech synthesis →
    /// ITextToSpeechClient (Microsoft.Extensions.AI). APIs with no portable interface (files, vector stores, assistants,
    /// batches, fine-tuning, realtime, moderation) name a provider interface of the project's own.
    /// </summary>
    public string SuggestedAbstraction => SuggestedAbstractionFor(member: null);

    /// <summary>The same for one member: OpenAI's AudioClient transcribes (ISpeechToTextClient) and speaks (ITextToSpeechClient).</summary>
    public string SuggestedAbstractionFor(ISymbol? member)
    {
        var ns = Type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var name = Type.Name;
        if (Contains(ns, "Embedding") || Contains(name, "Embedding"))
        {
            return "IEmbeddingGenerator";
        }

        if (Contains(ns, "Image") || Contains(name, "Image"))
        {
            return "IImageGenerator";
        }

        if (Contains(ns, "Audio") || Contains(name, "Audio") || Contains(name, "Speech") || Contains(name, "Transcri"))
        {
            // A construction is the client as a whole; a call says which way the audio goes.
            var action = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? null : member?.Name;
            if (action is not null && Contains(action, "Speech") || Contains(name, "TextToSpeech"))
            {
                return "ITextToSpeechClient";
            }

            return action is null && !Contains(name, "Transcri") && !Contains(name, "SpeechToText") ? "ISpeechToTextClient / ITextToSpeechClient" : "ISpeechToTextClient";
        }

        return NamesOneOf(NoPortableInterface) ? "a provider interface of your own" : "IChatClient";
    }

    /// <summary>
    /// A client of the provider's data APIs (files, uploads, vector stores, fine-tuning, containers): its requests store or
    /// manage data; no model generates anything for them, so a loop of them is not the shape of extraction.
    /// </summary>
    public bool ManagesDataOnly => _managesDataOnly ??= NamesOneOf(DataApis);

    private bool? _managesDataOnly;

    private bool NamesOneOf(string[] words)
    {
        var ns = Type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var word in words)
        {
            if (Contains(ns, word) || Contains(Type.Name, word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DataApis = { "File", "Upload", "VectorStore", "FineTun", "Container" };

    private static readonly string[] NoPortableInterface =
        { "File", "VectorStore", "Assistant", "Batch", "FineTun", "Realtime", "Moderation", "Container", "Eval", "Upload" };

    private static bool Contains(string text, string part) => text.IndexOf(part, System.StringComparison.Ordinal) >= 0;
}
