// API-shape fixture: mirrors AWSSDK.Core 4.x (AWS SDK for .NET v4; aws/aws-sdk-net sdk/src/Core + https://docs.aws.amazon.com/sdkfornet/v4/apidocs/). Public names and signatures only; not the SDK.
// Minimal subset needed by the AWSSDK.BedrockRuntime fixture: RegionEndpoint, ConstantClass, client/request/response base types, event-stream base types.
#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;

namespace Amazon
{
    public partial class RegionEndpoint
    {
        public static readonly RegionEndpoint USEast1 = null!;
        public static readonly RegionEndpoint USEast2 = null!;
        public static readonly RegionEndpoint USWest1 = null!;
        public static readonly RegionEndpoint USWest2 = null!;
        public static readonly RegionEndpoint CACentral1 = null!;
        public static readonly RegionEndpoint EUWest1 = null!;
        public static readonly RegionEndpoint EUWest2 = null!;
        public static readonly RegionEndpoint EUWest3 = null!;
        public static readonly RegionEndpoint EUCentral1 = null!;
        public static readonly RegionEndpoint EUNorth1 = null!;
        public static readonly RegionEndpoint APNortheast1 = null!;
        public static readonly RegionEndpoint APNortheast2 = null!;
        public static readonly RegionEndpoint APSoutheast1 = null!;
        public static readonly RegionEndpoint APSoutheast2 = null!;
        public static readonly RegionEndpoint APSouth1 = null!;
        public static readonly RegionEndpoint SAEast1 = null!;

        public static IEnumerable<RegionEndpoint> EnumerableAllRegions => throw null!;
        public static RegionEndpoint GetBySystemName(string systemName) => throw null!;

        public string SystemName => throw null!;
        public string DisplayName => throw null!;
        public string PartitionName => throw null!;
        public override string ToString() => throw null!;
    }
}

namespace Amazon.Runtime
{
    public class ConstantClass
    {
        protected ConstantClass(string value) => throw null!;
        public string Value => throw null!;
        public override string ToString() => throw null!;
        public string ToString(IFormatProvider? provider) => throw null!;
        public static implicit operator string(ConstantClass value) => throw null!;
        protected static T FindValue<T>(string value) where T : ConstantClass => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public abstract class AWSCredentials
    {
        public abstract ImmutableCredentials GetCredentials();
    }

    public class ImmutableCredentials
    {
        public ImmutableCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) => throw null!;
        public string AccessKey => throw null!;
        public string SecretKey => throw null!;
        public string Token => throw null!;
    }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) => throw null!;
        public override ImmutableCredentials GetCredentials() => throw null!;
    }

    public class SessionAWSCredentials : AWSCredentials
    {
        public SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) => throw null!;
        public override ImmutableCredentials GetCredentials() => throw null!;
    }

    public interface IClientConfig
    {
        RegionEndpoint? RegionEndpoint { get; }
        string ServiceURL { get; }
        string? AuthenticationRegion { get; }
    }

    public abstract partial class ClientConfig : IClientConfig
    {
        protected ClientConfig() => throw null!;
        public RegionEndpoint? RegionEndpoint { get => throw null!; set { } }
        public string ServiceURL { get => throw null!; set { } }
        public string? AuthenticationRegion { get => throw null!; set { } }
        public TimeSpan? Timeout { get => throw null!; set { } }
        public int? MaxErrorRetry { get => throw null!; set { } }
        public abstract string ServiceVersion { get; }
        public abstract string UserAgent { get; }
    }

    public interface IAmazonService
    {
        IClientConfig Config { get; }
    }

    public abstract partial class AmazonServiceClient : IDisposable
    {
        protected AmazonServiceClient(AWSCredentials credentials, ClientConfig config) => throw null!;
        protected AmazonServiceClient(string awsAccessKeyId, string awsSecretAccessKey, ClientConfig config) => throw null!;
        protected AmazonServiceClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, ClientConfig config) => throw null!;
        protected AmazonServiceClient(ClientConfig config) => throw null!;
        public IClientConfig Config => throw null!;
        public void Dispose() => throw null!;
        protected virtual void Dispose(bool disposing) => throw null!;
    }

    public abstract partial class AmazonWebServiceRequest
    {
        protected AmazonWebServiceRequest() => throw null!;
    }

    public class ResponseMetadata
    {
        public string RequestId { get => throw null!; set { } }
        public IDictionary<string, string> Metadata => throw null!;
    }

    public class AmazonWebServiceResponse
    {
        public AmazonWebServiceResponse() => throw null!;
        public ResponseMetadata ResponseMetadata { get => throw null!; set { } }
        public long ContentLength { get => throw null!; set { } }
        public HttpStatusCode HttpStatusCode { get => throw null!; set { } }
    }

    public enum ErrorType
    {
        Sender,
        Receiver,
        Unknown,
    }

    public class AmazonClientException : Exception
    {
        public AmazonClientException(string message) => throw null!;
        public AmazonClientException(string message, Exception innerException) => throw null!;
    }

    public class AmazonServiceException : Exception
    {
        public AmazonServiceException() => throw null!;
        public AmazonServiceException(string message) => throw null!;
        public AmazonServiceException(string message, Exception innerException) => throw null!;
        public AmazonServiceException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode) => throw null!;
        public ErrorType ErrorType { get => throw null!; set { } }
        public string ErrorCode { get => throw null!; set { } }
        public string RequestId { get => throw null!; set { } }
        public HttpStatusCode StatusCode { get => throw null!; set { } }
    }
}

namespace Amazon.Runtime.Documents
{
    public partial struct Document
    {
        public Document(string value) => throw null!;
        public Document(int value) => throw null!;
        public Document(double value) => throw null!;
        public Document(bool value) => throw null!;
        public Document(Dictionary<string, Document> values) => throw null!;
        public Document(List<Document> values) => throw null!;
        public bool IsNull() => throw null!;
        public static implicit operator Document(string value) => throw null!;
        public static implicit operator Document(int value) => throw null!;
        public static implicit operator Document(double value) => throw null!;
        public static implicit operator Document(bool value) => throw null!;
    }
}

namespace Amazon.Runtime.EventStreams
{
    public interface IEventStreamEvent
    {
    }

    public class EventStreamException : Exception
    {
        public EventStreamException() => throw null!;
        public EventStreamException(string message) => throw null!;
        public EventStreamException(string message, Exception innerException) => throw null!;
    }
}

namespace Amazon.Runtime.EventStreams.Internal
{
    public abstract class EventOutputStream<T, TE> : IDisposable
        where T : Amazon.Runtime.EventStreams.IEventStreamEvent
        where TE : Amazon.Runtime.EventStreams.EventStreamException
    {
        protected EventOutputStream(Stream stream) => throw null!;
        public int BufferSize { get => throw null!; set { } }
        public void Dispose() => throw null!;
        protected virtual void Dispose(bool disposing) => throw null!;
    }

    public abstract class EnumerableEventOutputStream<T, TE> : EventOutputStream<T, TE>, IEnumerable<T>, IAsyncEnumerable<T>
        where T : Amazon.Runtime.EventStreams.IEventStreamEvent
        where TE : Amazon.Runtime.EventStreams.EventStreamException
    {
        protected EnumerableEventOutputStream(Stream stream) : base(stream) => throw null!;
        public IEnumerator<T> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw null!;
    }
}
