// API-shape fixture: mirrors Mistral.SDK 2.3.1 (tghamm/Mistral.SDK tag v2.3.1: Mistral.SDK/{MistralClient.cs,APIAuthentication.cs,EndpointBase.cs,ModelDefinitions.cs,Completions/CompletionsEndpoint*.cs,DTOs/*.cs,Common/{Tool,Function}.cs}). Public names and signatures only; not the SDK.
// CompletionsEndpoint implements Microsoft.Extensions.AI.IChatClient explicitly (since Mistral.SDK 2.0.0; 2.3.1 builds against Microsoft.Extensions.AI.Abstractions 9.9.1).
// This fixture references Microsoft.Extensions.AI.Abstractions 10.11.0.
#nullable enable

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Mistral.SDK.Completions;

namespace Mistral.SDK
{
    public class APIAuthentication
    {
        public APIAuthentication(string apiKey) => throw null!;
        public string ApiKey { get => throw null!; set { } }
        public static implicit operator APIAuthentication(string key) => throw null!;
        public static APIAuthentication Default { get => throw null!; set { } }
        public static APIAuthentication LoadFromEnv() => throw null!;
    }

    public class MistralClient : IDisposable
    {
        public MistralClient(APIAuthentication? apiKeys = null, HttpClient? client = null) => throw null!;
        public string ApiUrlFormat { get => throw null!; set { } }
        public string ApiVersion { get => throw null!; set { } }
        public APIAuthentication Auth { get => throw null!; set { } }
        public CompletionsEndpoint Completions => throw null!;
        public void Dispose() => throw null!;
    }

    public abstract class EndpointBase
    {
        private protected EndpointBase() => throw null!;
        protected abstract string Endpoint { get; }
    }

    public class ModelDefinitions
    {
        public const string OpenMistral7b = "open-mistral-7b";
        public const string OpenMixtral8x7b = "open-mixtral-8x7b";
        public const string MistralSmall = "mistral-small-latest";
        public const string MistralMedium = "mistral-medium-latest";
        public const string MistralLarge = "mistral-large-latest";
        public const string MistralEmbed = "mistral-embed";
    }
}

namespace Mistral.SDK.Completions
{
    public partial class CompletionsEndpoint : EndpointBase, IChatClient
    {
        private CompletionsEndpoint() => throw null!;
        protected override string Endpoint => throw null!;

        public Task<DTOs.ChatCompletionResponse> GetCompletionAsync(DTOs.ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<DTOs.ChatCompletionResponse> StreamCompletionAsync(DTOs.ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw null!;

        Task<ChatResponse> IChatClient.GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        object? IChatClient.GetService(Type serviceType, object? serviceKey) => throw null!;
        void IDisposable.Dispose() => throw null!;
    }
}

namespace Mistral.SDK.Common
{
    public sealed class Function
    {
        public Function() => throw null!;
        public Function(string name, string? description, string parameters) => throw null!;
        public static Function FromFunc<TResult>(string name, Func<TResult> function, string? description = null) => throw null!;
        public static Function FromFunc<T1, TResult>(string name, Func<T1, TResult> function, string? description = null) => throw null!;
        public string Name => throw null!;
        public string Type => throw null!;
        public string Id { get => throw null!; set { } }
        public string Description => throw null!;
        public string Invoke() => throw null!;
        public Task<string> InvokeAsync(CancellationToken cancellationToken = default) => throw null!;
        public Task<T> InvokeAsync<T>(CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class Tool
    {
        public Tool() => throw null!;
        public Tool(Function function) => throw null!;
        public static implicit operator Tool(Function function) => throw null!;
        public string Type => throw null!;
        public Function Function => throw null!;
        public static IReadOnlyList<Tool> GetAllAvailableTools(bool includeDefaults = true, bool forceUpdate = false, bool clearCache = false) => throw null!;
    }
}

namespace Mistral.SDK.DTOs
{
    public enum ToolChoiceType
    {
        Auto,
        Any,
        none,
    }

    public class ResponseFormat
    {
        public enum ResponseFormatEnum
        {
            JSON = 1,
        }

        public ResponseFormatEnum Type { get => throw null!; set { } }
    }

    public class ChatCompletionRequest
    {
        public ChatCompletionRequest(string? model = default(string), List<ChatMessage>? messages = default(List<ChatMessage>), decimal? temperature = 0.7M, decimal? topP = 1M, int? maxTokens = default(int?), bool? stream = false, bool parallelToolCalls = true, bool safePrompt = false, int? randomSeed = default(int?), ResponseFormat? responseFormat = default) => throw null!;
        public string Model { get => throw null!; set { } }
        public List<ChatMessage> Messages { get => throw null!; set { } }
        public decimal? Temperature { get => throw null!; set { } }
        public decimal? TopP { get => throw null!; set { } }
        public int? MaxTokens { get => throw null!; set { } }
        public bool? Stream { get => throw null!; set { } }
        public bool ParallelToolCalls { get => throw null!; set { } }
        public bool SafePrompt { get => throw null!; set { } }
        public int? RandomSeed { get => throw null!; set { } }
        public ResponseFormat ResponseFormat { get => throw null!; set { } }
        public ToolChoiceType ToolChoice { get => throw null!; set { } }
        public IList<Common.Tool> Tools { get => throw null!; set { } }
    }

    public class ChatMessage
    {
        public enum RoleEnum
        {
            System = 1,
            User = 2,
            Assistant = 3,
            Tool = 4,
        }

        public ChatMessage(RoleEnum? role = default(RoleEnum?), string? content = default(string)) => throw null!;
        public ChatMessage(Common.Function? toolCall, string? content = default(string)) => throw null!;
        public ChatMessage(string toolCallId, string name, string? content = default(string)) => throw null!;
        public ChatMessage() => throw null!;
        public RoleEnum? Role { get => throw null!; set { } }
        public string Name { get => throw null!; set { } }
        public string Content { get => throw null!; set { } }
        public List<ToolCall> ToolCalls { get => throw null!; set { } }
        public string ToolCallId { get => throw null!; set { } }
    }

    public class ToolCall
    {
        public string Id { get => throw null!; set { } }
        public string Type { get => throw null!; set { } }
    }

    public class Choice
    {
        public enum FinishReasonEnum
        {
            Stop = 1,
            Length = 2,
            ModelLength = 3,
            ToolCalls = 4,
        }

        public FinishReasonEnum? FinishReason { get => throw null!; set { } }
        public int Index { get => throw null!; set { } }
        public ChatMessage Message { get => throw null!; set { } }
        public ChatMessage Delta { get => throw null!; set { } }
    }

    public class Usage
    {
        public int PromptTokens { get => throw null!; set { } }
        public int CompletionTokens { get => throw null!; set { } }
        public int TotalTokens { get => throw null!; set { } }
    }

    public class ChatCompletionResponse
    {
        public string Id { get => throw null!; set { } }
        public string VarObject { get => throw null!; set { } }
        public int Created { get => throw null!; set { } }
        public string Model { get => throw null!; set { } }
        public List<Choice> Choices { get => throw null!; set { } }
        public Usage Usage { get => throw null!; set { } }
        public List<Common.Function> ToolCalls { get => throw null!; set { } }
    }
}
