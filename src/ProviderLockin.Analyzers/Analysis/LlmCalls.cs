using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Reporting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>What a call site does, as far as the volume rules care.</summary>
internal readonly struct LlmCallInfo
{
    public LlmCallInfo(bool isLlmCall, bool isThrottled)
    {
        IsLlmCall = isLlmCall;
        IsThrottled = isThrottled;
    }

    public bool IsLlmCall { get; }

    /// <summary>The call goes through a method that throttles itself (a semaphore or rate limiter around the request).</summary>
    public bool IsThrottled { get; }
}

/// <summary>
/// The LLM-call classifier shared by the PLA3 rules: calls into a provider SDK client, Microsoft.Extensions.AI
/// (<c>IChatClient</c>, <c>IEmbeddingGenerator</c>, <c>IImageGenerator</c>, ... and their extension methods), Semantic
/// Kernel (<c>IChatCompletionService</c>, <c>Kernel.InvokeAsync</c> / <c>InvokePromptAsync</c>, agents), raw HTTP to a
/// provider endpoint, and methods of this compilation that make one, followed up to <c>provider_lockin.call_depth</c>
/// calls deep. Each method body is summarized once per compilation and the summary is shared.
/// It also recognises throttles: <c>SemaphoreSlim.Wait[Async]</c>, <c>RateLimiter.AcquireAsync</c> / <c>AttemptAcquire</c>,
/// <c>Task.Delay</c>, <c>Thread.Sleep</c>, <c>PeriodicTimer.WaitForNextTickAsync</c>, a bounded <c>Channel</c>, Polly
/// rate limiters, and the team's own <c>provider_lockin.throttle_methods</c>.
/// </summary>
internal sealed class LlmCalls
{
    /// <summary>Distance of a method that never reaches an LLM call.</summary>
    private const int Unreachable = int.MaxValue;

    private static readonly NamespaceName SemanticKernel = NamespaceName.Parse("Microsoft.SemanticKernel");
    private static readonly NamespaceName Polly = NamespaceName.Parse("Polly");

    /// <summary>Recursion guard for very deep call chains; beyond it a path counts as reaching nothing.</summary>
    private const int MaxFrames = 64;

    private readonly Compilation _compilation;
    private readonly OptionsReader _options;
    private readonly ProviderCatalog _catalog;
    private readonly ProviderHttpRequests _http;
    private ThrottleTypes? _throttleTypes;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, (int Distance, bool Throttled)> _reach = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public LlmCalls(Compilation compilation, OptionsReader options, ProviderCatalog catalog, ProviderHttpRequests http)
    {
        _compilation = compilation;
        _options = options;
        _catalog = catalog;
        _http = http;
    }

    /// <summary>Resolved on first need (a throttle-named call in a loop with an LLM call): most compilations never ask.</summary>
    private ThrottleTypes Throttles => _throttleTypes ??= new ThrottleTypes(_compilation);

    private sealed class ThrottleTypes
    {
        public ThrottleTypes(Compilation compilation)
        {
            SemaphoreSlim = compilation.GetTypeByMetadataName("System.Threading.SemaphoreSlim");
            RateLimiter = compilation.GetTypeByMetadataName("System.Threading.RateLimiting.RateLimiter");
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
            PeriodicTimer = compilation.GetTypeByMetadataName("System.Threading.PeriodicTimer");
            Channel = compilation.GetTypeByMetadataName("System.Threading.Channels.Channel");
        }

        public INamedTypeSymbol? SemaphoreSlim { get; }

        public INamedTypeSymbol? RateLimiter { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? Thread { get; }

        public INamedTypeSymbol? PeriodicTimer { get; }

        public INamedTypeSymbol? Channel { get; }
    }

    /// <summary>Is this invocation (or HTTP request construction) an LLM call, directly or through methods of this compilation?</summary>
    public LlmCallInfo Classify(IOperation operation, FileOptions options)
    {
        if (IsDirectLlmCall(operation))
        {
            return new LlmCallInfo(true, false);
        }

        if (operation is IInvocationOperation { TargetMethod: var method } && options.CallDepth > 0 && IsInSource(method))
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            var (distance, throttled) = _reach.TryGetValue(method, out var known)
                ? known
                : Reach(method, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
            if (distance != Unreachable && distance < options.CallDepth)
            {
                return new LlmCallInfo(true, throttled);
            }
        }

        return default;
    }

    /// <summary>
    /// Could this be an LLM call? A direct one, or a call into this compilation that <see cref="Classify"/> would follow.
    /// Cheap (no method body is summarized), so it can be asked of every call in a loop.
    /// </summary>
    public bool MayBeLlmCall(IOperation operation)
        => operation is IInvocationOperation { TargetMethod: var method } && IsInSource(method) || IsDirectLlmCall(operation);

    /// <summary>Only methods of this compilation have bodies to follow; metadata methods are rejected without allocating.</summary>
    private static bool IsInSource(IMethodSymbol method)
    {
        var locations = (method.ReducedFrom ?? method).Locations;
        return locations.Length > 0 && locations[0].IsInSource;
    }

    /// <summary>The first LLM call among <paramref name="root"/> and its descendants, if any (lambdas included).</summary>
    public bool ContainsLlmCall(IOperation root, FileOptions options, out LlmCallInfo info)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation or IObjectCreationOperation)
            {
                info = Classify(operation, options);
                if (info.IsLlmCall)
                {
                    return true;
                }
            }
        }

        info = default;
        return false;
    }

    /// <summary>A semaphore wait, rate-limiter acquire, pacing delay, bounded channel or configured throttle anywhere in <paramref name="root"/>.</summary>
    public bool ContainsThrottle(IOperation root, FileOptions options)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation invocation && IsThrottle(invocation, options))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsThrottle(IInvocationOperation invocation, FileOptions options)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        switch (method.Name)
        {
            case "WaitAsync" or "Wait" when Is(type, Throttles.SemaphoreSlim):
            case "AcquireAsync" or "AttemptAcquire" when InheritsFrom(type, Throttles.RateLimiter) || type?.Name == "PartitionedRateLimiter":
            case "Delay" when Is(type, Throttles.Task):
            case "Sleep" when Is(type, Throttles.Thread):
            case "WaitForNextTickAsync" when Is(type, Throttles.PeriodicTimer):
            case "CreateBounded" when Is(type, Throttles.Channel):
                return true;
            case "Execute" or "ExecuteAsync" when Polly.Contains(type?.ContainingNamespace):
                return !IsPipelineBuiltWithoutLimiter(invocation.Instance);
        }

        foreach (var throttle in options.ThrottleMethods)
        {
            if (throttle.Matches(method))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDirectLlmCall(IOperation operation)
    {
        if (operation is IObjectCreationOperation)
        {
            return _http.IsHttpSink(operation) && HasProviderUrl(operation);
        }

        if (operation is not IInvocationOperation invocation)
        {
            return false;
        }

        var method = invocation.TargetMethod;
        if (method.ReturnsVoid)
        {
            return false;
        }

        // A provider client's request methods; getters of further clients (GetChatClient) are not requests, and neither is
        // managing data (uploading files, filling vector stores, fine-tuning jobs): no model answers them.
        if (_catalog.TryGetProviderMember(method, out var owner))
        {
            return !owner.ManagesDataOnly && !_catalog.TryGetClient(method.ReturnType, out _);
        }

        if (IsAbstractionRequest(method))
        {
            return true;
        }

        return _http.IsHttpSink(operation) && HasProviderUrl(operation);
    }

    /// <summary>
    /// For the exposure report: whether <paramref name="operation"/> is an LLM request, which way it goes (through the
    /// abstraction, to a provider SDK, or as raw HTTP to a provider host) and whose provider it reaches.
    /// The same tests as the rules use, so the report and the IDE agree.
    /// </summary>
    public bool TryDescribeCallSite(IOperation operation, out CallSiteKind kind, out string provider)
    {
        kind = default;
        provider = string.Empty;
        if (operation is IObjectCreationOperation || operation is IInvocationOperation { TargetMethod.ReturnsVoid: false })
        {
            if (operation is IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                if (_catalog.TryGetProviderMember(method, out var owner))
                {
                    if (_catalog.TryGetClient(method.ReturnType, out _))
                    {
                        return false;
                    }

                    kind = CallSiteKind.ProviderSdk;
                    provider = owner.Sdk.Provider;
                    return true;
                }

                if (IsAbstractionRequest(method))
                {
                    kind = CallSiteKind.Abstraction;
                    return true;
                }
            }

            if (_http.IsHttpSink(operation))
            {
                var urls = new List<ProviderUrl>(0);
                _http.FindProviderUrls(operation, urls);
                if (urls.Count > 0)
                {
                    kind = CallSiteKind.RawHttp;
                    provider = urls[0].Endpoint.Provider;
                    return true;
                }
            }
        }

        return false;
    }

    private bool HasProviderUrl(IOperation sink)
    {
        var urls = new List<ProviderUrl>(0);
        _http.FindProviderUrls(sink, urls);
        return urls.Count > 0;
    }

    /// <summary>Requests through Microsoft.Extensions.AI clients and generators, and Semantic Kernel invocations.</summary>
    private static bool IsAbstractionRequest(IMethodSymbol method)
    {
        if (method.Name is "GetService" or "Dispose" || !IsAsyncResult(method.ReturnType))
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

    /// <summary>
    /// How many calls away from an LLM call a source method is, and whether the path throttles. Each method is computed
    /// once per compilation; a call back into a method still being computed (recursion) counts as reaching nothing, so in a
    /// cycle the distance can only be overestimated: fewer findings, never more.
    /// </summary>
    private (int Distance, bool Throttled) Reach(IMethodSymbol method, HashSet<IMethodSymbol> inProgress)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (_reach.TryGetValue(method, out var known))
        {
            return known;
        }

        if (inProgress.Count >= MaxFrames || !inProgress.Add(method))
        {
            return (Unreachable, false);
        }

        var summary = Summarize(method);
        var result = (Distance: Unreachable, Throttled: false);
        if (summary.CallsLlmDirectly)
        {
            result = (0, summary.Throttles);
        }
        else
        {
            foreach (var callee in summary.Callees)
            {
                var (distance, throttled) = Reach(callee, inProgress);
                if (distance != Unreachable && distance + 1 < result.Distance)
                {
                    result = (distance + 1, throttled || summary.Throttles);
                }
            }
        }

        inProgress.Remove(method);
        return _reach.GetOrAdd(method, result);
    }

    private MethodSummary Summarize(IMethodSymbol method)
    {
        if (_summaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        var summary = MethodSummary.Empty;
        if (!method.IsAbstract && !method.IsExtern)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
                {
                    continue;
                }

                var body = ModelFor(syntax.SyntaxTree).GetOperation(syntax);
                if (body is not null)
                {
                    summary = summary.Merge(MethodSummary.Of(body, this, _options.For(syntax.SyntaxTree)));
                }
            }
        }

        return _summaries.GetOrAdd(method, summary);
    }

    // Callee bodies live in other files; their semantic model is created once per file for the whole compilation.
#pragma warning disable RS1030 // Interprocedural summaries need the callee's file; cached per tree, computed once per method.
    private SemanticModel ModelFor(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    /// <summary>A Polly pipeline built in the same method without AddRateLimiter / AddConcurrencyLimiter does not throttle.</summary>
    private static bool IsPipelineBuiltWithoutLimiter(IOperation? pipeline)
    {
        var values = new List<IOperation>();
        var receiver = StringFlow.SkipImplicitConversions(pipeline);
        if (receiver is ILocalReferenceOperation local)
        {
            values.AddRange(StringFlow.AssignedValues(local));
        }
        else if (receiver is not null)
        {
            values.Add(receiver);
        }

        var sawBuilder = false;
        foreach (var value in values)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: var name })
                {
                    if (name is "AddRateLimiter" or "AddConcurrencyLimiter")
                    {
                        return false;
                    }

                    sawBuilder |= name == "Build";
                }
            }
        }

        return sawBuilder;
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol? expected)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What one method body does: calls an LLM directly, throttles, and which source methods it calls.</summary>
    private sealed class MethodSummary
    {
        public static readonly MethodSummary Empty = new(false, false, Array.Empty<IMethodSymbol>());

        private MethodSummary(bool callsLlmDirectly, bool throttles, IReadOnlyList<IMethodSymbol> callees)
        {
            CallsLlmDirectly = callsLlmDirectly;
            Throttles = throttles;
            Callees = callees;
        }

        public bool CallsLlmDirectly { get; }

        public bool Throttles { get; }

        public IReadOnlyList<IMethodSymbol> Callees { get; }

        public static MethodSummary Of(IOperation body, LlmCalls calls, FileOptions options)
        {
            var direct = false;
            var throttles = false;
            var callees = new List<IMethodSymbol>();
            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        direct |= calls.IsDirectLlmCall(invocation);
                        throttles |= calls.IsThrottle(invocation, options);
                        var target = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                        if (!target.DeclaringSyntaxReferences.IsEmpty)
                        {
                            callees.Add(target.OriginalDefinition);
                        }

                        break;
                    case IObjectCreationOperation creation:
                        direct |= calls.IsDirectLlmCall(creation);
                        break;
                }
            }

            return new MethodSummary(direct, throttles, callees);
        }

        public MethodSummary Merge(MethodSummary other)
        {
            if (ReferenceEquals(this, Empty))
            {
                return other;
            }

            var callees = new List<IMethodSymbol>(Callees);
            callees.AddRange(other.Callees);
            return new MethodSummary(CallsLlmDirectly || other.CallsLlmDirectly, Throttles || other.Throttles, callees);
        }
    }
}
