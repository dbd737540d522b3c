using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>PLA1003: a provider host used as the URL of a hand-written HTTP request, outside the abstraction layer.</summary>
internal static class RawHttpToProviderEndpoint
{
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => session.Http.IsSinkType(target.ContainingType, includeConstructors: isConstruction);

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        if (!session.Http.IsHttpSink(operation))
        {
            return;
        }

        var found = new List<ProviderUrl>(1);
        session.Http.FindProviderUrls(operation, found);
        if (found.Count == 0 || session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
        {
            return;
        }

        foreach (var url in found)
        {
            var location = url.Source.Syntax.GetLocation();
            if (context.TryClaim(RuleIdentifiers.RawHttpToProviderEndpoint, location))
            {
                AnalysisSession.Report(context, Descriptors.RawHttpToProviderEndpoint, location, url.Host, url.Endpoint.Provider, url.SuggestedAbstraction);
            }
        }
    }
}
