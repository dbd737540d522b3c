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
    public static IOperation? FindUnconditionalLlmCall(IOperation body, LlmCalls calls, FileOptions options, out LlmCallInfo info)
    {
        info = default;
        var stack = new System.Collections.Generic.Stack<IOperation>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            switch (operation)
            {
                case IConditionalOperation conditional:
                    stack.Push(conditional.Condition);
                    continue;
                case ISwitchOperation @switch:
                    stack.Push(@switch.Value);
                    continue;
                case ISwitchExpressionOperation switchExpression:
                    stack.Push(switchExpression.Value);
                    continue;
                case ITryOperation @try:
                    stack.Push(@try.Body);
                    continue;
                case IConditionalAccessOperation conditionalAccess:
                    stack.Push(conditionalAccess.Operation);
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } shortCircuit:
                    stack.Push(shortCircuit.LeftOperand);
                    continue;
                case ICoalesceOperation coalesce:
                    stack.Push(coalesce.Value);
                    continue;
                case ILoopOperation when operation != body:
                case ILocalFunctionOperation:
                    continue;
                case IAnonymousFunctionOperation lambda when !IsPassedToACall(lambda):
                    continue;
                case IInvocationOperation or IObjectCreationOperation when !IsCollectedTask(operation):
                    var candidate = calls.Classify(operation, options);
                    if (candidate.IsLlmCall)
                    {
                        info = candidate;
                        return operation;
                    }

                    break;
            }

            foreach (var child in operation.ChildOperations)
            {
                stack.Push(child);
            }
        }

        return null;
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
