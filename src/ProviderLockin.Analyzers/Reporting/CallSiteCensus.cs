using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;

namespace ProviderLockin.Analyzers.Reporting;

/// <summary>Which way an LLM request goes.</summary>
internal enum CallSiteKind
{
    /// <summary>Through Microsoft.Extensions.AI or Semantic Kernel.</summary>
    Abstraction,

    /// <summary>Straight to a provider SDK.</summary>
    ProviderSdk,

    /// <summary>Raw HTTP to a provider host.</summary>
    RawHttp,
}

/// <summary>One LLM request in source, for the exposure report.</summary>
internal readonly struct CallSite
{
    public CallSite(CallSiteKind kind, string provider, Location location, bool inAbstractionLayer)
    {
        Kind = kind;
        Provider = provider;
        Location = location;
        InAbstractionLayer = inAbstractionLayer;
    }

    public CallSiteKind Kind { get; }

    /// <summary>The provider reached; empty for calls through the abstraction.</summary>
    public string Provider { get; }

    public Location Location { get; }

    /// <summary>Inside the configured abstraction layer, where provider calls are the adapters' job.</summary>
    public bool InAbstractionLayer { get; }
}

/// <summary>
/// Counts every LLM request of a compilation (not only the flagged ones): the exposure report's portability score is
/// the share of them that goes through the abstraction. Not used by the analyzers; the command-line report calls it,
/// with the same catalogue, options and abstraction-layer test as the rules.
/// </summary>
internal static class CallSiteCensus
{
    public static List<CallSite> Take(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var sites = new List<CallSite>();
        var session = AnalysisSession.Create(compilation, options, cancellationToken);
        if (session.Mode == AnalysisMode.None)
        {
            return sites;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            // The same decision as the rules: generated code is skipped, except Razor markup's @code.
            if (session.Generated.IsSkipped(GeneratedCode.IsGeneratedTree(tree, options.AnalyzerConfigOptionsProvider, cancellationToken), tree))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                    || model.GetOperation(node, cancellationToken) is not { } operation
                    || !TryDescribe(operation, session, out var kind, out var provider))
                {
                    continue;
                }

                var inLayer = session.Layer.Contains(model.GetEnclosingSymbol(node.SpanStart, cancellationToken), tree);
                sites.Add(new CallSite(kind, provider, node.GetLocation(), inLayer));
            }
        }

        return sites;
    }

    /// <summary>
    /// For the exposure report: whether <paramref name="operation"/> is an LLM request, which way it goes (through the
    /// abstraction, to a provider SDK, or as raw HTTP to a provider host) and whose provider it reaches.
    /// The same tests as the rules use, so the report and the IDE agree.
    /// </summary>
    private static bool TryDescribe(IOperation operation, AnalysisSession session, out CallSiteKind kind, out string provider)
    {
        kind = default;
        provider = string.Empty;
        if (operation is IObjectCreationOperation || operation is IInvocationOperation { TargetMethod.ReturnsVoid: false })
        {
            if (operation is IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                if (session.Catalog.TryGetProviderMember(method, out var owner))
                {
                    if (session.Catalog.TryGetClient(method.ReturnType, out _))
                    {
                        return false;
                    }

                    kind = CallSiteKind.ProviderSdk;
                    provider = owner.Sdk.Provider;
                    return true;
                }

                if (LlmRequests.IsAbstractionRequest(method))
                {
                    kind = CallSiteKind.Abstraction;
                    return true;
                }
            }

            if (session.Http.IsHttpSink(operation))
            {
                var urls = new List<ProviderUrl>(0);
                session.Http.FindProviderUrls(operation, urls);
                if (urls.Count > 0)
                {
                    kind = CallSiteKind.RawHttp;
                    provider = urls[0].Endpoint.Provider;
                    return true;
                }
            }
        }

        return false;
    }
}
