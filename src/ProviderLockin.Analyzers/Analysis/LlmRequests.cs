using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Which single operations are requests to a model: calls into a provider SDK client (not getters of further clients,
/// not data management such as uploads or fine-tuning jobs), Microsoft.Extensions.AI clients and generators
/// (<c>IChatClient</c>, <c>IEmbeddingGenerator</c>, ... and their extension methods), Semantic Kernel invocations,
/// Microsoft Agent Framework runs, and raw HTTP to a provider endpoint. <see cref="LlmCalls"/> follows them through the
/// compilation's own methods; the exposure report counts them.
/// </summary>
internal sealed class LlmRequests
{
    private static readonly NamespaceName SemanticKernel = NamespaceName.Parse("Microsoft.SemanticKernel");

    private readonly ProviderCatalog _catalog;

    public LlmRequests(ProviderCatalog catalog, ProviderHttpRequests http)
    {
        _catalog = catalog;
        Http = http;
    }

    public ProviderHttpRequests Http { get; }

    /// <summary>Is this invocation or HTTP request construction itself a request to a model?</summary>
    public bool IsRequest(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation:
                // A construction is a request only as an HTTP message or address with a provider's URL in it.
                return Http.IsHttpSink(creation) && HasProviderUrl(creation);
            case IInvocationOperation invocation:
                return ShapeOf(invocation.TargetMethod, isConstruction: false) switch
                {
                    RequestShape.Request => true,
                    RequestShape.HttpSink => HasProviderUrl(invocation),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>Could a call to <paramref name="target"/> (or a construction through it) be a request to a model, whatever its arguments?</summary>
    public bool MayBeRequestTo(IMethodSymbol target, bool isConstruction) => ShapeOf(target, isConstruction) != RequestShape.None;

    private enum RequestShape
    {
        None,

        /// <summary>A request by its target alone.</summary>
        Request,

        /// <summary>An HTTP call or message: a request when a provider's URL is among its arguments.</summary>
        HttpSink,
    }

    private RequestShape ShapeOf(IMethodSymbol method, bool isConstruction)
    {
        if (isConstruction)
        {
            return Http.IsSinkType(method.ContainingType, includeConstructors: true) ? RequestShape.HttpSink : RequestShape.None;
        }

        if (method.ReturnsVoid)
        {
            return RequestShape.None;
        }

        // A provider client's request methods; getters of further clients (GetChatClient) are not requests, and neither is
        // managing data (uploading files, filling vector stores, fine-tuning jobs): no model answers them.
        if (_catalog.TryGetProviderMember(method, out var owner))
        {
            return !owner.ManagesDataOnly && !_catalog.TryGetClient(method.ReturnType, out _) ? RequestShape.Request : RequestShape.None;
        }

        if (IsAbstractionRequest(method))
        {
            return RequestShape.Request;
        }

        return Http.IsSinkType(method.ContainingType, includeConstructors: false) ? RequestShape.HttpSink : RequestShape.None;
    }

    public bool HasProviderUrl(IOperation sink)
    {
        var urls = new List<ProviderUrl>(0);
        Http.FindProviderUrls(sink, urls);
        return urls.Count > 0;
    }

    /// <summary>Requests through Microsoft.Extensions.AI clients and generators, and Semantic Kernel invocations.</summary>
    public static bool IsAbstractionRequest(IMethodSymbol method)
    {
        // A member declared outside these namespaces is a request only as an extension of their types; the return type is
        // read after that test because reading it allocates, and this is asked of every call in a loop.
        if (method.Name is "GetService" or "Dispose"
            || !method.IsExtensionMethod && !AbstractionTypes.IsAbstractionNamespace(method.ContainingNamespace)
            || !IsAsyncResult(method.ReturnType))
        {
            return false;
        }

        var receiver = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : method.ContainingType;
        if (receiver is null)
        {
            return false;
        }

        // Microsoft Agent Framework: each run of an agent is at least one model request.
        if (AbstractionTypes.IsAgentFrameworkNamespace(method.ContainingNamespace))
        {
            return method.Name is "RunAsync" or "RunStreamingAsync";
        }

        if (AbstractionTypes.IsAbstractionNamespace(receiver.ContainingNamespace) && !SemanticKernel.Contains(receiver.ContainingNamespace))
        {
            return IsAiClientOrGenerator(receiver);
        }

        if (SemanticKernel.Contains(receiver.ContainingNamespace) || SemanticKernel.Contains(method.ContainingNamespace))
        {
            var name = method.Name;
            return name.StartsWith("Invoke", StringComparison.Ordinal)
                || name.StartsWith("GetChatMessageContent", StringComparison.Ordinal)
                || name.StartsWith("GetStreamingChatMessageContents", StringComparison.Ordinal)
                || name.StartsWith("GetTextContent", StringComparison.Ordinal)
                || name.StartsWith("GetStreamingTextContents", StringComparison.Ordinal)
                || name.StartsWith("GenerateEmbedding", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>IChatClient, IEmbeddingGenerator, IImageGenerator, ISpeechToTextClient, ... or a class implementing one.</summary>
    private static bool IsAiClientOrGenerator(ITypeSymbol type)
    {
        if (IsAiInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsAiInterface(implemented))
            {
                return true;
            }
        }

        return false;

        static bool IsAiInterface(ITypeSymbol candidate)
            => candidate.TypeKind == TypeKind.Interface
               && AbstractionTypes.IsAbstractionNamespace(candidate.ContainingNamespace)
               && (candidate.Name.EndsWith("Client", StringComparison.Ordinal) || candidate.Name.EndsWith("Generator", StringComparison.Ordinal));
    }

    private static bool IsAsyncResult(ITypeSymbol type)
        => type.Name is "Task" or "ValueTask" ? WellKnownTypes.IsIn(type, SystemThreadingTasks)
            : type.Name == "IAsyncEnumerable" && WellKnownTypes.IsIn(type, SystemCollectionsGeneric);

    private static readonly string[] SystemThreadingTasks = { "System", "Threading", "Tasks" };

    private static readonly string[] SystemCollectionsGeneric = { "System", "Collections", "Generic" };
}
