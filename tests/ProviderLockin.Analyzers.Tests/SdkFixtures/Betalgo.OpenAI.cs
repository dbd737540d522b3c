// API-shape fixture: mirrors Betalgo.OpenAI 8.7.2, the last release under that package id (betalgo/openai tag v8.7.2: OpenAI.SDK/{OpenAiOptions.cs,Managers/OpenAIService.cs,Managers/OpenAIChatCompletions.cs,Interfaces/IOpenAIService.cs,Interfaces/IChatCompletionService.cs,ObjectModels/Models.cs,ObjectModels/StaticValueHelper.cs,ObjectModels/RequestModels/*.cs,ObjectModels/ResponseModels/*.cs,ObjectModels/SharedModels/ChatChoiceResponse.cs}). Public names and signatures only; not the SDK.
// The real assembly name is "OpenAI" (project file OpenAI.SDK/OpenAI.csproj, no <AssemblyName>), i.e. the same simple name as the official OpenAI package.
// From 8.8.0 the package id became Betalgo.Ranul.OpenAI (namespaces Betalgo.Ranul.OpenAI.*); that is a different package and is not mirrored here.
// Not mirrored: OpenAIService(IOptions<OpenAiOptions>, HttpClient) DI constructor (Microsoft.Extensions.Options type) and the other service interfaces.
#nullable enable

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Interfaces;
using OpenAI.ObjectModels.RequestModels;
using OpenAI.ObjectModels.ResponseModels;
using OpenAI.ObjectModels.SharedModels;

namespace OpenAI
{
    public enum ProviderType
    {
        OpenAi = 1,
        Azure = 2,
    }

    public class OpenAiOptions
    {
        public static readonly string SettingKey = null!;
        public ProviderType ProviderType { get => throw null!; set { } }
        public string? Organization { get => throw null!; set { } }
        public string ApiKey { get => throw null!; set { } }
        public string ApiVersion { get => throw null!; set { } }
        public string BaseDomain { get => throw null!; set { } }
        public string? DeploymentId { get => throw null!; set { } }
        public string? ResourceName { get => throw null!; set { } }
        public bool ValidateApiOptions { get => throw null!; set { } }
        public string? DefaultModelId { get => throw null!; set { } }
        public bool UseBeta { get => throw null!; set { } }
        public void Validate() => throw null!;
    }
}

namespace OpenAI.Interfaces
{
    public interface IChatCompletionService
    {
        Task<ChatCompletionCreateResponse> CreateCompletion(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<ChatCompletionCreateResponse> CreateCompletionAsStream(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, bool justDataMode = true, CancellationToken cancellationToken = default);
    }

    public interface IOpenAIService
    {
        IChatCompletionService ChatCompletion { get; }
        void SetDefaultModelId(string modelId);
    }
}

namespace OpenAI.Managers
{
    public partial class OpenAIService : IOpenAIService, IChatCompletionService, IDisposable
    {
        public OpenAIService(OpenAiOptions settings, HttpClient? httpClient = null) => throw null!;

        public IChatCompletionService ChatCompletion => throw null!;
        public void SetDefaultModelId(string modelId) => throw null!;
        public string? GetDefaultModelId() => throw null!;
        public void Dispose() => throw null!;

        public Task<ChatCompletionCreateResponse> CreateCompletion(ChatCompletionCreateRequest chatCompletionCreateRequest, string? modelId = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<ChatCompletionCreateResponse> CreateCompletionAsStream(ChatCompletionCreateRequest chatCompletionCreateRequest, string? modelId = null, bool justDataMode = true, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace OpenAI.ObjectModels
{
    public static class Models
    {
        public enum Model
        {
            Gpt_3_5_Turbo,
            Gpt_4,
            Gpt_4_turbo,
            Gpt_4o,
            Gpt_4o_mini,
            O1_preview,
            O1_mini,
        }

        public static string Gpt_4 => throw null!;
        public static string Gpt_4_32k => throw null!;
        public static string Gpt_4_turbo => throw null!;
        public static string Gpt_4_turbo_preview => throw null!;
        public static string Gpt_4o => throw null!;
        public static string Gpt_4o_2024_05_13 => throw null!;
        public static string Gpt_4o_2024_08_06 => throw null!;
        public static string Gpt_4o_mini => throw null!;
        public static string Chatgpt_4o_latest => throw null!;
        public static string Gpt_3_5_Turbo => throw null!;
        public static string Gpt_3_5_Turbo_16k => throw null!;
        public static string O1_preview => throw null!;
        public static string O1_mini => throw null!;
        public static string TextEmbeddingV3Small => throw null!;
        public static string TextEmbeddingV3Large => throw null!;
    }

    public class StaticValues
    {
        public static class ChatMessageRoles
        {
            public static string System => throw null!;
            public static string User => throw null!;
            public static string Assistant => throw null!;
            public static string Tool => throw null!;
            public static string Function => throw null!;
        }
    }
}

namespace OpenAI.ObjectModels.RequestModels
{
    public class ChatMessage
    {
        public ChatMessage() => throw null!;
        public ChatMessage(string role, string content, string? name = null, IList<ToolCall>? toolCalls = null, string? toolCallId = null) => throw null!;
        public string Role { get => throw null!; set { } }
        public string? Content { get => throw null!; set { } }
        public string? Name { get => throw null!; set { } }
        public string? ToolCallId { get => throw null!; set { } }
        public IList<ToolCall>? ToolCalls { get => throw null!; set { } }
        public static ChatMessage FromAssistant(string content, string? name = null, IList<ToolCall>? toolCalls = null) => throw null!;
        public static ChatMessage FromTool(string content, string toolCallId) => throw null!;
        public static ChatMessage FromUser(string content, string? name = null) => throw null!;
        public static ChatMessage FromSystem(string content, string? name = null) => throw null!;
    }

    public class ToolCall
    {
        public int Index { get => throw null!; set { } }
        public string? Id { get => throw null!; set { } }
        public string? Type { get => throw null!; set { } }
    }

    public class ChatCompletionCreateRequest
    {
        public IList<ChatMessage> Messages { get => throw null!; set { } }
        public float? TopP { get => throw null!; set { } }
        public int? N { get => throw null!; set { } }
        public bool? Stream { get => throw null!; set { } }
        public string? Stop { get => throw null!; set { } }
        public IList<string>? StopAsList { get => throw null!; set { } }
        public int? MaxTokens { get => throw null!; set { } }
        public int? MaxCompletionTokens { get => throw null!; set { } }
        public float? PresencePenalty { get => throw null!; set { } }
        public float? FrequencyPenalty { get => throw null!; set { } }
        public int? Seed { get => throw null!; set { } }
        public string? Model { get => throw null!; set { } }
        public float? Temperature { get => throw null!; set { } }
        public string User { get => throw null!; set { } }
    }
}

namespace OpenAI.ObjectModels.SharedModels
{
    public record ChatChoiceResponse
    {
        public ChatMessage Delta { get => throw null!; set { } }
        public ChatMessage Message { get => throw null!; set { } }
        public int? Index { get => throw null!; set { } }
        public string FinishReason { get => throw null!; set { } }
    }
}

namespace OpenAI.ObjectModels.ResponseModels
{
    public record ObjectBaseResponse
    {
        public string? ObjectTypeName { get => throw null!; set { } }
    }

    public class Error
    {
        public string? Code { get => throw null!; set { } }
        public string? Param { get => throw null!; set { } }
        public string? Type { get => throw null!; set { } }
        public string? Message => throw null!;
    }

    public record BaseResponse : ObjectBaseResponse
    {
        public bool Successful => throw null!;
        public Error? Error { get => throw null!; set { } }
        public HttpStatusCode HttpStatusCode { get => throw null!; set { } }
    }

    public record UsageResponse
    {
        public int PromptTokens { get => throw null!; set { } }
        public int? CompletionTokens { get => throw null!; set { } }
        public int TotalTokens { get => throw null!; set { } }
    }

    public record ChatCompletionCreateResponse : BaseResponse
    {
        public string Model { get => throw null!; set { } }
        public List<ChatChoiceResponse> Choices { get => throw null!; set { } }
        public UsageResponse Usage { get => throw null!; set { } }
        public string SystemFingerPrint { get => throw null!; set { } }
        public int CreatedAt { get => throw null!; set { } }
        public string Id { get => throw null!; set { } }
    }
}
