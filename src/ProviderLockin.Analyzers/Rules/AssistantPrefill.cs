using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2005: a message list whose last message has the assistant role sent to a chat call. Found in the common shapes:
/// a collection expression, array or list initializer ending in an assistant message, or a local list whose last change
/// before the call adds one (<c>messages.Add(new ChatMessage(ChatRole.Assistant, ...))</c>, <c>history.AddAssistantMessage(...)</c>).
/// Reported on the assistant message.
/// </summary>
internal static class AssistantPrefill
{
    /// <summary>Messages handed to an LLM call; constructions are not looked at.</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => !isConstruction && session.Prompts.IsLlmApi(target);

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        switch (context.Operation)
        {
            case IInvocationOperation invocation when session.Prompts.IsLlmApi(invocation.TargetMethod, context.Block):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && IsMessagesName(parameter.Name) && parameter.Type.SpecialType != SpecialType.System_String)
                    {
                        Check(context, session, argument.Value, invocation.TargetMethod.Name, invocation.Syntax.SpanStart);
                    }
                }

                break;

            // new MessageCreateParams { Messages = [...] }, new ConverseRequest { Messages = ... }
            case IPropertyReferenceOperation { Property.Name: "Messages" } property
                when PromptLocator.AssignedValue(property) is { } assigned && session.Prompts.IsLlmApi(property.Property, context.Block):
                Check(context, session, assigned, property.Property.ContainingType.Name + ".Messages", property.Syntax.SpanStart);
                break;
        }
    }

    private static bool IsMessagesName(string name)
        => name.IndexOf("message", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("history", StringComparison.OrdinalIgnoreCase) >= 0;

    private static void Check(RuleContext context, AnalysisSession session, IOperation messages, string call, int callPosition)
    {
        var last = LastMessage(messages, callPosition, session);
        if (last is null || !IsAssistantMessage(last, session) || session.Layer.Contains(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree))
        {
            return;
        }

        var location = last.Syntax.GetLocation();
        if (context.TryClaim(RuleIdentifiers.AssistantPrefill, location))
        {
            AnalysisSession.Report(context, Descriptors.AssistantPrefill, location, call);
        }
    }

    /// <summary>The message that ends the list, when it can be known without running the code; null otherwise.</summary>
    private static IOperation? LastMessage(IOperation messages, int callPosition, AnalysisSession session)
    {
        var value = StringFlow.SkipImplicitConversions(messages);
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer }:
                return initializer.ElementValues[initializer.ElementValues.Length - 1];

            case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers.Length: > 0 } initializer }:
                return initializer.Initializers[initializer.Initializers.Length - 1] is IInvocationOperation { Arguments.Length: 1 } add
                    ? add.Arguments[0].Value
                    : null;

            case ILocalReferenceOperation local:
                return LastMessageOfLocal(local, callPosition, session);

            case { Syntax: CollectionExpressionSyntax } collection:
                IOperation? lastElement = null;
                foreach (var child in collection.ChildOperations)
                {
                    lastElement = child;
                }

                // Roslyn 4.8 has no collection-expression operation; its children are the elements. A trailing spread is unknown.
                return lastElement?.Syntax.Parent is SpreadElementSyntax ? null : lastElement;

            default:
                return null;
        }
    }

    /// <summary>
    /// The last change made to a local message list before the call: its initializer, or an Add / AddAssistantMessage
    /// call on it. Any other use, or a change inside a loop or branch that does not contain the call, makes it unknown.
    /// </summary>
    private static IOperation? LastMessageOfLocal(ILocalReferenceOperation local, int callPosition, AnalysisSession session)
    {
        var root = (IOperation)local;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? last = null;
        var lastPosition = -1;
        foreach (var operation in root.Descendants())
        {
            if (operation.Syntax.SpanStart >= callPosition)
            {
                continue;
            }

            IOperation? candidate = null;
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local):
                    candidate = declarator.GetVariableInitializer() is { } initializer ? LastMessage(initializer.Value, callPosition, session) : null;
                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } invocation
                    when SymbolEqualityComparer.Default.Equals(receiver.Local, local.Local):
                    if (!IsInsideBranchOrLoopNotContaining(invocation, callPosition))
                    {
                        candidate = invocation.TargetMethod.Name switch
                        {
                            "Add" when invocation.Arguments.Length == 1 => invocation.Arguments[0].Value,
                            "AddAssistantMessage" or "AddUserMessage" or "AddSystemMessage" or "AddDeveloperMessage" or "AddMessage" => invocation,
                            _ => null,
                        };

                        if (candidate is null)
                        {
                            // Insert, Clear, AddRange, ...: the order is no longer known.
                            return null;
                        }
                    }
                    else
                    {
                        return null;
                    }

                    break;
                default:
                    continue;
            }

            if (candidate is not null && operation.Syntax.SpanStart > lastPosition)
            {
                last = candidate;
                lastPosition = operation.Syntax.SpanStart;
            }
        }

        return last;
    }

    private static bool IsInsideBranchOrLoopNotContaining(IOperation operation, int callPosition)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation or IConditionalOperation or ISwitchOperation or ITryOperation
                && !current.Syntax.Span.Contains(callPosition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new ChatMessage(ChatRole.Assistant, ...)</c>, <c>new AssistantChatMessage(...)</c>, <c>ChatMessage.CreateAssistantMessage(...)</c>,
    /// <c>history.AddAssistantMessage(...)</c>, <c>new Message { Role = ConversationRole.Assistant }</c>, a role "assistant".
    /// </summary>
    private static bool IsAssistantMessage(IOperation message, AnalysisSession session)
    {
        var value = StringFlow.SkipImplicitConversions(message);
        if (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        switch (value)
        {
            case IInvocationOperation invocation when session.Prompts.IsLlmApi(invocation.TargetMethod):
                return invocation.TargetMethod.Name.IndexOf("Assistant", StringComparison.Ordinal) >= 0
                    || invocation.TargetMethod.Name == "AddMessage" && HasAssistantRole(invocation);
            case IObjectCreationOperation { Type: { } type } creation when session.Prompts.IsLlmApi(creation.Constructor ?? (ISymbol)type):
                return type.Name.IndexOf("Assistant", StringComparison.Ordinal) >= 0 || HasAssistantRole(creation);
            default:
                return false;
        }
    }

    private static bool HasAssistantRole(IOperation creation)
    {
        foreach (var descendant in creation.Descendants())
        {
            switch (descendant)
            {
                case IMemberReferenceOperation { Member.Name: "Assistant" }:
                    return true;
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } when string.Equals(text, "assistant", StringComparison.OrdinalIgnoreCase):
                    return true;
                case IFieldReferenceOperation { Field: { HasConstantValue: true, ConstantValue: string constant } }
                    when string.Equals(constant, "assistant", StringComparison.OrdinalIgnoreCase):
                    return true;
            }
        }

        return false;
    }
}
