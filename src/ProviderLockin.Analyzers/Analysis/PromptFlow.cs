using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Prompts that cross one of the project's own methods, for the prompt-text rules (PLA2001, PLA2003): text passed to a
/// parameter that the method hands on to an LLM call (<c>Ask("... trained by OpenAI ...")</c> where <c>Ask(string text)</c>
/// sends <c>text</c>), and text a method returns into a prompt (<c>chat.GetResponseAsync(BuildPrompt(q))</c>). Each method is
/// summarized once per compilation, and only when a call hands it text with a quirk in it, which is rare: code without
/// quirks never pays for the summaries.
/// </summary>
internal sealed class PromptFlow : IReturnedStrings
{
    /// <summary>Recursion guard for chains of methods handing a prompt on; beyond it a parameter counts as no prompt.</summary>
    private const int MaxFrames = 16;

    private static readonly bool[] NoPrompt = new bool[0];

    private readonly PromptLocator _prompts;
    private readonly MethodBodies _bodies;
    private readonly ConcurrentDictionary<IMethodSymbol, bool[]> _promptParameters = new(SymbolEqualityComparer.Default);

    public PromptFlow(PromptLocator prompts, MethodBodies bodies)
    {
        _prompts = prompts;
        _bodies = bodies;
    }

    /// <summary>The arguments of a call into the project whose text has a quirk and whose parameter reaches an LLM prompt.</summary>
    public void AddPromptArguments(IOperation operation, BlockState block, ref List<IOperation>? values)
    {
        if (!TryGetProjectCall(operation, out var method, out var arguments))
        {
            return;
        }

        List<PromptFinding>? scanned = null;
        bool[]? prompts = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter || argument.ArgumentKind != ArgumentKind.Explicit
                || !MayCarryQuirk(argument.Value, block, scanned ??= new List<PromptFinding>(), 0))
            {
                continue;
            }

            prompts ??= PromptParameters(method, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
            if (parameter.Ordinal < prompts.Length && prompts[parameter.Ordinal])
            {
                (values ??= new List<IOperation>()).Add(argument.Value);
            }
        }
    }

    /// <summary>
    /// Could the text of <paramref name="value"/> hold a quirk? Answers yes wherever the prompt path (<see cref="StringFlow"/>)
    /// could find one: literals are scanned, a field or property by its initializer in the same file, and a local by the
    /// member's own literals (scanned once per member) rather than by following its assignments at every call.
    /// </summary>
    private static bool MayCarryQuirk(IOperation? value, BlockState block, List<PromptFinding> scanned, int depth)
    {
        value = StringFlow.SkipImplicitConversions(value);
        if (value is null || depth > 8)
        {
            return false;
        }

        switch (value)
        {
            case ILiteralOperation or IUtf8StringOperation:
                return PromptLocator.HasQuirk(value.Syntax, scanned);
            case IInterpolatedStringOperation interpolated:
                if (PromptLocator.HasQuirk(value.Syntax, scanned))
                {
                    return true;
                }

                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && MayCarryQuirk(hole.Expression, block, scanned, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return MayCarryQuirk(concatenation.LeftOperand, block, scanned, depth + 1) || MayCarryQuirk(concatenation.RightOperand, block, scanned, depth + 1);
            case IConditionalOperation conditional:
                return MayCarryQuirk(conditional.WhenTrue, block, scanned, depth + 1) || MayCarryQuirk(conditional.WhenFalse, block, scanned, depth + 1);
            case ICoalesceOperation coalesce:
                return MayCarryQuirk(coalesce.Value, block, scanned, depth + 1) || MayCarryQuirk(coalesce.WhenNull, block, scanned, depth + 1);
            case ILocalReferenceOperation:
                return block.MemberHasQuirkText(value, scanned);
            case IFieldReferenceOperation { Field: var field }:
                return InitializerHasQuirk(field, value.Syntax.SyntaxTree, scanned);
            case IPropertyReferenceOperation { Property: { Parameters.IsEmpty: true } property }:
                return InitializerHasQuirk(property, value.Syntax.SyntaxTree, scanned);
            default:
                return false;
        }
    }

    private static bool InitializerHasQuirk(ISymbol member, SyntaxTree tree, List<PromptFinding> scanned)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == tree && PromptLocator.HasQuirk(reference.GetSyntax(), scanned))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a method of the project returns into a prompt: the strings of its return statements, reported at the call.</summary>
    public void CollectReturned(IInvocationOperation invocation, List<StringSource> sources, int depth, HashSet<ISymbol>? visited)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnType.SpecialType != SpecialType.System_String || !_bodies.IsInProject(method) || _prompts.IsLlmApi(method)
            || !(visited ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(method.OriginalDefinition))
        {
            return;
        }

        var returned = new List<StringSource>();
        foreach (var body in _bodies.Of(method.OriginalDefinition))
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } value } && OwnerOf(operation) == body)
                {
                    StringFlow.Collect(value, returned, depth + 1, visited, this);
                }
            }
        }

        var call = invocation.Syntax.GetLocation();
        foreach (var source in returned)
        {
            sources.Add(new StringSource(source.Syntax, source.ConstantValue, source.ConstantMember, call, returnedBy: method.OriginalDefinition));
        }
    }

    /// <summary>Which parameters of <paramref name="method"/> reach an LLM prompt, directly or through further methods of the project.</summary>
    private bool[] PromptParameters(IMethodSymbol method, HashSet<IMethodSymbol> inProgress)
    {
        method = method.OriginalDefinition;
        if (_promptParameters.TryGetValue(method, out var known))
        {
            return known;
        }

        if (method.Parameters.IsEmpty || inProgress.Count >= MaxFrames || !inProgress.Add(method))
        {
            return NoPrompt;
        }

        var marks = new bool[method.Parameters.Length];
        foreach (var body in _bodies.Of(method))
        {
            foreach (var operation in body.Descendants())
            {
                List<IOperation>? values = null;
                _prompts.FindPromptValues(operation, null, ref values);
                if (TryGetProjectCall(operation, out var callee, out var arguments))
                {
                    var calleePrompts = PromptParameters(callee, inProgress);
                    foreach (var argument in arguments)
                    {
                        if (argument.Parameter is { } parameter && parameter.Ordinal < calleePrompts.Length && calleePrompts[parameter.Ordinal])
                        {
                            (values ??= new List<IOperation>()).Add(argument.Value);
                        }
                    }
                }

                if (values is not null)
                {
                    foreach (var value in values)
                    {
                        MarkParameters(value, method, marks, 0, null);
                    }
                }
            }
        }

        inProgress.Remove(method);
        return _promptParameters.GetOrAdd(method, marks);
    }

    /// <summary>Marks the parameters of <paramref name="method"/> whose text <paramref name="value"/> is built from.</summary>
    private static void MarkParameters(IOperation? value, IMethodSymbol method, bool[] marks, int depth, HashSet<ILocalSymbol>? visited)
    {
        value = StringFlow.SkipImplicitConversions(value);
        if (value is null || depth > 8)
        {
            return;
        }

        switch (value)
        {
            case IParameterReferenceOperation { Parameter: var parameter }
                when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method) && parameter.Ordinal < marks.Length:
                marks[parameter.Ordinal] = true;
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole)
                    {
                        MarkParameters(hole.Expression, method, marks, depth + 1, visited);
                    }
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                MarkParameters(concatenation.LeftOperand, method, marks, depth + 1, visited);
                MarkParameters(concatenation.RightOperand, method, marks, depth + 1, visited);
                return;
            case IConditionalOperation conditional:
                MarkParameters(conditional.WhenTrue, method, marks, depth + 1, visited);
                MarkParameters(conditional.WhenFalse, method, marks, depth + 1, visited);
                return;
            case ICoalesceOperation coalesce:
                MarkParameters(coalesce.Value, method, marks, depth + 1, visited);
                MarkParameters(coalesce.WhenNull, method, marks, depth + 1, visited);
                return;
            case IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } format:
                // string.Format(template, text), string.Concat(a, b): the text is in the result.
                foreach (var argument in format.Arguments)
                {
                    MarkParameters(argument.Value, method, marks, depth + 1, visited);
                }

                return;
            case ILocalReferenceOperation local when (visited ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local.Local):
                foreach (var assigned in StringFlow.AssignedValues(local))
                {
                    MarkParameters(assigned, method, marks, depth + 1, visited);
                }

                return;
        }
    }

    /// <summary>A call or construction whose target is a method of this project that is not itself an LLM API.</summary>
    private bool TryGetProjectCall(IOperation operation, out IMethodSymbol method, out System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null!, default),
        };

        return method is not null && !arguments.IsDefaultOrEmpty && IsProjectMethod(method);
    }

    /// <summary>A method of this compilation that is not itself an LLM API: its parameters may carry prompts to one.</summary>
    public bool IsProjectMethod(IMethodSymbol method) => _bodies.IsInProject(method) && !_prompts.IsLlmApi(method);

    /// <summary>The body, lambda or local function a return statement belongs to.</summary>
    private static IOperation? OwnerOf(IOperation operation)
    {
        var current = operation.Parent;
        while (current is not null && current is not (IAnonymousFunctionOperation or ILocalFunctionOperation) && current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }
}
