// API-shape fixture: mirrors OpenAI-DotNet 8.8.7 (RageAgainstThePixel/OpenAI-DotNet tag v8.8.7: OpenAI-DotNet/{OpenAIClient.cs,Authentication/*.cs,Common/{Role,BaseResponse,OpenAIBaseEndpoint,Usage,TextResponseFormat,ReasoningEffort}.cs,Chat/*.cs,Models/Model.cs}). Public names and signatures only; not the SDK.
// Assembly name is "OpenAI-DotNet" (csproj has no AssemblyName; RootNamespace=OpenAI), so namespaces OpenAI / OpenAI.Chat / OpenAI.Models overlap with the official "OpenAI" package.
#nullable enable

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Chat;
using OpenAI.Models;

namespace OpenAI
{
    public sealed class OpenAIAuthentication
    {
        public OpenAIAuthentication(string apiKey) => throw null!;
        public OpenAIAuthentication(string apiKey, string organization, string? projectId = null) => throw null!;
        public string ApiKey => throw null!;
        public string OrganizationId => throw null!;
        public string ProjectId => throw null!;
        public static implicit operator OpenAIAuthentication(string key) => throw null!;
        public static OpenAIAuthentication Default => throw null!;
        public static OpenAIAuthentication LoadFromEnvironment(string? organizationId = null) => throw null!;
        public static OpenAIAuthentication LoadFromPath(string path) => throw null!;
        public static OpenAIAuthentication LoadFromDirectory(string? directory = null, string filename = ".openai", bool searchUp = true) => throw null!;
    }

    public sealed class OpenAISettings
    {
        public OpenAISettings() => throw null!;
        public OpenAISettings(string domain, string apiVersion = "v1") => throw null!;
        public string ResourceName => throw null!;
        public string DeploymentId => throw null!;
        public string ApiVersion => throw null!;
        public string BaseRequest => throw null!;
        public bool IsAzureOpenAI => throw null!;
        public static OpenAISettings Default => throw null!;
    }

    public sealed class OpenAIClient : IDisposable
    {
        public OpenAIClient(OpenAIAuthentication? openAIAuthentication = null, OpenAISettings? clientSettings = null, HttpClient? client = null) => throw null!;
        public OpenAIAuthentication OpenAIAuthentication => throw null!;
        public bool EnableDebug { get => throw null!; set { } }
        public ChatEndpoint ChatEndpoint => throw null!;
        public void Dispose() => throw null!;
    }

    public abstract class OpenAIBaseEndpoint
    {
        protected OpenAIBaseEndpoint(OpenAIClient client) => throw null!;
        public bool EnableDebug { get => throw null!; set { } }
        protected abstract string Root { get; }
    }

    public enum Role
    {
        System = 1,
        Developer,
        Assistant,
        User,
        [Obsolete("Use Tool")]
        Function,
        Tool,
    }

    public enum TextResponseFormat
    {
        Auto = 0,
        Text,
        [Obsolete("use JsonSchema instead")]
        Json,
        JsonSchema,
    }

    public enum ReasoningEffort
    {
        Minimal = 1,
        Low,
        Medium,
        High,
    }

    public sealed class JsonSchema
    {
        public JsonSchema() => throw null!;
        public JsonSchema(string name, string schema, string? description = null, bool strict = true) => throw null!;
    }

    public sealed class Usage
    {
        public Usage() => throw null!;
        public int? PromptTokens => throw null!;
        public int? CompletionTokens => throw null!;
        public int? TotalTokens => throw null!;
    }

    public abstract class BaseResponse
    {
        public OpenAIClient Client => throw null!;
        public TimeSpan ProcessingTime => throw null!;
        public string Organization => throw null!;
        public string RequestId => throw null!;
        public int? LimitRequests => throw null!;
        public int? RemainingRequests => throw null!;
        public string ToJsonString() => throw null!;
    }
}

namespace OpenAI.Models
{
    public sealed class Model
    {
        public Model(string id, string? ownedBy = null) => throw null!;
        public static implicit operator string(Model model) => throw null!;
        public static implicit operator Model(string name) => throw null!;
        public override string ToString() => throw null!;
        public string Id => throw null!;
        public string OwnedBy => throw null!;

        public static Model O1 => throw null!;
        public static Model O1Mini => throw null!;
        public static Model O3 => throw null!;
        public static Model O3Mini => throw null!;
        public static Model O4Mini => throw null!;
        public static Model GPT5 => throw null!;
        public static Model GPT5_Mini => throw null!;
        public static Model GPT5_Nano => throw null!;
        public static Model ChatGPT4o => throw null!;
        public static Model GPT4o => throw null!;
        public static Model GPT4oMini => throw null!;
        public static Model GPT4_1 => throw null!;
        public static Model GPT4_1_Mini => throw null!;
        public static Model GPT4_1_Nano => throw null!;
        public static Model GPT4 => throw null!;
        public static Model GPT4_Turbo => throw null!;
        public static Model GPT3_5_Turbo => throw null!;
        public static Model Embedding_3_Large => throw null!;
        public static Model Embedding_3_Small => throw null!;
    }
}

namespace OpenAI.Chat
{
    public sealed class ChatEndpoint : OpenAIBaseEndpoint
    {
        public ChatEndpoint(OpenAIClient client) : base(client) => throw null!;
        protected override string Root => throw null!;

        public Task<ChatResponse> GetCompletionAsync(ChatRequest chatRequest, CancellationToken cancellationToken = default) => throw null!;
        public Task<(T, ChatResponse)> GetCompletionAsync<T>(ChatRequest chatRequest, CancellationToken cancellationToken = default) => throw null!;
        public Task<ChatResponse> StreamCompletionAsync(ChatRequest chatRequest, Action<ChatResponse> resultHandler, bool streamUsage = false, CancellationToken cancellationToken = default) => throw null!;
        public Task<ChatResponse> StreamCompletionAsync(ChatRequest chatRequest, Func<ChatResponse, Task> resultHandler, bool streamUsage = false, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<ChatResponse> StreamCompletionEnumerableAsync(ChatRequest chatRequest, bool streamUsage = false, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class ChatRequest
    {
        public ChatRequest(
            IEnumerable<Message> messages,
            string? model = null,
            double? frequencyPenalty = null,
            IReadOnlyDictionary<string, double>? logitBias = null,
            int? maxTokens = null,
            int? number = null,
            double? presencePenalty = null,
            TextResponseFormat responseFormat = TextResponseFormat.Auto,
            int? seed = null,
            string[]? stops = null,
            double? temperature = null,
            double? topP = null,
            int? topLogProbs = null,
            bool? parallelToolCalls = null,
            JsonSchema? jsonSchema = null,
            AudioConfig? audioConfig = null,
            ReasoningEffort? reasoningEffort = null,
            string? user = null) => throw null!;

        public IReadOnlyList<Message> Messages => throw null!;
        public string Model => throw null!;
        public bool? Store { get => throw null!; set { } }
        public ReasoningEffort? ReasoningEffort => throw null!;
        public double? FrequencyPenalty => throw null!;
        public int? MaxTokens { get => throw null!; set { } }
        public int? MaxCompletionTokens => throw null!;
        public int? Number => throw null!;
        public double? PresencePenalty => throw null!;
        public TextResponseFormat ResponseFormat => throw null!;
        public int? Seed => throw null!;
        public string[] Stops => throw null!;
        public bool Stream => throw null!;
        public double? Temperature => throw null!;
        public double? TopP => throw null!;
        public string User => throw null!;
    }

    public sealed class AudioConfig
    {
    }

    public sealed class Message
    {
        public Message() => throw null!;
        public Message(Role role, string content, string? name = null) => throw null!;
        public string Name => throw null!;
        public Role Role => throw null!;
        public dynamic Content => throw null!;
        public string Refusal => throw null!;
        public string ToolCallId => throw null!;
        public override string ToString() => throw null!;
        public static implicit operator string(Message message) => throw null!;
    }

    public sealed class Delta
    {
        public Role Role => throw null!;
        public string Content => throw null!;
        public string Refusal => throw null!;
        public string Name => throw null!;
        public override string ToString() => throw null!;
        public static implicit operator string(Delta delta) => throw null!;
    }

    public sealed class Choice
    {
        public Message Message => throw null!;
        public Delta Delta => throw null!;
        public string FinishReason => throw null!;
        public int? Index => throw null!;
        public override string ToString() => throw null!;
        public static implicit operator string(Choice choice) => throw null!;
    }

    public sealed class ChatResponse : BaseResponse
    {
        public ChatResponse() => throw null!;
        public string Id => throw null!;
        public string Object => throw null!;
        public int CreatedAtUnixTimeSeconds => throw null!;
        public DateTime CreatedAt => throw null!;
        public string Model => throw null!;
        public string ServiceTier => throw null!;
        public string SystemFingerprint => throw null!;
        public Usage Usage => throw null!;
        public IReadOnlyList<Choice> Choices => throw null!;
        public Choice FirstChoice => throw null!;
        public override string ToString() => throw null!;
        public static implicit operator string(ChatResponse response) => throw null!;
    }
}
