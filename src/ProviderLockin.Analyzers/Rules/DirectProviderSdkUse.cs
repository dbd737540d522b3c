using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Layering;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA1001: calls, constructions and member accesses of provider SDK clients outside the abstraction layer.
/// One finding per call chain, on the outermost provider member; request/response types alone are not calls.
/// </summary>
internal static class DirectProviderSdkUse
{
    /// <summary>Calls and constructions of a provider member (what <see cref="ProviderCallChains.TryGetProviderUse"/> finds).</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => session.Catalog.TryGetProviderMember(target, out _);

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        var catalog = session.Catalog;
        if (!catalog.TryGetProviderUse(operation, out var member, out var owner))
        {
            return;
        }

        // client.GetChatClient(m).CompleteChat(x) is one finding, reported on the outer call.
        var consumer = ProviderCallChains.ConsumerAsReceiver(operation);
        if (consumer is not null && catalog.TryGetProviderUse(consumer, out _, out _))
        {
            return;
        }

        // new AnthropicClient { ApiKey = key }: the construction is the finding.
        if (operation is IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }
            || IsInsideNameOf(operation))
        {
            return;
        }

        if (session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
        {
            return;
        }

        if (CompositionRoot.Contains(context.ContainingSymbol)
            && (CompositionRoot.FlowsIntoAdapter(operation, session.Layer) || CompositionRoot.IsStoredInLocalUsedOnlyByAdapters(operation, catalog, session.Layer)))
        {
            return;
        }

        AnalysisSession.Report(
            context,
            Descriptors.DirectProviderSdkUse,
            SyntaxLocations.MemberName(operation.Syntax),
            Display(member, owner),
            owner.Sdk.Provider,
            owner.SuggestedAbstractionFor(member));
    }

    private static string Display(ISymbol member, ProviderType owner)
        => member is IMethodSymbol { MethodKind: MethodKind.Constructor }
            ? "new " + owner.Type.Name
            : owner.Type.Name + "." + member.Name;

    private static bool IsInsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
