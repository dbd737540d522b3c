using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>PLA1003: a provider host used as the URL of a hand-written HTTP request, outside the abstraction layer.</summary>
internal static class RawHttpToProviderEndpoint
{
    /// <summary>
    /// <c>new OllamaApiClient(new Uri("http://localhost:11434"))</c>, <c>new OpenAIClientOptions { Endpoint = new Uri(...) }</c>:
    /// the address is handed to the provider's SDK, which makes the requests; that is SDK use (PLA1001) or wiring, not raw HTTP.
    /// </summary>
    private static bool IsEndpointOfSdkClient(IOperation operation, AnalysisSession session)
    {
        if (operation is not IObjectCreationOperation)
        {
            return false;
        }

        var current = operation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IArgumentOperation { Parameter.ContainingSymbol: { } method } => session.Catalog.TryGetProvider(method.ContainingType, out _),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when assignment.Value == current
                => session.Catalog.TryGetProvider(target.Property.ContainingType, out _),
            _ => false,
        };
    }

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        if (!session.Http.IsHttpSink(operation) || IsEndpointOfSdkClient(operation, session))
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
