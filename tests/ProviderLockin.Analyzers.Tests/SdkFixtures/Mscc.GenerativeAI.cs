// API-shape fixture: mirrors Mscc.GenerativeAI 3.1.0 (mscraftsman/generative-ai tag v3.1.0: src/Mscc.GenerativeAI/{GoogleAI.cs,VertexAI.cs,IGenerativeAI.cs,GenerativeModel.cs,BaseModel.cs,Constants/Model.cs,Constants/Role.cs,Types/*.cs}). Public names and signatures only; not the SDK.
// Since 3.0.0 the DTOs, `Model` and `Role` constants live in Mscc.GenerativeAI.Types; GoogleAI/VertexAI/GenerativeModel stay in Mscc.GenerativeAI.
// Not mirrored: trailing optional `ILogger? logger` / `IHttpClientFactory? httpClientFactory` parameters (Microsoft.Extensions.* types) are omitted so this file needs no other package.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Mscc.GenerativeAI.Types;

namespace Mscc.GenerativeAI
{
    public interface IGenerativeAI
    {
        GenerativeModel GenerativeModel(string model = Model.Gemini25Pro,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            Content? systemInstruction = null);

        GenerativeModel GenerativeModel(CachedContent cachedContent,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null);

        Task<ModelResponse> GetModel(string model,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default);
    }

    public sealed class GoogleAI : BaseLogger, IGenerativeAI
    {
        public GoogleAI(string? apiKey = null,
            string? accessToken = null,
            string? apiVersion = null,
            RequestOptions? requestOptions = null) => throw null!;

        public GenerativeModel GenerativeModel(string model = Model.Gemini25Pro,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            Content? systemInstruction = null) => throw null!;

        public GenerativeModel GenerativeModel(CachedContent cachedContent,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null) => throw null!;

        public Task<ModelResponse> GetModel(string model,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class VertexAI : BaseLogger, IGenerativeAI
    {
        public VertexAI(string? projectId,
            string? region = null,
            string? accessToken = null,
            string? endpointId = null,
            string? apiVersion = null,
            RequestOptions? requestOptions = null) => throw null!;

        public VertexAI(string? apiKey,
            string? apiVersion = null,
            RequestOptions? requestOptions = null) => throw null!;

        public GenerativeModel GenerativeModel(string model = Model.Gemini25Pro,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            Content? systemInstruction = null) => throw null!;

        public GenerativeModel GenerativeModel(CachedContent cachedContent,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null) => throw null!;

        public Task<ModelResponse> GetModel(string model,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;
    }

    public abstract class BaseModel : BaseLogger, IDisposable, IAsyncDisposable
    {
        protected BaseModel() => throw null!;
        public string Model { get => throw null!; set { } }
        public string Name => throw null!;
        public string? ApiKey { set { } }
        public string? AccessToken { set { } }
        public string? ProjectId { set { } }
        public string Region { get => throw null!; set { } }
        public TimeSpan Timeout { get => throw null!; set { } }
        public void Dispose() => throw null!;
        protected virtual void Dispose(bool disposing) => throw null!;
        public virtual ValueTask DisposeAsync() => throw null!;
    }

    public class GenerativeModel : BaseModel
    {
        public GenerativeModel() => throw null!;

        public bool UseServerSentEventsFormat { get => throw null!; set { } }
        public bool UseJsonMode { get => throw null!; set { } }
        public bool UseGrounding { get => throw null!; set { } }
        public bool UseGoogleSearch { get => throw null!; set { } }
        public bool UseCodeExecution { get => throw null!; set { } }

        public Task<GenerateContentResponse> GenerateContent(GenerateContentRequest? request,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;

        public Task<GenerateContentResponse> GenerateContent(string? prompt,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            ToolConfig? toolConfig = null,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;

        public Task<GenerateContentResponse> GenerateContent(List<IPart>? parts,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            ToolConfig? toolConfig = null,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(GenerateContentRequest? request,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(string? prompt,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            ToolConfig? toolConfig = null,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(List<IPart>? parts,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            ToolConfig? toolConfig = null,
            RequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Mscc.GenerativeAI.Types
{
    public abstract class BaseLogger
    {
        protected BaseLogger() => throw null!;
    }

    public static class Model
    {
        public const string Gemini20Flash = "gemini-2.0-flash";
        public const string Gemini20FlashLite = "gemini-2.0-flash-lite";
        public const string GeminiPro = Gemini25Pro;
        public const string GeminiFlashLatest = "gemini-flash-latest";
        public const string GeminiProLatest = "gemini-pro-latest";
        public const string Gemini25Flash = "gemini-2.5-flash";
        public const string Gemini25FlashLite = "gemini-2.5-flash-lite";
        public const string Gemini25Pro = "gemini-2.5-pro";
        public const string Gemini3Pro = Gemini3ProPreview;
        public const string Gemini3ProPreview = "gemini-3-pro-preview";
        public const string Gemini3Flash = Gemini3FlashPreview;
        public const string Gemini3FlashPreview = "gemini-3-flash-preview";
        public const string Gemini31Pro = Gemini31ProPreview;
        public const string Gemini31ProPreview = "gemini-3.1-pro-preview";
        public const string GeminiEmbedding = GeminiEmbedding001;
        public const string GeminiEmbedding001 = "gemini-embedding-001";
    }

    public struct Role
    {
        public const string User = "user";
        public const string Model = "model";
        public const string Function = "function";
        public const string System = "system";
    }

    public interface IPart
    {
    }

    public partial class Part : IPart
    {
        public Part() => throw null!;
        public Part(string text) => throw null!;
        public string? Text { get => throw null!; set { } }
        public bool? Thought { get => throw null!; set { } }
    }

    public partial class Content
    {
        public Content() => throw null!;
        public Content(string text, string role = Mscc.GenerativeAI.Types.Role.User) => throw null!;
        public Content(IPart part, string role = Mscc.GenerativeAI.Types.Role.User) => throw null!;
        public Content(IEnumerable<IPart> parts, string role = Mscc.GenerativeAI.Types.Role.User) => throw null!;
        public List<IPart>? Parts { get => throw null!; set { } }
        public string? Role { get => throw null!; set { } }
    }

    public sealed class ContentResponse
    {
        public ContentResponse() => throw null!;
        public ContentResponse(string text, string role = Mscc.GenerativeAI.Types.Role.User) => throw null!;
        public List<Part> Parts { get => throw null!; set { } }
        public string Role { get => throw null!; set { } }
        public string Text => throw null!;
    }

    public enum ThinkingLevel
    {
        ThinkingLevelUnspecified,
        Minimal,
        Low,
        Medium,
        High,
    }

    public partial class ThinkingConfig
    {
        public bool? IncludeThoughts { get => throw null!; set { } }
        public int? ThinkingBudget { get => throw null!; set { } }
        public ThinkingLevel? ThinkingLevel { get => throw null!; set { } }
    }

    public abstract class BaseConfig
    {
    }

    public partial class GenerationConfig : BaseConfig
    {
        public int? CandidateCount { get => throw null!; set { } }
        public int? MaxOutputTokens { get => throw null!; set { } }
        public string? ResponseMimeType { get => throw null!; set { } }
        public object? ResponseJsonSchema { get => throw null!; set { } }
        public int? Seed { get => throw null!; set { } }
        public List<string>? StopSequences { get => throw null!; set { } }
        public double? Temperature { get => throw null!; set { } }
        public ThinkingConfig? ThinkingConfig { get => throw null!; set { } }
        public int? TopK { get => throw null!; set { } }
        public double? TopP { get => throw null!; set { } }
    }

    public partial class SafetySetting
    {
    }

    public sealed class Tool
    {
    }

    public sealed class Tools : List<Tool>
    {
    }

    public partial class ToolConfig
    {
    }

    public partial class CachedContent
    {
    }

    public partial class ModelResponse
    {
    }

    public partial class RequestOptions
    {
        public RequestOptions() => throw null!;
        public TimeSpan Timeout { get => throw null!; set { } }
        public string? BaseUrl { get => throw null!; set { } }
        public string? ApiVersion { get => throw null!; set { } }
    }

    public partial class GenerateContentRequest
    {
        public GenerateContentRequest() => throw null!;
        public GenerateContentRequest(string prompt,
            GenerationConfig? generationConfig = null,
            List<SafetySetting>? safetySettings = null,
            Tools? tools = null,
            Content? systemInstruction = null,
            ToolConfig? toolConfig = null) => throw null!;
        public List<Content>? Contents { get => throw null!; set { } }
        public GenerationConfig? GenerationConfig { get => throw null!; set { } }
        public string? Model { get => throw null!; set { } }
        public List<SafetySetting>? SafetySettings { get => throw null!; set { } }
        public Content? SystemInstruction { get => throw null!; set { } }
        public ToolConfig? ToolConfig { get => throw null!; set { } }
        public Tools? Tools { get => throw null!; set { } }
        public void AddContent(Content content) => throw null!;
    }

    public partial class Candidate
    {
        public ContentResponse? Content { get => throw null!; set { } }
        public string? FinishMessage { get => throw null!; set { } }
        public int? Index { get => throw null!; set { } }
        public int? TokenCount { get => throw null!; set { } }
    }

    public partial class GenerateContentResponse : BaseLogger
    {
        public GenerateContentResponse() => throw null!;
        public string? Text => throw null!;
        public string? Thinking => throw null!;
        public List<Candidate>? Candidates { get => throw null!; set { } }
        public string? ModelVersion { get => throw null!; set { } }
        public string? ResponseId { get => throw null!; set { } }
        public override string ToString() => throw null!;
    }
}
