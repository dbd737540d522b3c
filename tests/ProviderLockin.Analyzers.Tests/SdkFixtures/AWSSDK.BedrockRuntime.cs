// API-shape fixture: mirrors AWSSDK.BedrockRuntime 4.x (AWS SDK for .NET v4; aws/aws-sdk-net sdk/src/Services/BedrockRuntime/Generated/{_netstandard,Model,ServiceEnumerations.cs} + https://docs.aws.amazon.com/sdkfornet/v4/apidocs/items/BedrockRuntime/). Public names and signatures only; not the SDK.
// References the AWSSDK.Core fixture (RegionEndpoint, ConstantClass, AmazonServiceClient, AmazonWebServiceResponse, event-stream bases).
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.BedrockRuntime.Model;
using Amazon.Runtime;
using Amazon.Runtime.Documents;
using Amazon.Runtime.EventStreams;
using Amazon.Runtime.EventStreams.Internal;

namespace Amazon.BedrockRuntime
{
    public partial interface IAmazonBedrockRuntime : IAmazonService, IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken));
        Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken));
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default(CancellationToken));
        Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken));
    }

    public partial class AmazonBedrockRuntimeClient : AmazonServiceClient, IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(RegionEndpoint region) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(AmazonBedrockRuntimeConfig config) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(AWSCredentials credentials) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(AWSCredentials credentials, RegionEndpoint region) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(AWSCredentials credentials, AmazonBedrockRuntimeConfig clientConfig) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonBedrockRuntimeConfig clientConfig) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region) : base((ClientConfig)null!) => throw null!;
        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonBedrockRuntimeConfig clientConfig) : base((ClientConfig)null!) => throw null!;

        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
        public virtual Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
        public virtual Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
    }

    public partial class AmazonBedrockRuntimeConfig : ClientConfig
    {
        public AmazonBedrockRuntimeConfig() => throw null!;
        public override string ServiceVersion => throw null!;
        public override string UserAgent => throw null!;
    }

    public partial class AmazonBedrockRuntimeRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonBedrockRuntimeException : AmazonServiceException
    {
        public AmazonBedrockRuntimeException(string message) => throw null!;
        public AmazonBedrockRuntimeException(string message, Exception innerException) => throw null!;
        public AmazonBedrockRuntimeException(Exception innerException) => throw null!;
    }

    public class ConversationRole : ConstantClass
    {
        public static readonly ConversationRole Assistant = null!;
        public static readonly ConversationRole User = null!;
        public ConversationRole(string value) : base(value) => throw null!;
        public static ConversationRole FindValue(string value) => throw null!;
        public static implicit operator ConversationRole(string value) => throw null!;
    }

    public class StopReason : ConstantClass
    {
        public static readonly StopReason ContentFiltered = null!;
        public static readonly StopReason EndTurn = null!;
        public static readonly StopReason GuardrailIntervened = null!;
        public static readonly StopReason MaxTokens = null!;
        public static readonly StopReason StopSequence = null!;
        public static readonly StopReason ToolUse = null!;
        public StopReason(string value) : base(value) => throw null!;
        public static StopReason FindValue(string value) => throw null!;
        public static implicit operator StopReason(string value) => throw null!;
    }
}

namespace Amazon.BedrockRuntime.Model
{
    public partial class ConverseRequest : AmazonBedrockRuntimeRequest
    {
        public Document AdditionalModelRequestFields { get => throw null!; set { } }
        public List<string> AdditionalModelResponseFieldPaths { get => throw null!; set { } }
        public InferenceConfiguration InferenceConfig { get => throw null!; set { } }
        public List<Message> Messages { get => throw null!; set { } }
        public string ModelId { get => throw null!; set { } }
        public Dictionary<string, string> RequestMetadata { get => throw null!; set { } }
        public List<SystemContentBlock> System { get => throw null!; set { } }
    }

    public partial class ConverseStreamRequest : AmazonBedrockRuntimeRequest
    {
        public Document AdditionalModelRequestFields { get => throw null!; set { } }
        public List<string> AdditionalModelResponseFieldPaths { get => throw null!; set { } }
        public InferenceConfiguration InferenceConfig { get => throw null!; set { } }
        public List<Message> Messages { get => throw null!; set { } }
        public string ModelId { get => throw null!; set { } }
        public Dictionary<string, string> RequestMetadata { get => throw null!; set { } }
        public List<SystemContentBlock> System { get => throw null!; set { } }
    }

    public partial class Message
    {
        public List<ContentBlock> Content { get => throw null!; set { } }
        public ConversationRole Role { get => throw null!; set { } }
    }

    public partial class ContentBlock
    {
        public string Text { get => throw null!; set { } }
    }

    public partial class SystemContentBlock
    {
        public string Text { get => throw null!; set { } }
    }

    public partial class InferenceConfiguration
    {
        public int? MaxTokens { get => throw null!; set { } }
        public List<string> StopSequences { get => throw null!; set { } }
        public float? Temperature { get => throw null!; set { } }
        public float? TopP { get => throw null!; set { } }
    }

    public partial class ConverseOutput
    {
        public Message Message { get => throw null!; set { } }
    }

    public partial class TokenUsage
    {
        public int? InputTokens { get => throw null!; set { } }
        public int? OutputTokens { get => throw null!; set { } }
        public int? TotalTokens { get => throw null!; set { } }
    }

    public partial class ConverseResponse : AmazonWebServiceResponse
    {
        public Document AdditionalModelResponseFields { get => throw null!; set { } }
        public ConverseOutput Output { get => throw null!; set { } }
        public StopReason StopReason { get => throw null!; set { } }
        public TokenUsage Usage { get => throw null!; set { } }
    }

    public partial class ConverseStreamResponse : AmazonWebServiceResponse, IDisposable
    {
        public ConverseStreamOutput Stream { get => throw null!; set { } }
        public void Dispose() => throw null!;
    }

    public sealed class ConverseStreamOutput : EnumerableEventOutputStream<IEventStreamEvent, BedrockRuntimeEventStreamException>
    {
        public ConverseStreamOutput(Stream stream) : base(stream) => throw null!;
    }

    public partial class BedrockRuntimeEventStreamException : EventStreamException
    {
        public BedrockRuntimeEventStreamException() => throw null!;
        public BedrockRuntimeEventStreamException(string message) => throw null!;
        public BedrockRuntimeEventStreamException(string message, Exception innerException) => throw null!;
    }

    public partial class ContentBlockDelta
    {
        public string Text { get => throw null!; set { } }
    }

    public partial class ContentBlockDeltaEvent : IEventStreamEvent
    {
        public int? ContentBlockIndex { get => throw null!; set { } }
        public ContentBlockDelta Delta { get => throw null!; set { } }
    }

    public partial class MessageStartEvent : IEventStreamEvent
    {
        public ConversationRole Role { get => throw null!; set { } }
    }

    public partial class MessageStopEvent : IEventStreamEvent
    {
        public Document AdditionalModelResponseFields { get => throw null!; set { } }
        public StopReason StopReason { get => throw null!; set { } }
    }

    public partial class ConverseStreamMetadataEvent : IEventStreamEvent
    {
        public TokenUsage Usage { get => throw null!; set { } }
    }

    public partial class InvokeModelRequest : AmazonBedrockRuntimeRequest
    {
        public string Accept { get => throw null!; set { } }
        public MemoryStream Body { get => throw null!; set { } }
        public string ContentType { get => throw null!; set { } }
        public string GuardrailIdentifier { get => throw null!; set { } }
        public string GuardrailVersion { get => throw null!; set { } }
        public string ModelId { get => throw null!; set { } }
    }

    public partial class InvokeModelResponse : AmazonWebServiceResponse
    {
        public MemoryStream Body { get => throw null!; set { } }
        public string ContentType { get => throw null!; set { } }
    }

    public partial class InvokeModelWithResponseStreamRequest : AmazonBedrockRuntimeRequest
    {
        public string Accept { get => throw null!; set { } }
        public MemoryStream Body { get => throw null!; set { } }
        public string ContentType { get => throw null!; set { } }
        public string GuardrailIdentifier { get => throw null!; set { } }
        public string GuardrailVersion { get => throw null!; set { } }
        public string ModelId { get => throw null!; set { } }
    }

    public partial class InvokeModelWithResponseStreamResponse : AmazonWebServiceResponse, IDisposable
    {
        public ResponseStream Body { get => throw null!; set { } }
        public string ContentType { get => throw null!; set { } }
        public void Dispose() => throw null!;
    }

    public sealed class ResponseStream : EnumerableEventOutputStream<IEventStreamEvent, BedrockRuntimeEventStreamException>
    {
        public ResponseStream(Stream stream) : base(stream) => throw null!;
    }

    public partial class PayloadPart : IEventStreamEvent
    {
        public MemoryStream Bytes { get => throw null!; set { } }
    }
}
