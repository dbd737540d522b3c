using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Call chains such as <c>client.GetChatClient(model).CompleteChat(messages)</c> or <c>client.Messages.Create(p)</c>:
/// which operation consumes a value as its receiver, and which provider use is the outermost of a chain.
/// </summary>
internal static class ProviderCallChains
{
    /// <summary>The provider member an operation uses (invocation, construction, member or method reference).</summary>
    public static bool TryGetProviderUse(this ProviderCatalog catalog, IOperation operation, out ISymbol member, out ProviderType owner)
    {
        member = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor!,
            IMemberReferenceOperation reference => reference.Member,
            _ => null!,
        };

        owner = null!;
        return member is not null && catalog.TryGetProviderMember(member, out owner);
    }

    /// <summary>The operation that uses <paramref name="operation"/>'s value as its receiver (instance, or <c>this</c> of an extension method).</summary>
    public static IOperation? ConsumerAsReceiver(IOperation operation)
    {
        var current = operation;
        var parent = current.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IInvocationOperation invocation when invocation.Instance == current:
                return invocation;
            case IMemberReferenceOperation reference when reference.Instance == current:
                return reference;
            case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension }:
                return extension;
            case IConditionalAccessOperation conditional when conditional.Operation == current:
                return FindConditionalAccessConsumer(conditional.WhenNotNull);
            default:
                return null;
        }
    }

    /// <summary>Walks up a chain while the next receiver-consumer is also a provider use.</summary>
    public static IOperation OutermostProviderUse(this ProviderCatalog catalog, IOperation operation)
    {
        var current = operation;
        for (var guard = 0; guard < 64; guard++)
        {
            var consumer = ConsumerAsReceiver(current);
            if (consumer is null || !catalog.TryGetProviderUse(consumer, out _, out _))
            {
                break;
            }

            current = consumer;
        }

        return current;
    }

    private static IOperation? FindConditionalAccessConsumer(IOperation? whenNotNull)
    {
        var node = whenNotNull;
        for (var guard = 0; node is not null && guard < 64; guard++)
        {
            if (node is IConditionalAccessOperation nested)
            {
                node = nested.Operation;
                continue;
            }

            var receiver = Receiver(node);
            while (receiver is IConversionOperation { IsImplicit: true } conversion)
            {
                receiver = conversion.Operand;
            }

            if (receiver is IConditionalAccessInstanceOperation)
            {
                return node;
            }

            node = receiver;
        }

        return null;
    }

    private static IOperation? Receiver(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension => extension.Arguments[0].Value,
        IInvocationOperation invocation => invocation.Instance,
        IMemberReferenceOperation reference => reference.Instance,
        _ => null,
    };
}
