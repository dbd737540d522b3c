using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ProviderLockin.Analyzers.Analysis;

internal enum FanOutKind
{
    /// <summary><c>Task.WhenAll</c> / <c>WaitAll</c> / <c>WhenEach</c> over <c>items.Select(...)</c> or over a list of tasks.</summary>
    TaskSet,

    /// <summary><c>Parallel.For</c> / <c>ForEach</c> / <c>ForEachAsync</c>.</summary>
    ParallelLoop,

    /// <summary>PLINQ: <c>items.AsParallel().Select(...)</c> (also <c>SelectMany</c>, <c>Where</c>, <c>ForAll</c>).</summary>
    Plinq,
}

/// <summary>One recognised fan-out: what starts the work per item, over what, and whether it declares a degree of parallelism.</summary>
internal readonly struct FanOut
{
    public FanOut(FanOutKind kind, IInvocationOperation invocation, IOperation? source, bool sourceIsCount, IOperation? work, ILocalReferenceOperation? taskList, IOperation? parallelOptions, bool declaresParallelism)
    {
        Kind = kind;
        Invocation = invocation;
        Source = source;
        SourceIsCount = sourceIsCount;
        Work = work;
        TaskList = taskList;
        ParallelOptions = parallelOptions;
        DeclaresParallelism = declaresParallelism;
    }

    public FanOutKind Kind { get; }

    public IInvocationOperation Invocation { get; }

    /// <summary>
    /// What sets how many items start at once: the collection (<c>items</c> in <c>items.Select(...)</c>, a ForEach
    /// source, the receiver of <c>AsParallel()</c>) or, when <see cref="SourceIsCount"/>, <c>Parallel.For</c>'s upper bound,
    /// as the argument is written (conversions included). Null for a list of tasks filled elsewhere.
    /// </summary>
    public IOperation? Source { get; }

    public bool SourceIsCount { get; }

    /// <summary>The per-item work: the selector or body argument as written (<see cref="FanOutShapes.Unwrap"/> reaches the lambda).</summary>
    public IOperation? Work { get; }

    /// <summary><c>Task.WhenAll(tasks)</c> over a local list of tasks (filled in a loop, which the rule looks for).</summary>
    public ILocalReferenceOperation? TaskList { get; }

    /// <summary>The <c>ParallelOptions</c> argument of a Parallel loop, when there is one.</summary>
    public IOperation? ParallelOptions { get; }

    /// <summary>PLINQ with <c>WithDegreeOfParallelism</c> in its chain.</summary>
    public bool DeclaresParallelism { get; }
}

/// <summary>
/// Recognises the fan-out shapes once, for PLA3002 and its two fixes (cap the batch, throttle with a rate limiter):
/// the BCL types are compared as symbols, so a user type named Task or Parallel is not one.
/// </summary>
internal static class FanOutShapes
{
    public static bool TryRecognize(IInvocationOperation invocation, WellKnownTypes wellKnown, out FanOut fanOut)
    {
        fanOut = default;
        switch (KindOf(invocation.TargetMethod, wellKnown))
        {
            case FanOutKind.TaskSet:
                return TryTaskSet(invocation, out fanOut);
            case FanOutKind.ParallelLoop:
                return TryParallelLoop(invocation, out fanOut);
            case FanOutKind.Plinq:
                return TryPlinq(invocation, out fanOut);
            default:
                return false;
        }
    }

    /// <summary>Is <paramref name="method"/> one that starts work in parallel (<c>Task.WhenAll</c>, <c>Parallel.ForEach</c>, PLINQ)?</summary>
    public static bool MayFanOut(IMethodSymbol method, WellKnownTypes wellKnown) => KindOf(method, wellKnown) is not null;

    private static FanOutKind? KindOf(IMethodSymbol method, WellKnownTypes wellKnown)
    {
        var type = method.ContainingType;

        // Names first, then the symbol.
        return (type?.Name, method.Name) switch
        {
            ("Task", "WhenAll" or "WaitAll" or "WhenEach") when WellKnownTypes.Is(type, wellKnown.Task) => FanOutKind.TaskSet,
            ("Parallel", "For" or "ForEach" or "ForEachAsync") when WellKnownTypes.Is(type, wellKnown.Parallel) => FanOutKind.ParallelLoop,
            ("ParallelEnumerable", "Select" or "SelectMany" or "ForAll" or "Where") when WellKnownTypes.Is(type, wellKnown.ParallelEnumerable) => FanOutKind.Plinq,
            _ => null,
        };
    }

    /// <summary>Skips conversions, delegate creations and materializing steps (<c>.ToArray()</c>, <c>.ToList()</c>).</summary>
    public static IOperation? Unwrap(IOperation? operation)
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

    private static bool TryTaskSet(IInvocationOperation whenAll, out FanOut fanOut)
    {
        foreach (var argument in whenAll.Arguments)
        {
            switch (Unwrap(argument.Value))
            {
                case IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select:
                    fanOut = new FanOut(FanOutKind.TaskSet, whenAll, select.Arguments[0].Value, false, select.Arguments[1].Value, null, null, false);
                    return true;
                case ILocalReferenceOperation list:
                    fanOut = new FanOut(FanOutKind.TaskSet, whenAll, null, false, null, list, null, false);
                    return true;
            }
        }

        fanOut = default;
        return false;
    }

    private static bool TryParallelLoop(IInvocationOperation parallel, out FanOut fanOut)
    {
        IOperation? body = null;
        IOperation? source = null;
        IOperation? options = null;
        var sourceIsCount = false;
        foreach (var argument in parallel.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (parameter.Type.Name == "ParallelOptions" && WellKnownTypes.IsIn(parameter.Type, "System", "Threading", "Tasks"))
            {
                options = argument.Value;
            }
            else if (parameter.Name == "body")
            {
                body = argument.Value;
            }
            else if (parameter.Name is "source" or "toExclusive")
            {
                source = argument.Value;
                sourceIsCount = parameter.Name == "toExclusive";
            }
        }

        fanOut = new FanOut(FanOutKind.ParallelLoop, parallel, source, sourceIsCount, body, null, options, false);
        return body is not null;
    }

    private static bool TryPlinq(IInvocationOperation query, out FanOut fanOut)
    {
        fanOut = default;
        if (query.Arguments.Length < 2)
        {
            return false;
        }

        var declaresParallelism = false;
        for (var source = Unwrap(query.Arguments[0].Value); source is IInvocationOperation step; source = step.Arguments.Length > 0 ? Unwrap(step.Arguments[0].Value) : null)
        {
            if (step.TargetMethod.Name == "WithDegreeOfParallelism")
            {
                declaresParallelism = true;
            }
            else if (step.TargetMethod.Name == "AsParallel" && step.Arguments.Length > 0)
            {
                fanOut = new FanOut(FanOutKind.Plinq, query, step.Arguments[0].Value, false, query.Arguments[1].Value, null, null, declaresParallelism);
                return true;
            }
        }

        return false;
    }
}
