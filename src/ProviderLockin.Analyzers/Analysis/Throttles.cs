using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// What paces or bounds LLM calls: <c>SemaphoreSlim.Wait[Async]</c>, <c>RateLimiter.AcquireAsync</c> /
/// <c>AttemptAcquire</c>, <c>Task.Delay</c>, <c>Thread.Sleep</c>, <c>PeriodicTimer.WaitForNextTickAsync</c>, a bounded
/// <c>Channel</c>, Polly pipelines built with a rate or concurrency limiter, and the team's own
/// <c>provider_lockin.throttle_methods</c>. The BCL types are resolved on first need and compared as symbols.
/// </summary>
internal sealed class Throttles
{
    private static readonly NamespaceName Polly = NamespaceName.Parse("Polly");

    private readonly WellKnownTypes _types;

    public Throttles(WellKnownTypes types)
    {
        _types = types;
    }

    /// <summary>A semaphore wait, rate-limiter acquire, pacing delay, bounded channel or configured throttle anywhere in <paramref name="root"/>.</summary>
    public bool Contains(IOperation root, FileOptions options)
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
            case "WaitAsync" or "Wait" when Is(type, _types.SemaphoreSlim):
            case "AcquireAsync" or "AttemptAcquire" when InheritsFrom(type, _types.RateLimiter) || type?.Name == "PartitionedRateLimiter":
            case "Delay" when Is(type, _types.Task):
            case "Sleep" when Is(type, _types.Thread):
            case "WaitForNextTickAsync" when Is(type, _types.PeriodicTimer):
            case "CreateBounded" when Is(type, _types.Channel):
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

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) => WellKnownTypes.Is(type?.OriginalDefinition, expected);

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
}
