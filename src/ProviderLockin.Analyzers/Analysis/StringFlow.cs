using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>A string expression whose text reaches a sink: the syntax that holds the text, and its value when constant.</summary>
internal readonly struct StringSource
{
    public StringSource(SyntaxNode syntax, string? constantValue, ISymbol? constantMember = null, Location? reportAt = null, IMethodSymbol? returnedBy = null)
    {
        Syntax = syntax;
        ConstantValue = constantValue;
        ConstantMember = constantMember;
        ReportAt = reportAt;
        ReturnedBy = returnedBy;
    }

    /// <summary>A literal, interpolated string or concatenation; or the use of a constant declared in another file.</summary>
    public SyntaxNode Syntax { get; }

    public string? ConstantValue { get; }

    /// <summary>Set when the source is a field, constant or property declared outside the member being analyzed.</summary>
    public ISymbol? ConstantMember { get; }

    /// <summary>
    /// Where a finding in this source is reported when not on its own text: the use of a member declared elsewhere. A finding
    /// stays inside the member being analyzed, so each member reports it once and the IDE's span analysis finds it.
    /// </summary>
    public Location? ReportAt { get; }

    /// <summary>Set when the text is returned by a method of the project that the value calls (<see cref="IReturnedStrings"/>).</summary>
    public IMethodSymbol? ReturnedBy { get; }
}

/// <summary>Follows a call into the project to the strings it returns (<see cref="PromptFlow"/>).</summary>
internal interface IReturnedStrings
{
    void CollectReturned(IInvocationOperation invocation, List<StringSource> sources, int depth, HashSet<ISymbol>? visited);
}

/// <summary>
/// Where a string value comes from, within reach of one method: literals, interpolated strings (and their holes),
/// concatenations, locals and local constants of the method, and fields, constants and properties declared in the same
/// file. Shared by the prompt locator and the model-ID rule.
/// </summary>
internal static class StringFlow
{
    private const int MaxDepth = 8;

    public static void CollectSources(IOperation? value, List<StringSource> sources)
        => Collect(value, sources, 0, null, null);

    /// <summary>Also into the strings the project's own methods return, where <paramref name="returns"/> follows them.</summary>
    public static void CollectSources(IOperation? value, List<StringSource> sources, IReturnedStrings returns)
        => Collect(value, sources, 0, null, returns);

    /// <summary>Values the enclosing method assigns to a local: its initializer and plain assignments.</summary>
    public static IEnumerable<IOperation> AssignedValues(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        yield return initializer.Value;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    yield return assignment.Value;
                    break;
            }
        }
    }

    public static IOperation? SkipImplicitConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    internal static void Collect(IOperation? value, List<StringSource> sources, int depth, HashSet<ISymbol>? visited, IReturnedStrings? returns)
    {
        value = SkipImplicitConversions(value);
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                sources.Add(new StringSource(value.Syntax, text));
                return;

            case IUtf8StringOperation utf8:
                sources.Add(new StringSource(value.Syntax, utf8.Value));
                return;

            case IInterpolatedStringOperation interpolated:
                sources.Add(new StringSource(value.Syntax, value.ConstantValue.Value as string));
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && !hole.Expression.ConstantValue.HasValue)
                    {
                        Collect(hole.Expression, sources, depth + 1, visited, returns);
                    }
                }

                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                if (concatenation.ConstantValue is { HasValue: true, Value: string constant })
                {
                    sources.Add(new StringSource(value.Syntax, constant));
                    return;
                }

                Collect(concatenation.LeftOperand, sources, depth + 1, visited, returns);
                Collect(concatenation.RightOperand, sources, depth + 1, visited, returns);
                return;

            case ILocalReferenceOperation local:
                if ((visited ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(local.Local))
                {
                    foreach (var assigned in AssignedValues(local))
                    {
                        Collect(assigned, sources, depth + 1, visited, returns);
                    }
                }

                return;

            case IFieldReferenceOperation field:
                CollectMember(value, field.Field, field.Field.ConstantValue as string, sources);
                return;

            case IPropertyReferenceOperation property when property.Property.Parameters.IsEmpty:
                CollectMember(value, property.Property, null, sources);
                return;

            case IInvocationOperation invocation when returns is not null:
                returns.CollectReturned(invocation, sources, depth, visited);
                return;

            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, sources, depth + 1, visited, returns);
                Collect(conditional.WhenFalse, sources, depth + 1, visited, returns);
                return;

            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, sources, depth + 1, visited, returns);
                Collect(coalesce.WhenNull, sources, depth + 1, visited, returns);
                return;
        }
    }

    /// <summary>
    /// A field, constant or property initialized with a string in the same file: its initializer is the text to look at,
    /// and a finding is reported where the member is used. A constant from another file or assembly is its value.
    /// </summary>
    private static void CollectMember(IOperation use, ISymbol member, string? constantValue, List<StringSource> sources)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != use.Syntax.SyntaxTree)
            {
                continue;
            }

            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };

            if (initializer is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
            {
                sources.Add(new StringSource(initializer, constantValue ?? ConstantText(initializer), member, use.Syntax.GetLocation()));
                return;
            }
        }

        if (constantValue is not null)
        {
            sources.Add(new StringSource(use.Syntax, constantValue, member));
        }
    }

    private static string? ConstantText(ExpressionSyntax expression)
        => expression is LiteralExpressionSyntax literal ? literal.Token.Value as string : null;
}
