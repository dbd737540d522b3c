using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers.Reporting;

/// <summary>How a project wires its chat clients, for the exposure report's resilience columns.</summary>
internal sealed class ClientWiringSummary
{
    public ClientWiringSummary(bool isApplication, bool isTestProject, IReadOnlyList<string> chatProviders, bool hasFallback, int pipelines)
    {
        IsApplication = isApplication;
        IsTestProject = isTestProject;
        ChatProviders = chatProviders;
        HasFallback = hasFallback;
        Pipelines = pipelines;
    }

    /// <summary>An executable with a composition root of its own (not a library, not a test project).</summary>
    public bool IsApplication { get; }

    public bool IsTestProject { get; }

    /// <summary>Providers the composition root turns into chat clients, distinct, sorted.</summary>
    public IReadOnlyList<string> ChatProviders { get; }

    /// <summary>A failover or routing client, Polly fallback or a listed fallback type is in the project.</summary>
    public bool HasFallback { get; }

    /// <summary>Chat and embedding client pipelines the project builds (AddChatClient, AsBuilder, new ChatClientBuilder, ...).</summary>
    public int Pipelines { get; }
}

/// <summary>
/// Collects the same facts PLA1004 and PLA3004 decide on (through the rules' own collectors), whether or not the rules
/// report: the report says "fallback: yes (OpenAI, Ollama)" where the rule is silent. Not used by the analyzers.
/// </summary>
internal static class WiringCensus
{
    public static ClientWiringSummary Take(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var session = AnalysisSession.Create(compilation, options, cancellationToken);
        var wiring = session.Wiring;
        if (wiring is null)
        {
            return new ClientWiringSummary(false, false, new string[0], false, 0);
        }

        var pipelines = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (session.Generated.IsSkipped(GeneratedCode.IsGeneratedTree(tree, options.AnalyzerConfigOptionsProvider, cancellationToken), tree))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is BaseTypeDeclarationSyntax declaration)
                {
                    SingleProviderNoFallback.CollectType(model.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol, session);
                    continue;
                }

                if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                    || model.GetOperation(node, cancellationToken) is not { } operation)
                {
                    continue;
                }

                var block = new BlockState(model.GetEnclosingSymbol(node.SpanStart, cancellationToken) ?? compilation.Assembly, static _ => { });
                SingleProviderNoFallback.Collect(new RuleContext(operation, block, cancellationToken), session);
                if (wiring.ReferencesPipelines && PipelineWithoutTelemetry.IsPipelineStart(operation, wiring))
                {
                    pipelines++;
                }
            }
        }

        var providers = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var registration in wiring.Registrations())
        {
            providers.Add(registration.Provider);
        }

        return new ClientWiringSummary(wiring.IsApplication, wiring.IsTestProject, new List<string>(providers), wiring.HasFallback, pipelines);
    }
}
