// API-shape fixture: mirrors Google.Cloud.AIPlatform.V1 3.x (googleapis/google-cloud-dotnet apis/Google.Cloud.AIPlatform.V1*/.../PredictionServiceClient.g.cs generator shape + https://cloud.google.com/dotnet/docs/reference/Google.Cloud.AIPlatform.V1/latest). Public names and signatures only; not the SDK.
// Not mirrored: protobuf plumbing (IMessage<T>, IBufferMessage, parsers, descriptors), resource-name interfaces, settings classes.
// Self-contained: the end of this file declares minimal stand-ins for the Google.Protobuf and Google.Api.Gax.Grpc types the
// public API uses (RepeatedField<T>, MapField<K,V>, Value, Struct, CallSettings, ClientBuilderBase<T>, ServerStreamingBase<T>,
// AsyncResponseStream<T>). In the real package those come from the Google.Protobuf / Google.Api.Gax.Grpc assemblies.
#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Google.Api.Gax.Grpc;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace Google.Cloud.AIPlatform.V1
{
    public sealed partial class PredictionServiceClientBuilder : ClientBuilderBase<PredictionServiceClient>
    {
        public PredictionServiceClientBuilder() => throw null!;
        public PredictionServiceSettings? Settings { get => throw null!; set { } }
        public override PredictionServiceClient Build() => throw null!;
        public override Task<PredictionServiceClient> BuildAsync(CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed partial class PredictionServiceSettings
    {
        public PredictionServiceSettings() => throw null!;
        public static PredictionServiceSettings GetDefault() => throw null!;
    }

    public abstract partial class PredictionServiceClient
    {
        public static string DefaultEndpoint => throw null!;
        public static IReadOnlyList<string> DefaultScopes => throw null!;

        public static Task<PredictionServiceClient> CreateAsync(CancellationToken cancellationToken = default) => throw null!;
        public static PredictionServiceClient Create() => throw null!;
        public static Task ShutdownDefaultChannelsAsync() => throw null!;

        public virtual PredictResponse Predict(PredictRequest request, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(PredictRequest request, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(PredictRequest request, CancellationToken cancellationToken) => throw null!;
        public virtual PredictResponse Predict(string endpoint, IEnumerable<Value> instances, Value parameters, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(string endpoint, IEnumerable<Value> instances, Value parameters, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(string endpoint, IEnumerable<Value> instances, Value parameters, CancellationToken cancellationToken) => throw null!;
        public virtual PredictResponse Predict(EndpointName endpoint, IEnumerable<Value> instances, Value parameters, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(EndpointName endpoint, IEnumerable<Value> instances, Value parameters, CallSettings? callSettings = null) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(EndpointName endpoint, IEnumerable<Value> instances, Value parameters, CancellationToken cancellationToken) => throw null!;

        public virtual GenerateContentResponse GenerateContent(GenerateContentRequest request, CallSettings? callSettings = null) => throw null!;
        public virtual Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request, CallSettings? callSettings = null) => throw null!;
        public virtual Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request, CancellationToken cancellationToken) => throw null!;
        public virtual GenerateContentResponse GenerateContent(string model, IEnumerable<Content> contents, CallSettings? callSettings = null) => throw null!;
        public virtual Task<GenerateContentResponse> GenerateContentAsync(string model, IEnumerable<Content> contents, CallSettings? callSettings = null) => throw null!;
        public virtual Task<GenerateContentResponse> GenerateContentAsync(string model, IEnumerable<Content> contents, CancellationToken cancellationToken) => throw null!;

        public abstract partial class StreamGenerateContentStream : ServerStreamingBase<GenerateContentResponse>
        {
        }

        public virtual StreamGenerateContentStream StreamGenerateContent(GenerateContentRequest request, CallSettings? callSettings = null) => throw null!;
        public virtual StreamGenerateContentStream StreamGenerateContent(string model, IEnumerable<Content> contents, CallSettings? callSettings = null) => throw null!;
    }

    public sealed partial class EndpointName : IEquatable<EndpointName>
    {
        public static EndpointName FromProjectLocationEndpoint(string projectId, string locationId, string endpointId) => throw null!;
        public static EndpointName FromProjectLocationPublisherModel(string projectId, string locationId, string publisherId, string modelId) => throw null!;
        public static EndpointName Parse(string endpointName) => throw null!;
        public string ProjectId => throw null!;
        public string LocationId => throw null!;
        public string EndpointId => throw null!;
        public bool Equals(EndpointName? other) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
        public override string ToString() => throw null!;
    }

    public sealed partial class PredictRequest
    {
        public PredictRequest() => throw null!;
        public string Endpoint { get => throw null!; set { } }
        public EndpointName EndpointAsEndpointName { get => throw null!; set { } }
        public RepeatedField<Value> Instances => throw null!;
        public Value Parameters { get => throw null!; set { } }
    }

    public sealed partial class PredictResponse
    {
        public PredictResponse() => throw null!;
        public RepeatedField<Value> Predictions => throw null!;
        public string DeployedModelId { get => throw null!; set { } }
        public string Model { get => throw null!; set { } }
        public string ModelVersionId { get => throw null!; set { } }
        public string ModelDisplayName { get => throw null!; set { } }
    }

    public sealed partial class Content
    {
        public Content() => throw null!;
        public string Role { get => throw null!; set { } }
        public RepeatedField<Part> Parts => throw null!;
    }

    public sealed partial class FileData
    {
        public FileData() => throw null!;
        public string MimeType { get => throw null!; set { } }
        public string FileUri { get => throw null!; set { } }
    }

    public sealed partial class Part
    {
        public Part() => throw null!;
        public string Text { get => throw null!; set { } }
        public FileData FileData { get => throw null!; set { } }
    }

    public sealed partial class GenerationConfig
    {
        public GenerationConfig() => throw null!;
        public float Temperature { get => throw null!; set { } }
        public bool HasTemperature => throw null!;
        public float TopP { get => throw null!; set { } }
        public bool HasTopP => throw null!;
        public float TopK { get => throw null!; set { } }
        public bool HasTopK => throw null!;
        public int CandidateCount { get => throw null!; set { } }
        public int MaxOutputTokens { get => throw null!; set { } }
        public bool HasMaxOutputTokens => throw null!;
        public RepeatedField<string> StopSequences => throw null!;
        public float PresencePenalty { get => throw null!; set { } }
        public float FrequencyPenalty { get => throw null!; set { } }
        public int Seed { get => throw null!; set { } }
        public string ResponseMimeType { get => throw null!; set { } }
        public Types.ThinkingConfig ThinkingConfig { get => throw null!; set { } }

        public static partial class Types
        {
            public sealed partial class ThinkingConfig
            {
                public ThinkingConfig() => throw null!;
                public bool IncludeThoughts { get => throw null!; set { } }
                public int ThinkingBudget { get => throw null!; set { } }
            }
        }
    }

    public sealed partial class GenerateContentRequest
    {
        public GenerateContentRequest() => throw null!;
        public string Model { get => throw null!; set { } }
        public RepeatedField<Content> Contents => throw null!;
        public Content SystemInstruction { get => throw null!; set { } }
        public GenerationConfig GenerationConfig { get => throw null!; set { } }
        public string CachedContent { get => throw null!; set { } }
        public MapField<string, string> Labels => throw null!;
    }

    public sealed partial class Candidate
    {
        public Candidate() => throw null!;
        public int Index { get => throw null!; set { } }
        public Content Content { get => throw null!; set { } }
        public Types.FinishReason FinishReason { get => throw null!; set { } }
        public string FinishMessage { get => throw null!; set { } }

        public static partial class Types
        {
            public enum FinishReason
            {
                Unspecified = 0,
                Stop = 1,
                MaxTokens = 2,
                Safety = 3,
                Recitation = 4,
                Other = 5,
                Blocklist = 6,
                ProhibitedContent = 7,
                Spii = 8,
                MalformedFunctionCall = 9,
            }
        }
    }

    public sealed partial class GenerateContentResponse
    {
        public GenerateContentResponse() => throw null!;
        public RepeatedField<Candidate> Candidates => throw null!;
        public string ModelVersion { get => throw null!; set { } }
        public string ResponseId { get => throw null!; set { } }
        public Types.UsageMetadata UsageMetadata { get => throw null!; set { } }

        public static partial class Types
        {
            public sealed partial class UsageMetadata
            {
                public UsageMetadata() => throw null!;
                public int PromptTokenCount { get => throw null!; set { } }
                public int CandidatesTokenCount { get => throw null!; set { } }
                public int TotalTokenCount { get => throw null!; set { } }
            }
        }
    }
}

// ---- Minimal stand-ins for dependency-assembly types (Google.Protobuf, Google.Api.Gax.Grpc) ----

namespace Google.Protobuf.Collections
{
    public sealed class RepeatedField<T> : IList<T>, IReadOnlyList<T>
    {
        public RepeatedField() => throw null!;
        public T this[int index] { get => throw null!; set { } }
        public int Count => throw null!;
        public bool IsReadOnly => throw null!;
        public void Add(T item) => throw null!;
        public void Add(IEnumerable<T> values) => throw null!;
        public void AddRange(IEnumerable<T> values) => throw null!;
        public void Clear() => throw null!;
        public bool Contains(T item) => throw null!;
        public void CopyTo(T[] array, int arrayIndex) => throw null!;
        public int IndexOf(T item) => throw null!;
        public void Insert(int index, T item) => throw null!;
        public bool Remove(T item) => throw null!;
        public void RemoveAt(int index) => throw null!;
        public IEnumerator<T> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }

    public sealed class MapField<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
        where TKey : notnull
    {
        public MapField() => throw null!;
        public TValue this[TKey key] { get => throw null!; set { } }
        public ICollection<TKey> Keys => throw null!;
        public ICollection<TValue> Values => throw null!;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => throw null!;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => throw null!;
        public int Count => throw null!;
        public bool IsReadOnly => throw null!;
        public void Add(TKey key, TValue value) => throw null!;
        public void Add(IDictionary<TKey, TValue> entries) => throw null!;
        public void Add(KeyValuePair<TKey, TValue> item) => throw null!;
        public void Clear() => throw null!;
        public bool Contains(KeyValuePair<TKey, TValue> item) => throw null!;
        public bool ContainsKey(TKey key) => throw null!;
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => throw null!;
        public bool Remove(TKey key) => throw null!;
        public bool Remove(KeyValuePair<TKey, TValue> item) => throw null!;
        public bool TryGetValue(TKey key, out TValue value) => throw null!;
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }
}

namespace Google.Protobuf.WellKnownTypes
{
    public sealed partial class Value
    {
        public Value() => throw null!;
        public static Value ForString(string value) => throw null!;
        public static Value ForNumber(double value) => throw null!;
        public static Value ForBool(bool value) => throw null!;
        public static Value ForNull() => throw null!;
        public static Value ForStruct(Struct value) => throw null!;
        public static Value ForList(params Value[] values) => throw null!;
        public string StringValue { get => throw null!; set { } }
        public double NumberValue { get => throw null!; set { } }
        public bool BoolValue { get => throw null!; set { } }
        public Struct StructValue { get => throw null!; set { } }
    }

    public sealed partial class Struct
    {
        public Struct() => throw null!;
        public Google.Protobuf.Collections.MapField<string, Value> Fields => throw null!;
    }
}

namespace Google.Api.Gax.Grpc
{
    public sealed partial class CallSettings
    {
        public static CallSettings FromCancellationToken(CancellationToken cancellationToken) => throw null!;
    }

    public abstract class ClientBuilderBase<TClient>
    {
        protected ClientBuilderBase() => throw null!;
        public string? Endpoint { get => throw null!; set { } }
        public string? CredentialsPath { get => throw null!; set { } }
        public string? JsonCredentials { get => throw null!; set { } }
        public string? QuotaProject { get => throw null!; set { } }
        public string? UniverseDomain { get => throw null!; set { } }
        public abstract TClient Build();
        public abstract Task<TClient> BuildAsync(CancellationToken cancellationToken = default);
    }

    public abstract class ServerStreamingBase<TResponse> : IDisposable
    {
        protected ServerStreamingBase() => throw null!;
        public virtual AsyncResponseStream<TResponse> GetResponseStream() => throw null!;
        public virtual void Dispose() => throw null!;
    }

    public sealed partial class AsyncResponseStream<TResponse> : IAsyncEnumerable<TResponse>, IAsyncEnumerator<TResponse>
    {
        private AsyncResponseStream() => throw null!;
        public TResponse Current => throw null!;
        public ValueTask<bool> MoveNextAsync() => throw null!;
        public ValueTask DisposeAsync() => throw null!;
        public IAsyncEnumerator<TResponse> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw null!;
    }
}
