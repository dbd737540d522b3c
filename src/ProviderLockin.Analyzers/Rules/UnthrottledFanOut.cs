using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA3002: LLM calls started for every item of a data-driven collection at once: <c>Task.WhenAll(items.Select(x =&gt; call))</c>,
/// tasks collected in a loop and awaited together, <c>Parallel.For</c> / <c>ForEach[Async]</c> without
/// <c>MaxDegreeOfParallelism</c>, PLINQ without <c>WithDegreeOfParallelism</c> — with no semaphore or rate limiter inside.
/// </summary>
internal static class UnthrottledFanOut
{
    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        if (context.Operation is not IInvocationOperation invocation || !FanOutShapes.TryRecognize(invocation, session.WellKnown, out var fanOut))
        {
            return;
        }

        var options = session.Options.For(invocation.Syntax.SyntaxTree);
        var unthrottled = fanOut.Kind switch
        {
            FanOutKind.TaskSet when fanOut.TaskList is { } list => IsFilledByUnboundedLoop(list, session, options),
            FanOutKind.TaskSet => IsUnthrottledWork(fanOut.Work!, session, options) && !LoopBounds.IsBoundedCollection(fanOut.Source!, options.MaxCallsPerLoop, 0),
            FanOutKind.ParallelLoop => IsUnthrottledParallelLoop(fanOut, session, options),
            _ => !fanOut.DeclaresParallelism && IsUnthrottledWork(fanOut.Work!, session, options) && !LoopBounds.IsBoundedCollection(fanOut.Source!, options.MaxCallsPerLoop, 0),
        };

        if (unthrottled)
        {
            AnalysisSession.Report(
                context,
                Descriptors.UnthrottledFanOut,
                SyntaxLocations.MemberName(invocation.Syntax),
                DiagnosticProperties.WithMaxCallsPerLoop(options.MaxCallsPerLoop),
                invocation.TargetMethod.Name);
        }
    }

    private static bool IsFilledByUnboundedLoop(ILocalReferenceOperation list, AnalysisSession session, FileOptions options)
    {
        var root = (IOperation)list;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation receiver, Arguments.Length: 1 } add
                && SymbolEqualityComparer.Default.Equals(receiver.Local, list.Local)
                && EnclosingLoop(add) is { } loop
                && session.Calls.ContainsLlmCall(add.Arguments[0].Value, options, out var info) && !info.IsThrottled
                && !LoopBounds.IsConstantBounded(loop, options.MaxCallsPerLoop)
                && !session.Throttles.Contains(loop.Body, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Parallel.ForEachAsync(items, async (item, ct) =&gt; ...)</c> without a degree of parallelism.</summary>
    private static bool IsUnthrottledParallelLoop(FanOut fanOut, AnalysisSession session, FileOptions options)
    {
        if (fanOut.ParallelOptions is { } parallelOptions && LimitsParallelism(parallelOptions) || !IsUnthrottledWork(fanOut.Work!, session, options))
        {
            return false;
        }

        var source = fanOut.Source;
        return source is null
            || !(LoopBounds.IsBoundedCollection(source, options.MaxCallsPerLoop, 0) || LoopBounds.IsConstantAtMost(source, options.MaxCallsPerLoop)
                 || LoopBounds.IsSizeGuardedBeforeUse(source, options.MaxCallsPerLoop, isCollection: false));
    }

    /// <summary>The per-item work makes an LLM call and nothing in it waits on a semaphore or rate limiter.</summary>
    private static bool IsUnthrottledWork(IOperation work, AnalysisSession session, FileOptions options)
        => session.Calls.ContainsLlmCall(work, options, out var info) && !info.IsThrottled && !session.Throttles.Contains(work, options);

    private static bool LimitsParallelism(IOperation options)
    {
        foreach (var operation in FanOutShapes.Unwrap(options)!.DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "MaxDegreeOfParallelism" } } assignment)
            {
                return assignment.Value.ConstantValue is not { HasValue: true, Value: -1 };
            }
        }

        // Options built elsewhere: trust them to limit.
        return FanOutShapes.Unwrap(options) is not IObjectCreationOperation;
    }

    private static ILoopOperation? EnclosingLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation loop)
            {
                return loop;
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }
        }

        return null;
    }
}
