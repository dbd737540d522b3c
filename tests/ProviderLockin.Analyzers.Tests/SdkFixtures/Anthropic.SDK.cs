// API-shape fixture: mirrors Anthropic.SDK 5.10.0 (tghamm/Anthropic.SDK tag v5.10.0: Anthropic.SDK/{AnthropicClient.cs,APIAuthentication.cs,IRequestInterceptor.cs,BaseEndpoint.cs,EndpointBase.cs,Constants/AnthropicModels.cs,Messaging/*.cs}). Public names and signatures only; not the SDK.
// MessagesEndpoint implements Microsoft.Extensions.AI.IChatClient explicitly (since Anthropic.SDK 4.3.0; 5.10.0 builds against Microsoft.Extensions.AI.Abstractions 10.3.0).
// This fixture references Microsoft.Extensions.AI.Abstractions 10.11.0.
#nullable enable

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Anthropic.SDK.Messaging;
using Microsoft.Extensions.AI;

namespace Anthropic.SDK
{
    public class APIAuthentication
    {
        public APIAuthentication(string apiKey) => throw null!;
        public string ApiKey { get => throw null!; set { } }
        public static implicit operator APIAuthentication(string key) => throw null!;
        public static APIAuthentication Default { get => throw null!; set { } }
        public static APIAuthentication LoadFromEnv() => throw null!;
    }

    public interface IRequestInterceptor
    {
        Task<HttpResponseMessage> InvokeAsync(
            HttpRequestMessage request,
            Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> next,
            CancellationToken cancellationToken = default);
    }

    public class AnthropicClient : IDisposable
    {
        public AnthropicClient(APIAuthentication? apiKeys = null, HttpClient? client = null, IRequestInterceptor? requestInterceptor = null) => throw null!;
        public string ApiUrlFormat { get => throw null!; set { } }
        public string ApiVersion { get => throw null!; set { } }
        public string AnthropicVersion { get => throw null!; set { } }
        public string AnthropicBetaVersion { get => throw null!; set { } }
        public APIAuthentication Auth { get => throw null!; set { } }
        public MessagesEndpoint Messages => throw null!;
        public void Dispose() => throw null!;
    }

    public abstract class BaseEndpoint
    {
        private protected BaseEndpoint() => throw null!;
    }

    public abstract class EndpointBase : BaseEndpoint
    {
        private protected EndpointBase() => throw null!;
        protected abstract string Endpoint { get; }
    }
}

namespace Anthropic.SDK.Constants
{
    public static class AnthropicModels
    {
        public const string Claude46Opus = "claude-opus-4-6";
        public const string Claude46Sonnet = "claude-sonnet-4-6";
        public const string Claude45Opus = "claude-opus-4-5-20251101";
        public const string Claude4Sonnet = "claude-sonnet-4-20250514";
        public const string Claude45Sonnet = "claude-sonnet-4-5-20250929";
        public const string Claude4Opus = "claude-opus-4-20250514";
        public const string Claude41Opus = "claude-opus-4-1-20250805";
        public const string Claude45Haiku = "claude-haiku-4-5-20251001";
    }
}

namespace Anthropic.SDK.Messaging
{
    public partial class MessagesEndpoint : EndpointBase, IChatClient
    {
        private MessagesEndpoint() => throw null!;
        protected override string Endpoint => throw null!;

        public Task<MessageResponse> GetClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) => throw null!;
        public IAsyncEnumerable<MessageResponse> StreamClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) => throw null!;

        Task<ChatResponse> IChatClient.GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        object? IChatClient.GetService(Type serviceType, object? serviceKey) => throw null!;
        void IDisposable.Dispose() => throw null!;
    }

    public enum RoleType
    {
        User,
        Assistant,
    }

    public enum CacheControlType
    {
        ephemeral,
    }

    public class CacheControl
    {
        public CacheControlType Type { get => throw null!; set { } }
    }

    [Flags]
    public enum PromptCacheType
    {
        None = 0,
        FineGrained = 1,
        AutomaticToolsAndSystem = 2,
    }

    public enum ContentType
    {
        text,
        image,
        tool_use,
        tool_result,
        document,
        thinking,
        redacted_thinking,
    }

    public abstract class ContentBase
    {
        public abstract ContentType Type { get; }
        public CacheControl CacheControl { get => throw null!; set { } }
    }

    public class TextContent : ContentBase
    {
        public override ContentType Type => throw null!;
        public string Text { get => throw null!; set { } }
        public override string ToString() => throw null!;
        public static implicit operator string(TextContent choice) => throw null!;
    }

    public class ThinkingContent : ContentBase
    {
        public override ContentType Type => throw null!;
        public string Thinking { get => throw null!; set { } }
    }

    public class SystemMessage
    {
        public SystemMessage(string text, CacheControl? cacheControl = null) => throw null!;
        public string Type { get => throw null!; set { } }
        public string Text { get => throw null!; set { } }
        public CacheControl CacheControl { get => throw null!; set { } }
    }

    public class Message
    {
        public Message() => throw null!;
        public Message(RoleType role, string text, CacheControl? cacheControl = null) => throw null!;
        public RoleType Role { get => throw null!; set { } }
        public List<ContentBase> Content { get => throw null!; set { } }
        public string ThinkingContent => throw null!;
        public override string ToString() => throw null!;
        public static implicit operator string(Message textContent) => throw null!;
    }

    public class MessageCountTokenParameters
    {
        public string Model { get => throw null!; set { } }
        public List<Message> Messages { get => throw null!; set { } }
        public List<SystemMessage> System { get => throw null!; set { } }
    }

    public class MessageParameters : MessageCountTokenParameters
    {
        public int MaxTokens { get => throw null!; set { } }
        public string[] StopSequences { get => throw null!; set { } }
        public bool? Stream { get => throw null!; set { } }
        public decimal? Temperature { get => throw null!; set { } }
        public int? TopK { get => throw null!; set { } }
        public decimal? TopP { get => throw null!; set { } }
        public PromptCacheType PromptCaching { get => throw null!; set { } }
    }

    public class Usage
    {
        public int InputTokens { get => throw null!; set { } }
        public int OutputTokens { get => throw null!; set { } }
        public int CacheCreationInputTokens { get => throw null!; set { } }
        public int CacheReadInputTokens { get => throw null!; set { } }
    }

    public class Delta
    {
        public string StopReason { get => throw null!; set { } }
        public string Type { get => throw null!; set { } }
        public string Text { get => throw null!; set { } }
        public string Thinking { get => throw null!; set { } }
        public Usage Usage { get => throw null!; set { } }
    }

    public class StreamMessage
    {
        public string Id { get => throw null!; set { } }
        public string Type { get => throw null!; set { } }
        public RoleType Role { get => throw null!; set { } }
        public string Model { get => throw null!; set { } }
        public Usage Usage { get => throw null!; set { } }
    }

    public class RateLimits
    {
        public long? TokensLimit { get => throw null!; set { } }
        public long? TokensRemaining { get => throw null!; set { } }
        public DateTime? TokensReset { get => throw null!; set { } }
        public TimeSpan? RetryAfter { get => throw null!; set { } }
    }

    public class MessageResponse
    {
        public List<ContentBase> Content { get => throw null!; set { } }
        public string Id { get => throw null!; set { } }
        public string Model { get => throw null!; set { } }
        public RoleType Role { get => throw null!; set { } }
        public string StopReason { get => throw null!; set { } }
        public object StopSequence { get => throw null!; set { } }
        public string Type { get => throw null!; set { } }
        public Usage Usage { get => throw null!; set { } }
        public Delta Delta { get => throw null!; set { } }
        public StreamMessage StreamStartMessage { get => throw null!; set { } }
        public TextContent FirstMessage => throw null!;
        public Message Message => throw null!;
        public RateLimits RateLimits { get => throw null!; set { } }
    }
}
