using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
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
/// The LLM-call classifier shared by the PLA3 rules: a request to a model (<see cref="LlmRequests"/>), or a call into a
/// method of this compilation that makes one, followed up to <c>provider_lockin.call_depth</c> calls deep, and whether
/// that path throttles itself (<see cref="Throttles"/>). Each method body is summarized once per compilation and the
/// summary is shared.
/// </summary>
internal sealed class LlmCalls
{
    /// <summary>Distance of a method that never reaches an LLM call.</summary>
    private const int Unreachable = int.MaxValue;

    /// <summary>Recursion guard for very deep call chains; beyond it a path counts as reaching nothing.</summary>
    private const int MaxFrames = 64;

    private readonly MethodBodies _bodies;
    private readonly OptionsReader _options;
    private readonly LlmRequests _requests;
    private readonly Throttles _throttles;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, (int Distance, bool Throttled)> _reach = new(SymbolEqualityComparer.Default);

    public LlmCalls(MethodBodies bodies, OptionsReader options, LlmRequests requests, Throttles throttles)
    {
        _bodies = bodies;
        _options = options;
        _requests = requests;
        _throttles = throttles;
    }

    /// <summary>Is this invocation (or HTTP request construction) an LLM call, directly or through methods of this compilation?</summary>
    public LlmCallInfo Classify(IOperation operation, FileOptions options)
    {
        if (_requests.IsRequest(operation))
        {
            return new LlmCallInfo(true, false);
        }

        if (operation is IInvocationOperation { TargetMethod: var method } && options.CallDepth > 0 && _bodies.IsInProject(method))
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
        => operation is IInvocationOperation { TargetMethod: var method } && _bodies.IsInProject(method) || _requests.IsRequest(operation);

    /// <summary>Could a call to <paramref name="target"/> (or a construction through it) be an LLM call, whatever its arguments?</summary>
    public bool MayBeLlmCallTo(IMethodSymbol target, bool isConstruction)
        => !isConstruction && _bodies.IsInProject(target) || _requests.MayBeRequestTo(target, isConstruction);

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
        foreach (var body in _bodies.Of(method))
        {
            summary = summary.Merge(MethodSummary.Of(body, this, _options.For(body.Syntax.SyntaxTree)));
        }

        return _summaries.GetOrAdd(method, summary);
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
                        direct |= calls._requests.IsRequest(invocation);
                        throttles |= calls._throttles.IsThrottle(invocation, options);
                        var target = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                        if (!target.DeclaringSyntaxReferences.IsEmpty)
                        {
                            callees.Add(target.OriginalDefinition);
                        }

                        break;
                    case IObjectCreationOperation creation:
                        direct |= calls._requests.IsRequest(creation);
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
