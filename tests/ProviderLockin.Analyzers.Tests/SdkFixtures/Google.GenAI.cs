// API-shape fixture: mirrors Google.GenAI 1.x/2.x main branch (googleapis/dotnet-genai Google.GenAI/Client.cs, Models.cs, types/*.cs; CancellationToken overloads per googleapis.github.io/dotnet-genai/api/Google.GenAI.Models.html and issue #86). Public names and signatures only; not the SDK.
// Not mirrored: Client's `credential` parameter is Google.Apis.Auth.OAuth2.ICredential in the SDK (declared `object?` here so this file needs no other package).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Google.GenAI.Types;

namespace Google.GenAI
{
    public sealed class Client : IDisposable, IAsyncDisposable
    {
        public Client(bool? enterprise = null, bool? vertexAI = null, string? apiKey = null, object? credential = null,
                      string? project = null, string? location = null,
                      HttpOptions? httpOptions = null,
                      ClientOptions? clientOptions = null) => throw null!;

        public Models Models => throw null!;

        public static void setDefaultBaseUrl(string? vertexBaseUrl, string? geminiBaseUrl) => throw null!;
        public void Dispose() => throw null!;
        public ValueTask DisposeAsync() => throw null!;
    }

    public sealed class Models
    {
        private Models() => throw null!;

        public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;

        public Task<EmbedContentResponse> EmbedContentAsync(string model, List<Content> contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> EmbedContentAsync(string model, Content contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> EmbedContentAsync(string model, string contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Google.GenAI.Types
{
    public record HttpOptions
    {
        public string? BaseUrl { get => throw null!; set { } }
        public string? ApiVersion { get => throw null!; set { } }
        public Dictionary<string, string>? Headers { get => throw null!; set { } }
        public int? Timeout { get => throw null!; set { } }
    }

    public record ClientOptions
    {
    }

    public record Content
    {
        public List<Part>? Parts { get => throw null!; set { } }
        public string? Role { get => throw null!; set { } }
    }

    public record Part
    {
        public string? Text { get => throw null!; set { } }
        public bool? Thought { get => throw null!; set { } }
        public byte[]? ThoughtSignature { get => throw null!; set { } }
        public Blob? InlineData { get => throw null!; set { } }
        public FileData? FileData { get => throw null!; set { } }
    }

    public record Blob
    {
        public byte[]? Data { get => throw null!; set { } }
        public string? DisplayName { get => throw null!; set { } }
        public string? MimeType { get => throw null!; set { } }
    }

    public record FileData
    {
        public string? DisplayName { get => throw null!; set { } }
        public string? FileUri { get => throw null!; set { } }
        public string? MimeType { get => throw null!; set { } }
    }

    public enum ThinkingLevel
    {
        THINKING_LEVEL_UNSPECIFIED,
        MINIMAL,
        LOW,
        MEDIUM,
        HIGH,
    }

    public record ThinkingConfig
    {
        public bool? IncludeThoughts { get => throw null!; set { } }
        public int? ThinkingBudget { get => throw null!; set { } }
        public ThinkingLevel? ThinkingLevel { get => throw null!; set { } }
    }

    public record GenerateContentConfig
    {
        public HttpOptions? HttpOptions { get => throw null!; set { } }
        public Content? SystemInstruction { get => throw null!; set { } }
        public double? Temperature { get => throw null!; set { } }
        public double? TopP { get => throw null!; set { } }
        public double? TopK { get => throw null!; set { } }
        public int? CandidateCount { get => throw null!; set { } }
        public int? MaxOutputTokens { get => throw null!; set { } }
        public List<string>? StopSequences { get => throw null!; set { } }
        public double? PresencePenalty { get => throw null!; set { } }
        public double? FrequencyPenalty { get => throw null!; set { } }
        public int? Seed { get => throw null!; set { } }
        public string? ResponseMimeType { get => throw null!; set { } }
        public object? ResponseJsonSchema { get => throw null!; set { } }
        public Dictionary<string, string>? Labels { get => throw null!; set { } }
        public string? CachedContent { get => throw null!; set { } }
        public List<string>? ResponseModalities { get => throw null!; set { } }
        public ThinkingConfig? ThinkingConfig { get => throw null!; set { } }
    }

    public enum FinishReason
    {
        FINISH_REASON_UNSPECIFIED,
        STOP,
        MAX_TOKENS,
        SAFETY,
        RECITATION,
        LANGUAGE,
        OTHER,
        BLOCKLIST,
        PROHIBITED_CONTENT,
        SPII,
        MALFORMED_FUNCTION_CALL,
        IMAGE_SAFETY,
        UNEXPECTED_TOOL_CALL,
        IMAGE_PROHIBITED_CONTENT,
        NO_IMAGE,
        IMAGE_RECITATION,
        IMAGE_OTHER,
    }

    public record Candidate
    {
        public Content? Content { get => throw null!; set { } }
        public string? FinishMessage { get => throw null!; set { } }
        public int? TokenCount { get => throw null!; set { } }
        public FinishReason? FinishReason { get => throw null!; set { } }
        public double? AvgLogprobs { get => throw null!; set { } }
        public int? Index { get => throw null!; set { } }
    }

    public record GenerateContentResponseUsageMetadata
    {
        public int? CandidatesTokenCount { get => throw null!; set { } }
        public int? PromptTokenCount { get => throw null!; set { } }
        public int? ThoughtsTokenCount { get => throw null!; set { } }
        public int? TotalTokenCount { get => throw null!; set { } }
    }

    public record GenerateContentResponse
    {
        public List<Candidate>? Candidates { get => throw null!; set { } }
        public DateTime? CreateTime { get => throw null!; set { } }
        public string? ModelVersion { get => throw null!; set { } }
        public string? ResponseId { get => throw null!; set { } }
        public GenerateContentResponseUsageMetadata? UsageMetadata { get => throw null!; set { } }
    }

    public record EmbedContentConfig
    {
        public HttpOptions? HttpOptions { get => throw null!; set { } }
        public string? TaskType { get => throw null!; set { } }
        public string? Title { get => throw null!; set { } }
        public int? OutputDimensionality { get => throw null!; set { } }
    }

    public record ContentEmbedding
    {
        public List<double>? Values { get => throw null!; set { } }
    }

    public record EmbedContentResponse
    {
        public List<ContentEmbedding>? Embeddings { get => throw null!; set { } }
    }
}
