using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Finds an LLM call a loop body makes on every iteration path: not inside a branch, a nested loop, a catch clause,
/// the right side of <c>&amp;&amp;</c> / <c>||</c> / <c>??</c> / <c>?.</c>, or a lambda or local function that may never run. A lambda
/// handed to a call (<c>pipeline.ExecuteAsync(ct =&gt; ...)</c>, <c>Task.Run(...)</c>) is taken to run.
/// Calls whose task is collected instead of awaited (<c>tasks.Add(chat.GetResponseAsync(...))</c>) are fan-out, left to PLA3002.
/// </summary>
internal static class IterationPaths
{
    /// <summary>
    /// What the loop rules need to know about a loop body, computed once per loop and shared by them: whether it makes an
    /// LLM call at all, and the call it makes on every iteration path. One walk; classification stops once both are known.
    /// </summary>
    public static LoopFacts GetLoopFacts(RuleContext context, ILoopOperation loop, LlmCalls calls, FileOptions options)
    {
        if (context.Block.TryGetLoopFacts(loop, out var known))
        {
            return known;
        }

        var facts = Analyze(loop.Body, calls, options);
        context.Block.SetLoopFacts(loop, facts);
        return facts;
    }

    private static LoopFacts Analyze(IOperation body, LlmCalls calls, FileOptions options)
    {
        var containsLlmCall = false;
        var stack = new Stack<(IOperation Operation, bool Conditional)>(32);
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (operation, conditional) = stack.Pop();

            // Once some LLM call is known, only the unconditional paths are still of interest.
            if (conditional && containsLlmCall)
            {
                continue;
            }

            var kind = operation.Kind;
            if (kind is OperationKind.Invocation or OperationKind.ObjectCreation)
            {
                var candidate = calls.Classify(operation, options);
                if (candidate.IsLlmCall)
                {
                    if (!conditional && !IsCollectedTask(operation))
                    {
                        return new LoopFacts(true, operation, candidate);
                    }

                    containsLlmCall = true;
                }
            }

            // Kinds are compared first: interface type tests on every node cost more than the rest of the walk.
            IOperation? always = null;
            var childrenConditional = conditional;
            if (!conditional)
            {
                switch (kind)
                {
                    case OperationKind.Conditional:
                        always = ((IConditionalOperation)operation).Condition;
                        break;
                    case OperationKind.Switch:
                        always = ((ISwitchOperation)operation).Value;
                        break;
                    case OperationKind.SwitchExpression:
                        always = ((ISwitchExpressionOperation)operation).Value;
                        break;
                    case OperationKind.Try:
                        always = ((ITryOperation)operation).Body;
                        break;
                    case OperationKind.ConditionalAccess:
                        always = ((IConditionalAccessOperation)operation).Operation;
                        break;
                    case OperationKind.Binary when operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } shortCircuit:
                        always = shortCircuit.LeftOperand;
                        break;
                    case OperationKind.Coalesce:
                        always = ((ICoalesceOperation)operation).Value;
                        break;
                    case OperationKind.Loop:
                        childrenConditional = operation != body;
                        break;
                    case OperationKind.LocalFunction:
                        childrenConditional = true;
                        break;
                    case OperationKind.AnonymousFunction:
                        childrenConditional = !IsPassedToACall(operation);
                        break;
                }

                childrenConditional |= always is not null;
            }

            foreach (var child in operation.ChildOperations)
            {
                stack.Push((child, childrenConditional && child != always));
            }
        }

        return new LoopFacts(containsLlmCall, null, default);
    }

    private static bool IsPassedToACall(IOperation lambda)
    {
        var current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation;
    }

    /// <summary><c>tasks.Add(chat.GetResponseAsync(...))</c>: the call's task is collected to be awaited together.</summary>
    public static bool IsCollectedTask(IOperation call)
    {
        var current = call;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" or "Enqueue" or "Push" } };
    }
}
