// API-shape fixture: mirrors Claudia 1.3.2 (Cysharp/Claudia tag 1.3.2 / main 2025-11: src/Claudia/{Anthropic.cs,Constants.cs,MessageRequest.cs,MessageResponse.cs,IMessageStreamEvent.cs,ClaudiaException.cs}). Public names and signatures only; not the SDK.
// Uses C# 11 `required` members and `init` accessors like the SDK (needs net7.0+ or polyfills).
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Claudia
{
    public interface IMessages
    {
        Task<MessageResponse> CreateAsync(MessageRequest request, RequestOptions? overrideOptions = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<IMessageStreamEvent> CreateStreamAsync(MessageRequest request, RequestOptions? overrideOptions = null, CancellationToken cancellationToken = default);
    }

    public class RequestOptions
    {
        public TimeSpan? Timeout { get => throw null!; set { } }
        public int? MaxRetries { get => throw null!; set { } }
        public Dictionary<string, string>? Headers { get => throw null!; set { } }
    }

    public class Anthropic : IMessages, IDisposable
    {
        public Anthropic() => throw null!;
        public Anthropic(HttpMessageHandler handler) => throw null!;
        public Anthropic(HttpMessageHandler handler, bool disposeHandler) => throw null!;

        public string ApiKey { get => throw null!; init { } }
        public TimeSpan Timeout { get => throw null!; init { } }
        public int MaxRetries { get => throw null!; init { } }
        public bool IncludeRequestJsonOnInvalidRequestError { get => throw null!; init { } }
        public bool ConfigureAwait { get => throw null!; set { } }
        public HttpClient HttpClient => throw null!;
        public IMessages Messages => throw null!;

        Task<MessageResponse> IMessages.CreateAsync(MessageRequest request, RequestOptions? overrideOptions, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<IMessageStreamEvent> IMessages.CreateStreamAsync(MessageRequest request, RequestOptions? overrideOptions, CancellationToken cancellationToken) => throw null!;
        public void Dispose() => throw null!;
    }

    public static class Models
    {
        public const string Claude3Opus = "claude-3-opus-20240229";
        public const string Claude3Sonnet = "claude-3-sonnet-20240229";
        public const string Claude3Haiku = "claude-3-haiku-20240307";
        public const string Claude3_5Sonnet = "claude-3-5-sonnet-20240620";
        public const string Claude3_7Sonnet = "claude-3-7-sonnet-20250219";
        public const string Claude2_1 = "claude-2.1";
        public const string Claude2_0 = "claude-2.0";
        public const string Claude1_2 = "claude-instant-1.2";
    }

    public static class MediaTypes
    {
        public const string Jpeg = "image/jpeg";
        public const string Png = "image/png";
        public const string Gif = "image/gif";
        public const string Webp = "image/webp";
    }

    public static class Roles
    {
        public const string User = "user";
        public const string Assistant = "assistant";
    }

    public static class ContentTypes
    {
        public const string Text = "text";
        public const string Image = "image";
        public const string ToolUse = "tool_use";
        public const string ToolResult = "tool_result";
    }

    public static class StopReasons
    {
        public const string EndTurn = "end_turn";
        public const string MaxTokens = "max_tokens";
        public const string StopSequence = "stop_sequence";
        public const string ToolUse = "tool_use";
    }

    public record class MessageRequest
    {
        public required string Model { get => throw null!; set { } }
        public required int MaxTokens { get => throw null!; set { } }
        public required Message[] Messages { get => throw null!; set { } }
        public string? System { get => throw null!; set { } }
        public Metadata? Metadata { get => throw null!; set { } }
        public string[]? StopSequences { get => throw null!; set { } }
        public double? Temperature { get => throw null!; set { } }
        public double? TopP { get => throw null!; set { } }
        public double? TopK { get => throw null!; set { } }
        public Tool[]? Tools { get => throw null!; set { } }
    }

    public record class Message
    {
        public required string Role { get => throw null!; set { } }
        public required Contents Content { get => throw null!; set { } }
    }

    public class Contents : Collection<Content>
    {
        public static implicit operator Contents(string text) => throw null!;
        public override string ToString() => throw null!;
    }

    public record class Content
    {
        public Content() => throw null!;
        [SetsRequiredMembers]
        public Content(string text) => throw null!;
        [SetsRequiredMembers]
        public Content(ReadOnlyMemory<byte> data, string mediaType) => throw null!;
        public static implicit operator Content(string text) => throw null!;

        public required string Type { get => throw null!; set { } }
        public string? Text { get => throw null!; set { } }
        public Source? Source { get => throw null!; set { } }
        public string? ToolUseId { get => throw null!; set { } }
        public string? ToolUseName { get => throw null!; set { } }
        public Dictionary<string, string>? ToolUseInput { get => throw null!; set { } }
        public Contents? ToolResultContent { get => throw null!; set { } }
        public string? ToolResultId { get => throw null!; set { } }
        public bool? ToolResultIsError { get => throw null!; set { } }
        public override string ToString() => throw null!;
    }

    public record class Metadata
    {
        public required string UserId { get => throw null!; set { } }
    }

    public record class Source
    {
        public string Type { get => throw null!; set { } }
        public required string MediaType { get => throw null!; set { } }
        public required ReadOnlyMemory<byte> Data { get => throw null!; set { } }
    }

    public record class Tool
    {
        public required string Name { get => throw null!; set { } }
        public required string Description { get => throw null!; set { } }
    }

    public class MessageResponse
    {
        public required string Id { get => throw null!; set { } }
        public required string Type { get => throw null!; set { } }
        public required string Role { get => throw null!; set { } }
        public required Contents Content { get => throw null!; set { } }
        public required string Model { get => throw null!; set { } }
        public required string StopReason { get => throw null!; set { } }
        public required string? StopSequence { get => throw null!; set { } }
        public required Usage Usage { get => throw null!; set { } }
        public override string ToString() => throw null!;
    }

    public record class Usage
    {
        public int InputTokens { get => throw null!; set { } }
        public int OutputTokens { get => throw null!; set { } }
    }

    public enum MessageStreamEventKind
    {
        Ping,
        MessageStart,
        MessageDelta,
        MessageStop,
        ContentBlockStart,
        ContentBlockDelta,
        ContentBlockStop,
    }

    public interface IMessageStreamEvent
    {
        string Type { get; }
        MessageStreamEventKind TypeKind { get; }
    }

    public record class Ping : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
    }

    public record class MessageStart : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
        public required MessageStartBody Message { get => throw null!; set { } }
    }

    public record class MessageDelta : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
        public required MessageDeltaBody Delta { get => throw null!; set { } }
        public required Usage Usage { get => throw null!; set { } }
    }

    public record class MessageStop : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
    }

    public record class ContentBlockStart : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
        public required Content ContentBlock { get => throw null!; set { } }
    }

    public record class ContentBlockDelta : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
        public required int Index { get => throw null!; set { } }
        public required Content Delta { get => throw null!; set { } }
    }

    public record class ContentBlockStop : IMessageStreamEvent
    {
        public MessageStreamEventKind TypeKind => throw null!;
        public required string Type { get => throw null!; set { } }
        public required int Index { get => throw null!; set { } }
    }

    public record class MessageStartBody
    {
        public required string Id { get => throw null!; set { } }
        public required string Type { get => throw null!; set { } }
        public required string Role { get => throw null!; set { } }
        public required string Model { get => throw null!; set { } }
        public required string StopReason { get => throw null!; set { } }
        public required string? StopSequence { get => throw null!; set { } }
        public required Usage Usage { get => throw null!; set { } }
    }

    public record class MessageDeltaBody
    {
        public required string StopReason { get => throw null!; set { } }
        public string? StopSequence { get => throw null!; set { } }
    }

    public enum ErrorCode
    {
        InvalidRequestError = 400,
        AuthenticationError = 401,
        PermissionError = 403,
        NotFoundError = 404,
        RateLimitError = 429,
        ApiError = 500,
        OverloadedError = 529,
    }

    public class ClaudiaException : Exception
    {
        public ClaudiaException(ErrorCode errorCode, string type, string message) => throw null!;
        public ErrorCode Status => throw null!;
        public string Name => throw null!;
        public override string ToString() => throw null!;
    }
}

#if !NET7_0_OR_GREATER
// Internal compiler polyfills (the real package gets these from PolySharp) so the fixture also builds for netstandard2.1.
namespace System.Runtime.CompilerServices
{
#if !NET5_0_OR_GREATER
    internal static class IsExternalInit { }
#endif
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute : Attribute
    {
        public CompilerFeatureRequiredAttribute(string featureName) { }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute { }
}
#endif
