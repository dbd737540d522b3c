using System;
using System.Collections.Immutable;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// One provider SDK: the assembly that ships it, the namespace its types live in, and the client types
/// that do not follow the naming convention (see <see cref="ProviderCatalog"/>).
/// </summary>
internal sealed class ProviderSdk
{
    private static readonly ImmutableArray<string> DefaultClientSuffixes = ImmutableArray.Create("Client", "Service", "Endpoint", "ClientBuilder");

    public ProviderSdk(string provider, string package, string assemblyName, string rootNamespace, params string[] extraClientTypes)
        : this(provider, package, assemblyName, rootNamespace, DefaultClientSuffixes, extraClientTypes)
    {
    }

    private ProviderSdk(string provider, string package, string assemblyName, string rootNamespace, ImmutableArray<string> clientSuffixes, string[] extraClientTypes)
    {
        ClientSuffixes = clientSuffixes;
        Provider = provider;
        Package = package;
        AssemblyName = assemblyName;
        RootNamespace = NamespaceName.Parse(rootNamespace);
        ExtraClientTypes = ImmutableHashSet.Create(StringComparer.Ordinal, extraClientTypes);
    }

    /// <summary>The name users know, as it appears in messages: "OpenAI", "AWS Bedrock".</summary>
    public string Provider { get; }

    /// <summary>The NuGet package, for docs and the exposure report.</summary>
    public string Package { get; }

    /// <summary>Matched exactly: several SDKs share namespaces (OpenAI vs OpenAI-DotNet) and short type names.</summary>
    public string AssemblyName { get; }

    /// <summary>Types outside it (for example adapters an SDK ships in Microsoft.Extensions.AI) are not provider types.</summary>
    public NamespaceName RootNamespace { get; }

    /// <summary>A type whose name ends in one of these (and is longer than it) is a client.</summary>
    public ImmutableArray<string> ClientSuffixes { get; }

    /// <summary>Simple names of client types whose names do not end in Client, Service, Endpoint or Api.</summary>
    public ImmutableHashSet<string> ExtraClientTypes { get; }

    /// <summary>
    /// The SDKs this package knows. Add a row to support another one; users add their own with
    /// <c>provider_lockin.additional_sdk_namespaces</c>.
    /// </summary>
    public static ImmutableArray<ProviderSdk> Known { get; } = ImmutableArray.Create(
        new ProviderSdk("OpenAI", "OpenAI", "OpenAI", "OpenAI"),
        new ProviderSdk("Azure OpenAI", "Azure.AI.OpenAI", "Azure.AI.OpenAI", "Azure.AI.OpenAI"),
        new ProviderSdk("Azure AI Inference", "Azure.AI.Inference", "Azure.AI.Inference", "Azure.AI.Inference"),
        new ProviderSdk("Anthropic", "Anthropic", "Anthropic", "Anthropic"),
        // Anthropic's clients for its models on other clouds ship as sibling packages with assemblies of their own.
        new ProviderSdk("Anthropic on AWS Bedrock", "Anthropic.Bedrock", "Anthropic.Bedrock", "Anthropic.Bedrock"),
        new ProviderSdk("Anthropic on Google Vertex AI", "Anthropic.Vertex", "Anthropic.Vertex", "Anthropic.Vertex"),
        new ProviderSdk("Anthropic on Microsoft Foundry", "Anthropic.Foundry", "Anthropic.Foundry", "Anthropic.Foundry"),
        // The Anthropic-managed platform clients on AWS and Google Cloud (2026 packages next to Bedrock and Vertex).
        new ProviderSdk("Anthropic on AWS", "Anthropic.Aws", "Anthropic.Aws", "Anthropic.Aws"),
        new ProviderSdk("Anthropic on Google Cloud", "Anthropic.GoogleCloud", "Anthropic.GoogleCloud", "Anthropic.GoogleCloud"),
        new ProviderSdk("Anthropic", "Anthropic.SDK", "Anthropic.SDK", "Anthropic.SDK"),
        new ProviderSdk("Anthropic", "Claudia", "Claudia", "Claudia", "Anthropic", "IMessages"),
        new ProviderSdk("Google Gemini", "Google.GenAI", "Google.GenAI", "Google.GenAI", "Models"),
        new ProviderSdk("Google Gemini", "Mscc.GenerativeAI", "Mscc.GenerativeAI", "Mscc.GenerativeAI", "IGenerativeAI", "GoogleAI", "VertexAI", "BaseModel", "GenerativeModel", "ImageGenerationModel", "ChatSession"),
        // Vertex AI has resource types named *Endpoint; its clients all end in Client.
        new ProviderSdk("Google Vertex AI", "Google.Cloud.AIPlatform.V1", "Google.Cloud.AIPlatform.V1", "Google.Cloud.AIPlatform.V1", ImmutableArray.Create("Client", "ClientBuilder"), new string[0]),
        new ProviderSdk("AWS Bedrock", "AWSSDK.BedrockRuntime", "AWSSDK.BedrockRuntime", "Amazon.BedrockRuntime", "IAmazonBedrockRuntime"),
        new ProviderSdk("Mistral", "Mistral.SDK", "Mistral.SDK", "Mistral.SDK"),
        new ProviderSdk("Ollama", "OllamaSharp", "OllamaSharp", "OllamaSharp", "Chat"),
        // Betalgo.OpenAI (up to 8.7) ships an assembly named "OpenAI" too (namespaces OpenAI.Managers, OpenAI.ObjectModels):
        // the OpenAI row covers it. From 8.8 the package is Betalgo.Ranul.OpenAI.
        new ProviderSdk("OpenAI", "Betalgo.Ranul.OpenAI", "Betalgo.Ranul.OpenAI", "Betalgo.Ranul.OpenAI"),
        new ProviderSdk("OpenAI", "Betalgo.Ranul.OpenAI.Contracts", "Betalgo.Ranul.OpenAI.Contracts", "Betalgo.Ranul.OpenAI"),
        new ProviderSdk("OpenAI", "OpenAI-DotNet", "OpenAI-DotNet", "OpenAI"));

    /// <summary>
    /// An SDK a user declared with <c>provider_lockin.additional_sdk_namespaces</c>; it may live in any assembly. Community
    /// SDKs also name their entry type <c>...Api</c> / <c>...API</c> (OpenAI_API's <c>OpenAIAPI</c>, real code): clients too.
    /// </summary>
    public static ProviderSdk ForUserNamespace(NamespaceName ns) => new(ns.Text, ns.Text, assemblyName: string.Empty, ns.Text, UserClientSuffixes, Array.Empty<string>());

    private static readonly ImmutableArray<string> UserClientSuffixes = DefaultClientSuffixes.AddRange(new[] { "Api", "API" });

    /// <summary>Is this compilation a provider SDK itself (built from source)? Its own model constants are not a project's choices.</summary>
    public static bool IsSdkAssembly(string? assemblyName)
    {
        foreach (var sdk in Known)
        {
            if (string.Equals(sdk.AssemblyName, assemblyName, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Provider + " (" + Package + ")";
}
