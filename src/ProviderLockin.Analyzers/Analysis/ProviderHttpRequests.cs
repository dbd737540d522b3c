using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>A URL text that names a provider host, and the operation (literal, interpolated string, constant) that holds it.</summary>
internal readonly struct ProviderUrl
{
    public ProviderUrl(IOperation source, EndpointPattern endpoint, string host)
    {
        Source = source;
        Endpoint = endpoint;
        Host = host;
    }

    public IOperation Source { get; }

    public EndpointPattern Endpoint { get; }

    public string Host { get; }

    /// <summary>
    /// The portable interface for what the request does, read from the URL's path as written: embeddings, images,
    /// transcription and speech have one in Microsoft.Extensions.AI; files, vector stores, assistants, batches, fine-tuning,
    /// realtime and moderation do not; everything else is chat.
    /// </summary>
    public string SuggestedAbstraction
    {
        get
        {
            var text = Source.Syntax.ToString();
            foreach (var (path, abstraction) in PathAbstractions)
            {
                if (text.IndexOf(path, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return abstraction;
                }
            }

            return "IChatClient";
        }
    }

    private static readonly (string Path, string Abstraction)[] PathAbstractions =
    {
        ("/embeddings", "IEmbeddingGenerator"), (":embedContent", "IEmbeddingGenerator"), (":batchEmbedContents", "IEmbeddingGenerator"), ("/api/embed", "IEmbeddingGenerator"),
        ("/images/", "IImageGenerator"), ("/audio/transcriptions", "ISpeechToTextClient"), ("/audio/translations", "ISpeechToTextClient"),
        ("/audio/speech", "ITextToSpeechClient"), ("/files", "a provider interface of your own"), ("/vector_stores", "a provider interface of your own"),
        ("/assistants", "a provider interface of your own"), ("/batches", "a provider interface of your own"), ("/fine_tuning", "a provider interface of your own"),
        ("/realtime", "a provider interface of your own"), ("/moderations", "a provider interface of your own"), ("/uploads", "a provider interface of your own"),
    };
}

/// <summary>
/// Raw HTTP requests to provider endpoints: URL strings handed to <c>HttpClient</c> methods (and the
/// System.Net.Http.Json extensions), <c>HttpRequestMessage</c>, <c>new Uri(...)</c> or <c>WebRequest.Create</c>,
/// directly or through a local or constant of the same method. Host on <c>BaseAddress</c> is found through its
/// <c>new Uri(...)</c>. Used by PLA1003 and by the LLM-call classifier.
/// </summary>
internal sealed class ProviderHttpRequests
{
    private const int MaxTraceDepth = 8;

    private readonly ProviderEndpoints _endpoints;
    private readonly ProviderCatalog _catalog;
    private readonly WellKnownTypes _types;

    public ProviderHttpRequests(WellKnownTypes types, ProviderEndpoints endpoints, ProviderCatalog catalog)
    {
        _endpoints = endpoints;
        _types = types;
        _catalog = catalog;
    }

    public ProviderEndpoints Endpoints => _endpoints;

    /// <summary>Cheap test: does this operation hand a URL to an HTTP API at all?</summary>
    public bool IsHttpSink(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => IsSinkType(invocation.TargetMethod.ContainingType, includeConstructors: false),
        IObjectCreationOperation creation => IsSinkType(creation.Type as INamedTypeSymbol, includeConstructors: true) && !IsEndpointOfSdkClient(creation),
        _ => false,
    };

    /// <summary>
    /// <c>new OllamaApiClient(new Uri("http://localhost:11434"))</c>, <c>new OpenAIClientOptions { Endpoint = new Uri(...) }</c>:
    /// the address is handed to the provider's SDK, which makes the requests; that is SDK use or wiring, not a raw request
    /// (for PLA1003, the LLM-call classifier and the report's call-site census alike).
    /// </summary>
    private bool IsEndpointOfSdkClient(IOperation creation)
    {
        var current = creation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IArgumentOperation { Parameter.ContainingSymbol: { } method } => _catalog.TryGetProvider(method.ContainingType, out _),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when assignment.Value == current
                => _catalog.TryGetProvider(target.Property.ContainingType, out _),
            _ => false,
        };
    }

    /// <summary>Adds every provider URL the sink operation is given.</summary>
    public void FindProviderUrls(IOperation sink, List<ProviderUrl> found)
    {
        var arguments = sink switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };

        if (arguments.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            // Uri-typed arguments come from a `new Uri(...)`, which is a sink of its own.
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && IsUrlParameter(argument.Parameter))
            {
                Trace(argument.Value, found, depth: 0, visitedLocals: null);
            }
        }
    }

    public bool IsSinkType(INamedTypeSymbol? type, bool includeConstructors)
    {
        // Asked of every call in a loop: compare names (stored strings) before symbols.
        if (type is null || type.Name is not ("HttpClient" or "HttpClientJsonExtensions" or "WebRequest" or "Uri" or "HttpRequestMessage"))
        {
            return false;
        }

        if (includeConstructors)
        {
            return SymbolEqualityComparer.Default.Equals(type, _types.Uri) || SymbolEqualityComparer.Default.Equals(type, _types.HttpRequestMessage);
        }

        var types = _types;
        return SymbolEqualityComparer.Default.Equals(type, types.HttpClient)
            || SymbolEqualityComparer.Default.Equals(type, types.HttpClientJsonExtensions)
            || SymbolEqualityComparer.Default.Equals(type, types.WebRequest);
    }

    private static bool IsUrlParameter(IParameterSymbol parameter)
        => parameter.Name is "requestUri" or "uriString" or "relativeUri" or "requestUriString" or "uri";

    private void Trace(IOperation? value, List<ProviderUrl> found, int depth, HashSet<ILocalSymbol>? visitedLocals)
    {
        value = StringFlow.SkipImplicitConversions(value);
        if (value is null || depth > MaxTraceDepth)
        {
            return;
        }

        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                Match(value, text, found);
                return;

            case IInterpolatedStringOperation interpolated:
                if (!Match(value, UrlText(value), found))
                {
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Trace(hole.Expression, found, depth + 1, visitedLocals);
                        }
                    }
                }

                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                // Prefer the operand that names the host; the whole expression only when the host is split across parts.
                var before = found.Count;
                Trace(concatenation.LeftOperand, found, depth + 1, visitedLocals);
                Trace(concatenation.RightOperand, found, depth + 1, visitedLocals);
                if (found.Count == before)
                {
                    Match(value, UrlText(value), found);
                }

                return;

            case IFieldReferenceOperation { Field: { HasConstantValue: true, ConstantValue: string constant } }:
                // A constant declared elsewhere: reported where it is used.
                Match(value, constant, found);
                return;

            case ILocalReferenceOperation local:
                visitedLocals ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
                if (visitedLocals.Add(local.Local))
                {
                    foreach (var assigned in StringFlow.AssignedValues(local))
                    {
                        Trace(assigned, found, depth + 1, visitedLocals);
                    }
                }

                return;

            case IConditionalOperation conditional:
                Trace(conditional.WhenTrue, found, depth + 1, visitedLocals);
                Trace(conditional.WhenFalse, found, depth + 1, visitedLocals);
                return;

            case ICoalesceOperation coalesce:
                Trace(coalesce.Value, found, depth + 1, visitedLocals);
                Trace(coalesce.WhenNull, found, depth + 1, visitedLocals);
                return;
        }
    }

    private bool Match(IOperation source, string text, List<ProviderUrl> found)
    {
        if (!_endpoints.TryMatch(text, out var endpoint))
        {
            return false;
        }

        ProviderEndpoints.TryGetHost(text, out var host, out var hostWithPort);
        found.Add(new ProviderUrl(source, endpoint, (endpoint.IncludesPort ? hostWithPort : host).Replace(ProviderEndpoints.Hole, '*')));
        return true;
    }

    /// <summary>The constant text of a string expression, with <see cref="ProviderEndpoints.Hole"/> for each part that is not constant.</summary>
    private static string UrlText(IOperation operation)
    {
        var builder = new StringBuilder();
        Append(operation, builder, 0);
        return builder.ToString();

        static void Append(IOperation? part, StringBuilder builder, int depth)
        {
            while (part is IConversionOperation { IsImplicit: true } conversion)
            {
                part = conversion.Operand;
            }

            if (part is null || depth > 64)
            {
                builder.Append(ProviderEndpoints.Hole);
                return;
            }

            if (part.ConstantValue is { HasValue: true, Value: var constant })
            {
                builder.Append(constant);
                return;
            }

            switch (part)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var item in interpolated.Parts)
                    {
                        switch (item)
                        {
                            case IInterpolatedStringTextOperation text:
                                Append(text.Text, builder, depth + 1);
                                break;
                            case IInterpolationOperation hole:
                                Append(hole.Expression, builder, depth + 1);
                                break;
                            default:
                                builder.Append(ProviderEndpoints.Hole);
                                break;
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    Append(concatenation.LeftOperand, builder, depth + 1);
                    Append(concatenation.RightOperand, builder, depth + 1);
                    break;
                default:
                    builder.Append(ProviderEndpoints.Hole);
                    break;
            }
        }
    }
}
