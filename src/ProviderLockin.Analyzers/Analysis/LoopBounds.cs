using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Whether a loop or collection is capped by a constant at or under <c>provider_lockin.max_calls_per_loop</c>:
/// <c>for (i = 0; i &lt; 20; i++)</c>, <c>foreach</c> over <c>.Take(n)</c>, a collection literal, an array initializer or
/// <c>Enumerable.Range(0, n)</c>, a loop condition against a constant, or a counter compared with a constant that breaks or
/// returns (the max-iterations check of an agent loop), or a size checked against a constant before the loop, which throws or
/// returns when it is larger (<c>if (items.Count &gt; MaxItemsPerBatch) throw ...;</c>, what "Cap the batch" writes).
/// </summary>
internal static class LoopBounds
{
    private const int MaxDepth = 8;

    private static readonly string[] SystemLinq = { "System", "Linq" };

    private static readonly string[] SystemOnly = { "System" };

    public static bool IsConstantBounded(ILoopOperation loop, int max)
    {
        switch (loop)
        {
            case IForLoopOperation { Condition: { } condition } when ComparesWithConstant(condition, max):
            case IForLoopOperation { Condition: IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } bound }
                when IsSizeGuardedBeforeUse(bound.RightOperand, max, isCollection: false):
            case IWhileLoopOperation { Condition: { } whileCondition } when ComparesWithConstant(whileCondition, max):
            case IForEachLoopOperation forEach when IsBoundedCollection(forEach.Collection, max, 0):
                return true;
        }

        return HasConstantExitGuard(loop.Body, max, loop is IForLoopOperation forLoop ? forLoop.Locals : default);
    }

    /// <summary>A collection whose size is a constant at or under the cap.</summary>
    public static bool IsBoundedCollection(IOperation? collection, int max, int depth)
    {
        collection = StringFlow.SkipImplicitConversions(collection);
        if (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        if (collection is null || depth > MaxDepth)
        {
            return false;
        }

        switch (collection)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length <= max;
            case IArrayCreationOperation array when array.DimensionSizes.Length == 1:
                return IsConstantAtMost(array.DimensionSizes[0], max);
            case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers.Length: > 0 } initializer }:
                return initializer.Initializers.Length <= max;
            case { Syntax: CollectionExpressionSyntax literal }:
                return literal.Elements.Count <= max && !ContainsSpread(literal);
            case IInvocationOperation invocation:
                return IsBoundedQuery(invocation, max, depth);
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                when IsSizeGuardedBeforeUse(collection, max, isCollection: true):
                return true;
            case ILocalReferenceOperation local:
                var any = false;
                foreach (var assigned in StringFlow.AssignedValues(local))
                {
                    if (!IsBoundedCollection(assigned, max, depth + 1))
                    {
                        return false;
                    }

                    any = true;
                }

                return any;
            default:
                return false;
        }
    }

    /// <summary>
    /// An earlier statement of the same block exits (throw, return, break) when the size is over a constant at or under the
    /// cap: <c>if (items.Count &gt; 100) throw ...;</c> before <c>foreach (var item in items)</c>, <c>if (n &gt; 100) return;</c>
    /// before <c>for (i = 0; i &lt; n; i++)</c>. <paramref name="isCollection"/>: the guard reads the value's Count or Length.
    /// </summary>
    public static bool IsSizeGuardedBeforeUse(IOperation value, int max, bool isCollection)
    {
        var statement = value;
        while (statement.Parent is { } parent and not IBlockOperation)
        {
            statement = parent;
        }

        if (statement.Parent is not IBlockOperation block)
        {
            return false;
        }

        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                break;
            }

            if (earlier is IConditionalOperation { WhenTrue: { } whenTrue, Condition: IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } guard }
                && ExitsLoop(whenTrue)
                && IsConstantAtMost(guard.RightOperand, max)
                && IsSizeOf(StringFlow.SkipImplicitConversions(guard.LeftOperand), value, isCollection))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSizeOf(IOperation? size, IOperation value, bool isCollection)
    {
        if (!isCollection)
        {
            return SameReference(size, value);
        }

        return size is IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } instance } && SameReference(instance, value);
    }

    /// <summary>The same local, parameter, field or property read (of the same instance), conversions aside.</summary>
    private static bool SameReference(IOperation? left, IOperation? right)
    {
        left = StringFlow.SkipImplicitConversions(left);
        right = StringFlow.SkipImplicitConversions(right);
        return (left, right) switch
        {
            (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
            (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
            (IFieldReferenceOperation a, IFieldReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Field, b.Field)
                                                                         && (a.Instance is null && b.Instance is null || SameReference(a.Instance, b.Instance)),
            (IPropertyReferenceOperation a, IPropertyReferenceOperation b) => a.Arguments.Length == 0 && b.Arguments.Length == 0
                                                                               && SymbolEqualityComparer.Default.Equals(a.Property, b.Property)
                                                                               && (a.Instance is null && b.Instance is null || SameReference(a.Instance, b.Instance)),
            (IInstanceReferenceOperation, IInstanceReferenceOperation) => true,
            _ => false,
        };
    }

    /// <summary><c>source.Take(10)</c>, <c>Enumerable.Range(0, 10)</c>, and count-preserving steps on a bounded source.</summary>
    private static bool IsBoundedQuery(IInvocationOperation invocation, int max, int depth)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.Name is not ("Enumerable" or "Queryable" or "AsyncEnumerable" or "ParallelEnumerable")
            || !WellKnownTypes.IsIn(method.ContainingType, SystemLinq))
        {
            return false;
        }

        var arguments = invocation.Arguments;
        switch (method.Name)
        {
            case "Take" when arguments.Length == 2:
                return IsConstantAtMost(arguments[1].Value, max) || IsBoundedCollection(arguments[0].Value, max, depth + 1);
            case "Range" when arguments.Length == 2:
                return IsConstantAtMost(arguments[1].Value, max);
            case "Repeat" when arguments.Length == 2:
                return IsConstantAtMost(arguments[1].Value, max);
            case "Select" or "Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Skip" or "Distinct"
                or "Reverse" or "Cast" or "OfType" or "ToList" or "ToArray" or "AsEnumerable" or "AsParallel" or "ToAsyncEnumerable"
                when arguments.Length >= 1:
                return IsBoundedCollection(arguments[0].Value, max, depth + 1);
            default:
                return false;
        }
    }

    /// <summary><c>i &lt; 20</c>, <c>turn &lt;= MaxTurns</c>, <c>10 &gt; attempts</c> with a constant at or under the cap.</summary>
    private static bool ComparesWithConstant(IOperation condition, int max)
    {
        condition = StringFlow.SkipImplicitConversions(condition)!;
        if (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and)
        {
            return ComparesWithConstant(and.LeftOperand, max) || ComparesWithConstant(and.RightOperand, max);
        }

        return condition is IBinaryOperation
        {
            OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.NotEquals or BinaryOperatorKind.Equals,
        } comparison
            && (IsCap(comparison.RightOperand, max) && !comparison.LeftOperand.ConstantValue.HasValue && !IsNamedMaximum(comparison.LeftOperand)
                || IsCap(comparison.LeftOperand, max) && !comparison.RightOperand.ConstantValue.HasValue && !IsNamedMaximum(comparison.RightOperand));
    }

    /// <summary>A constant at or under the cap, or a deliberate maximum: <c>maxIterations</c>, <c>options.MaxTurns</c>, <c>limit</c>.</summary>
    private static bool IsCap(IOperation value, int max) => IsConstantAtMost(value, max) || IsNamedMaximum(value);

    /// <summary>
    /// A local, parameter, field or property named as a maximum (<c>max…</c>, <c>Max…</c>, <c>…Limit</c>, <c>limit</c>): an agent
    /// loop's configured max-iterations setting is a cap the team chose, unlike a collection's size.
    /// </summary>
    private static bool IsNamedMaximum(IOperation value)
    {
        var name = StringFlow.SkipImplicitConversions(value) switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            _ => null,
        };

        if (name is null)
        {
            return false;
        }

        var start = name.StartsWith("_", System.StringComparison.Ordinal) ? 1 : 0;
        return name.Length > start + 3 && string.Compare(name, start, "max", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0 && char.IsUpper(name[start + 3])
               || name.EndsWith("Limit", System.StringComparison.Ordinal)
               || string.Equals(name.Substring(start), "limit", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <c>if (++turns &gt;= MaxTurns) break;</c> or <c>return</c>, directly in the loop body; or an exit decided by a call
    /// that is handed the loop's counter (<c>for (var attempt = 0; ; attempt++) { ... if (!ShouldRetry(attempt, response))
    /// break; }</c>: the agent loop's max-attempts check lives in the callee).
    /// </summary>
    private static bool HasConstantExitGuard(IOperation body, int max, ImmutableArray<ILocalSymbol> counters)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IConditionalOperation { WhenTrue: { } whenTrue } conditional
                && ExitsLoop(whenTrue)
                && (ComparesWithConstant(conditional.Condition, max) || !counters.IsDefaultOrEmpty && PassesCounter(conditional.Condition, counters)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PassesCounter(IOperation condition, ImmutableArray<ILocalSymbol> counters)
    {
        foreach (var operation in condition.DescendantsAndSelf())
        {
            if (operation is IArgumentOperation { Value: var value } && StringFlow.SkipImplicitConversions(value) is ILocalReferenceOperation local)
            {
                foreach (var counter in counters)
                {
                    if (SymbolEqualityComparer.Default.Equals(local.Local, counter))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool ExitsLoop(IOperation operation) => operation switch
    {
        IBranchOperation { BranchKind: BranchKind.Break } => true,
        IReturnOperation => true,
        IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBlockOperation { Operations.Length: > 0 } block => ExitsLoop(block.Operations[block.Operations.Length - 1]),
        _ => false,
    };

    /// <summary>A constant at or under the cap, or <c>Math.Min(x, constant)</c> (what "Cap the batch" writes into a for loop).</summary>
    public static bool IsConstantAtMost(IOperation? value, int max)
    {
        value = StringFlow.SkipImplicitConversions(value);
        if (value is IInvocationOperation { TargetMethod: { Name: "Min", ContainingType.Name: "Math" }, Arguments.Length: 2 } min
            && WellKnownTypes.IsIn(min.TargetMethod.ContainingType, SystemOnly))
        {
            return IsConstantAtMost(min.Arguments[0].Value, max) || IsConstantAtMost(min.Arguments[1].Value, max);
        }

        return value?.ConstantValue is { HasValue: true, Value: var constant }
               && constant is int or long or short or byte
               && System.Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture) <= max;
    }

    private static bool ContainsSpread(CollectionExpressionSyntax literal)
    {
        foreach (var element in literal.Elements)
        {
            if (element is SpreadElementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
