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
        if (context.Operation is not IInvocationOperation invocation)
        {
            return;
        }

        // Names first (this runs for every call), then the symbol: a user type named Task or Parallel is not the BCL's.
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var wellKnown = session.WellKnown;
        var fanOut = (type?.Name, method.Name) switch
        {
            ("Task", "WhenAll" or "WaitAll" or "WhenEach") when WellKnownTypes.Is(type, wellKnown.Task)
                => IsUnthrottledTaskSet(invocation, session, session.Options.For(invocation.Syntax.SyntaxTree)),
            ("Parallel", "For" or "ForEach" or "ForEachAsync") when WellKnownTypes.Is(type, wellKnown.Parallel)
                => IsUnthrottledParallelLoop(invocation, session, session.Options.For(invocation.Syntax.SyntaxTree)),
            ("ParallelEnumerable", "Select" or "SelectMany" or "ForAll" or "Where") when WellKnownTypes.Is(type, wellKnown.ParallelEnumerable)
                => IsUnthrottledPlinq(invocation, session, session.Options.For(invocation.Syntax.SyntaxTree)),
            _ => false,
        };

        if (fanOut)
        {
            var options = session.Options.For(invocation.Syntax.SyntaxTree);
            AnalysisSession.Report(
                context,
                Descriptors.UnthrottledFanOut,
                SyntaxLocations.MemberName(invocation.Syntax),
                DiagnosticProperties.WithMaxCallsPerLoop(options.MaxCallsPerLoop),
                method.Name);
        }
    }

    /// <summary><c>Task.WhenAll(items.Select(x =&gt; chat.GetResponseAsync(x)))</c> or a task list filled in a loop.</summary>
    private static bool IsUnthrottledTaskSet(IInvocationOperation whenAll, AnalysisSession session, FileOptions options)
    {
        foreach (var argument in whenAll.Arguments)
        {
            var tasks = Unwrap(argument.Value);
            if (tasks is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
                && IsUnthrottledWork(select.Arguments[1].Value, session, options)
                && !LoopBounds.IsBoundedCollection(select.Arguments[0].Value, options.MaxCallsPerLoop, 0))
            {
                return true;
            }

            if (tasks is ILocalReferenceOperation list && IsFilledByUnboundedLoop(list, session, options))
            {
                return true;
            }
        }

        return false;
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
                && !session.Calls.ContainsThrottle(loop.Body, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Parallel.ForEachAsync(items, async (item, ct) =&gt; ...)</c> without a degree of parallelism.</summary>
    private static bool IsUnthrottledParallelLoop(IInvocationOperation parallel, AnalysisSession session, FileOptions options)
    {
        IOperation? body = null;
        IOperation? source = null;
        foreach (var argument in parallel.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (parameter.Type.Name == "ParallelOptions" && WellKnownTypes.IsIn(parameter.Type, "System", "Threading", "Tasks") && LimitsParallelism(argument.Value))
            {
                return false;
            }

            if (parameter.Name == "body")
            {
                body = argument.Value;
            }
            else if (parameter.Name is "source" or "toExclusive")
            {
                source = argument.Value;
            }
        }

        if (body is null || !IsUnthrottledWork(body, session, options))
        {
            return false;
        }

        return source is null
            || !(LoopBounds.IsBoundedCollection(source, options.MaxCallsPerLoop, 0) || LoopBounds.IsConstantAtMost(source, options.MaxCallsPerLoop)
                 || LoopBounds.IsSizeGuardedBeforeUse(source, options.MaxCallsPerLoop, isCollection: false));
    }

    /// <summary><c>items.AsParallel().Select(x =&gt; chat.GetResponseAsync(x).Result)</c> without <c>WithDegreeOfParallelism</c>.</summary>
    private static bool IsUnthrottledPlinq(IInvocationOperation query, AnalysisSession session, FileOptions options)
    {
        if (query.Arguments.Length < 2 || !IsUnthrottledWork(query.Arguments[1].Value, session, options))
        {
            return false;
        }

        for (var source = Unwrap(query.Arguments[0].Value); source is IInvocationOperation step; source = step.Arguments.Length > 0 ? Unwrap(step.Arguments[0].Value) : null)
        {
            if (step.TargetMethod.Name == "WithDegreeOfParallelism")
            {
                return false;
            }

            if (step.TargetMethod.Name == "AsParallel")
            {
                return !LoopBounds.IsBoundedCollection(step.Arguments[0].Value, options.MaxCallsPerLoop, 0);
            }
        }

        return false;
    }

    /// <summary>The per-item work makes an LLM call and nothing in it waits on a semaphore or rate limiter.</summary>
    private static bool IsUnthrottledWork(IOperation work, AnalysisSession session, FileOptions options)
        => session.Calls.ContainsLlmCall(work, options, out var info) && !info.IsThrottled && !session.Calls.ContainsThrottle(work, options);

    private static bool LimitsParallelism(IOperation options)
    {
        foreach (var operation in Unwrap(options)!.DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "MaxDegreeOfParallelism" } } assignment)
            {
                return assignment.Value.ConstantValue is not { HasValue: true, Value: -1 };
            }
        }

        // Options built elsewhere: trust them to limit.
        return Unwrap(options) is not IObjectCreationOperation;
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

    /// <summary>Skips conversions, delegate creations and materializing steps (<c>.ToArray()</c>, <c>.ToList()</c>).</summary>
    private static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList" or "AsEnumerable", Arguments.Length: 1 } materialize:
                    operation = materialize.Arguments[0].Value;
                    continue;
                default:
                    return operation;
            }
        }
    }
}
