using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Decides which strings are prompts, so every prompt rule sees the same set:
/// text handed to an LLM API (a prompt-like parameter or property of IChatClient, Semantic Kernel or a provider SDK,
/// message constructors and factories, <c>ChatOptions.Instructions</c>, a string converted to a message type), followed
/// back through locals, constants and fields of the same file; strings stored in a constant, field, property or local
/// whose name says prompt, instruction, system or template; and chat messages written as data (a <c>("system", text)</c>
/// pair, an anonymous <c>new { role = "user", content = text }</c> or a chat request body's <c>system</c> / <c>instructions</c>).
/// </summary>
internal sealed class PromptLocator
{
    private static readonly string[] PromptNameParts = { "prompt", "instruction", "system", "template" };

    private static readonly string[] PromptParameterSuffixes = { "prompt", "message", "text", "content", "instructions", "instruction", "template", "input", "question", "query" };

    private static readonly string[] PromptPropertyNames = { "Text", "Content", "System", "SystemInstruction", "SystemPrompt", "Instructions", "Prompt", "Template", "Input", "Query" };

    private readonly ProviderCatalog _catalog;

    public PromptLocator(ProviderCatalog catalog) => _catalog = catalog;

    /// <summary>Prompt values this operation hands to an LLM API or stores under a prompt-like name.</summary>
    public void FindPromptValues(IOperation operation, BlockState? block, ref List<IOperation>? values)
    {
        // By kind rather than by a cascade of interface tests: asked of every local, string return and assigned member.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                FromArguments(invocation.TargetMethod, invocation.Arguments, block, ref values);
                break;
            case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation) is { Constructor: { } constructor } creation:
                FromArguments(constructor, creation.Arguments, block, ref values);
                break;
            case OperationKind.PropertyReference when AssignedValue(operation) is { } assigned
                && ((IPropertyReferenceOperation)operation).Property is var property && (IsPromptName(property.Name) || IsPromptProperty(property)):
                (values ??= new List<IOperation>()).Add(assigned);
                break;
            case OperationKind.FieldReference when AssignedValue(operation) is { } assigned && IsPromptName(((IFieldReferenceOperation)operation).Field.Name):
                (values ??= new List<IOperation>()).Add(assigned);
                break;
            case OperationKind.FieldInitializer when (IFieldInitializerOperation)operation is var initializer
                && IsString(initializer.Value) && AnyPromptName(initializer.InitializedFields):
                (values ??= new List<IOperation>()).Add(initializer.Value);
                break;
            case OperationKind.PropertyInitializer when (IPropertyInitializerOperation)operation is var initializer
                && IsString(initializer.Value) && AnyPromptName(initializer.InitializedProperties):
                (values ??= new List<IOperation>()).Add(initializer.Value);
                break;
            case OperationKind.VariableDeclarator when ((IVariableDeclaratorOperation)operation) is { Initializer: { } initializer } declarator
                && IsPromptName(declarator.Symbol.Name) && IsString(initializer.Value):
                (values ??= new List<IOperation>()).Add(initializer.Value);
                break;
            case OperationKind.Tuple when ((ITupleOperation)operation) is { Elements.Length: 2 } tuple:
                FromRoleTaggedTuple(tuple, ref values);
                break;
            case OperationKind.AnonymousObjectCreation:
                FromRequestBodyObject((IAnonymousObjectCreationOperation)operation, ref values);
                break;
        }
    }

    /// <summary>Chat roles as request bodies and message lists spell them.</summary>
    private static readonly string[] ChatRoles = { "system", "user", "assistant", "developer" };

    private static readonly string[] MessageTextNames = { "content", "text", "message" };

    /// <summary>
    /// A chat request body's prompt members (Anthropic's <c>system</c>, the Responses API's <c>instructions</c>). Not
    /// <c>prompt</c>: that is a text-completion request, whose endpoint may need the model's template as written.
    /// </summary>
    private static readonly string[] ChatBodyPromptNames = { "system", "instructions", "system_instruction" };

    /// <summary><c>("system", "You are ...")</c>: a chat message written as a (role, text) pair; the text is a prompt.</summary>
    private static void FromRoleTaggedTuple(ITupleOperation tuple, ref List<IOperation>? values)
    {
        var first = tuple.Elements[0];
        var second = tuple.Elements[1];
        if (IsChatRole(first) && IsString(second))
        {
            (values ??= new List<IOperation>()).Add(second);
        }
        else if (IsChatRole(second) && IsString(first))
        {
            (values ??= new List<IOperation>()).Add(first);
        }
    }

    /// <summary>
    /// An anonymous object as a raw-HTTP request body or message: <c>new { role = "system", content = "..." }</c> (the text of
    /// a role-tagged message, also Gemini's <c>parts = new[] { new { text } }</c>), and members named like a prompt
    /// (<c>system</c>, <c>instructions</c>) of a chat request body.
    /// </summary>
    private static void FromRequestBodyObject(IAnonymousObjectCreationOperation anonymous, ref List<IOperation>? values)
    {
        var roleTagged = false;
        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment
                && string.Equals(name, "role", StringComparison.OrdinalIgnoreCase) && IsChatRole(assignment.Value))
            {
                roleTagged = true;
                break;
            }
        }

        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment)
            {
                continue;
            }

            if (IsString(assignment.Value) && (roleTagged ? IsOneOf(name, MessageTextNames) : IsOneOf(name, ChatBodyPromptNames)))
            {
                (values ??= new List<IOperation>()).Add(assignment.Value);
            }
            else if (roleTagged && string.Equals(name, "parts", StringComparison.OrdinalIgnoreCase)
                && StringFlow.SkipImplicitConversions(assignment.Value) is IArrayCreationOperation { Initializer: { } parts })
            {
                foreach (var part in parts.ElementValues)
                {
                    if (StringFlow.SkipImplicitConversions(part) is IAnonymousObjectCreationOperation partObject)
                    {
                        AddMember(partObject, "text", ref values);
                    }
                }
            }
        }
    }

    private static void AddMember(IAnonymousObjectCreationOperation anonymous, string member, ref List<IOperation>? values)
    {
        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment
                && string.Equals(name, member, StringComparison.OrdinalIgnoreCase) && IsString(assignment.Value))
            {
                (values ??= new List<IOperation>()).Add(assignment.Value);
            }
        }
    }

    private static bool IsChatRole(IOperation value)
        => StringFlow.SkipImplicitConversions(value)?.ConstantValue is { HasValue: true, Value: string role } && IsOneOf(role, ChatRoles);

    private static bool IsOneOf(string value, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field, constant or property whose initializer the prompt path reads as a prompt: named like one, or in a class of prompts.</summary>
    public static bool IsPromptMember(ISymbol member) => IsPromptName(member.Name) || IsPromptHolder(member.ContainingType);

    /// <summary>Names such as <c>SystemPrompt</c>, <c>instructions</c>, <c>_template</c>.</summary>
    public static bool IsPromptName(string name)
    {
        // Asked of every local, field and property written: one pass over an ASCII name instead of four searches.
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c >= 128)
            {
                return ContainsAnyIgnoreCase(name, PromptNameParts);
            }

            foreach (var part in PromptNameParts)
            {
                if (AsciiRegionEqualsIgnoreCase(name, i, part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAnyIgnoreCase(string name, string[] parts)
    {
        foreach (var part in parts)
        {
            if (name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="part"/> (lower-case ASCII letters) at <paramref name="start"/> of an ASCII <paramref name="name"/>, in any case.</summary>
    private static bool AsciiRegionEqualsIgnoreCase(string name, int start, string part)
    {
        if (start + part.Length > name.Length)
        {
            return false;
        }

        for (var k = 0; k < part.Length; k++)
        {
            if ((name[start + k] | 0x20) != part[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value assigned when this member reference is the target of an assignment.</summary>
    public static IOperation? AssignedValue(IOperation target)
        => target.Parent is ISimpleAssignmentOperation assignment && assignment.Target == target ? assignment.Value : null;

    /// <summary>A member of Microsoft.Extensions.AI, Semantic Kernel or a provider SDK: where prompts are sent.</summary>
    public bool IsLlmApi(ISymbol member, BlockState? block = null)
        => block is null ? ComputeIsLlmApi(member) : block.IsLlmApi(member, this);

    internal bool ComputeIsLlmApiForBlock(ISymbol member) => ComputeIsLlmApi(member);

    private bool ComputeIsLlmApi(ISymbol member)
        => member is IMethodSymbol { IsExtensionMethod: true } extension && ExtendsLlmType(extension) || IsLlmType(member.ContainingType);

    private readonly ConcurrentDictionary<IMethodSymbol, bool> _extendsLlmType = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// An extension method on an LLM type. Asked of every LINQ call, so the receiver is judged once per definition: reading
    /// <c>Parameters</c> and a parameter's type allocates at each ask. A receiver that is a type parameter is judged per call.
    /// </summary>
    private bool ExtendsLlmType(IMethodSymbol extension)
    {
        var definition = (extension.ReducedFrom ?? extension).OriginalDefinition;
        if (_extendsLlmType.TryGetValue(definition, out var known))
        {
            return known;
        }

        var parameters = definition.Parameters;
        if (parameters.Length > 0 && parameters[0].Type.TypeKind == TypeKind.TypeParameter)
        {
            // this T client: the call's type argument decides.
            return IsLlmType(extension.ReducedFrom is null ? extension.Parameters[0].Type : extension.ReceiverType);
        }

        var answer = parameters.Length > 0 && IsLlmType(parameters[0].Type);
        _extendsLlmType.TryAdd(definition, answer);
        return answer;
    }

    private bool IsLlmType(ITypeSymbol? type)
        => type is not null && (AbstractionTypes.IsAbstractionNamespace(type.ContainingNamespace) || _catalog.TryGetProvider(type, out _));

    private void FromArguments(IMethodSymbol method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, BlockState? block, ref List<IOperation>? values)
    {
        if (arguments.IsEmpty || !IsLlmApi(method, block))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                if (IsPromptParameter(parameter.Name))
                {
                    (values ??= new List<IOperation>()).Add(argument.Value);
                }

                continue;
            }

            // client.CompleteChat("...") and new UserMessageParam("..."): a string converted to a message type.
            var value = argument.Value;
            if (value is IArrayCreationOperation { Initializer: { } initializer } && argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                foreach (var element in initializer.ElementValues)
                {
                    AddConvertedString(element, ref values);
                }
            }
            else
            {
                AddConvertedString(value, ref values);
            }
        }
    }

    private void AddConvertedString(IOperation value, ref List<IOperation>? values)
    {
        if (value is IConversionOperation { Operand.Type.SpecialType: SpecialType.System_String } conversion && IsLlmType(conversion.Type))
        {
            (values ??= new List<IOperation>()).Add(conversion.Operand);
        }
    }

    private bool IsPromptProperty(IPropertySymbol property)
    {
        // The name first: most assigned properties are the project's own (Status, Total), which it rules out without a symbol.
        var named = false;
        var name = property.Name;
        foreach (var promptName in PromptPropertyNames)
        {
            if (name == promptName)
            {
                named = true;
                break;
            }
        }

        return named && property.Type.SpecialType == SpecialType.System_String && IsLlmType(property.ContainingType);
    }

    private static bool IsPromptParameter(string name)
    {
        foreach (var suffix in PromptParameterSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return string.Equals(name, "system", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsString(IOperation value)
        => value.Type?.SpecialType == SpecialType.System_String
           || StringFlow.SkipImplicitConversions(value) is { Type.SpecialType: SpecialType.System_String } or IUtf8StringOperation;

    private static bool AnyPromptName<TSymbol>(System.Collections.Immutable.ImmutableArray<TSymbol> symbols)
        where TSymbol : ISymbol
    {
        foreach (var symbol in symbols)
        {
            // SystemPrompt, or any member of a class that holds prompts or templates (SupportTemplates.Escalation).
            if (IsPromptName(symbol.Name) || IsPromptHolder(symbol.ContainingType))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PromptHolderParts = { "prompt", "template", "instruction" };

    /// <summary>A type named for the prompts it holds: <c>Prompts</c>, <c>SupportTemplates</c>, <c>AgentInstructions</c>.</summary>
    private static bool IsPromptHolder(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var part in PromptHolderParts)
            {
                if (current.Name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The string tokens inside a prompt's syntax, scanned as written so findings land on exact spans.</summary>
    public static void Scan(SyntaxNode syntax, List<PromptFinding> findings)
    {
        // A lone literal, the usual case, without the allocations of a token walk.
        if (syntax is LiteralExpressionSyntax literal)
        {
            ScanToken(literal.Token, findings);
            return;
        }

        foreach (var token in syntax.DescendantTokens())
        {
            ScanToken(token, findings);
        }
    }

    private static void ScanToken(SyntaxToken token, List<PromptFinding> findings)
    {
        if (IsStringToken(token))
        {
            var text = token.Text;
            PromptScanner.Scan(text, 0, text.Length, token.SpanStart, findings);
        }
    }

    /// <summary>Any quirk in the string literals of <paramref name="syntax"/> (<paramref name="scanned"/> is reused scratch space).</summary>
    public static bool HasQuirk(SyntaxNode syntax, List<PromptFinding> scanned)
    {
        scanned.Clear();
        Scan(syntax, scanned);
        return scanned.Count > 0;
    }

    /// <summary>A string literal of any kind (regular, verbatim, raw, UTF-8) or the text part of an interpolated string.</summary>
    public static bool IsStringToken(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return true;
            default:
                return false;
        }
    }
}
