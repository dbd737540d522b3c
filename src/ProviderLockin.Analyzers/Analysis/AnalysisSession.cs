using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Layering;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>How much a compilation needs: decided once, at compilation start.</summary>
internal enum AnalysisMode
{
    /// <summary>No provider SDK, no abstraction, no provider host in any source text: register nothing.</summary>
    None,

    /// <summary>No SDK, but a source file mentions a provider host: look for raw HTTP requests only.</summary>
    RawHttpOnly,

    /// <summary>A provider SDK (or one declared by the user), Microsoft.Extensions.AI or Semantic Kernel is referenced: every rule.</summary>
    Full,
}

/// <summary>Everything the rules share for one compilation, resolved once at compilation start.</summary>
internal sealed class AnalysisSession
{
    private AnalysisSession(
        Compilation compilation, OptionsReader options, ProviderCatalog catalog, ProviderEndpoints endpoints, AnalysisMode mode)
    {
        Compilation = compilation;
        Options = options;
        Catalog = catalog;
        Mode = mode;
        Layer = new AbstractionLayer(compilation, options);
        Http = new ProviderHttpRequests(compilation, endpoints);
        Prompts = new PromptLocator(catalog);
        Calls = new LlmCalls(compilation, options, catalog, Http);
    }

    public Compilation Compilation { get; }

    public OptionsReader Options { get; }

    public ProviderCatalog Catalog { get; }

    public AbstractionLayer Layer { get; }

    public ProviderHttpRequests Http { get; }

    public PromptLocator Prompts { get; }

    public LlmCalls Calls { get; }

    public GeneratedCode Generated { get; } = new();

    public AnalysisMode Mode { get; }

    public static AnalysisSession Create(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var options = new OptionsReader(analyzerOptions.AnalyzerConfigOptionsProvider);
        var trees = compilation.SyntaxTrees;
        var catalog = ProviderCatalog.Create(compilation, options.Union(trees, static o => o.AdditionalSdkNamespaces));
        var endpoints = new ProviderEndpoints(options.Union(trees, static o => o.AdditionalEndpoints));

        var mode = catalog.ReferencesAnySdk || AbstractionTypes.IsReferencedBy(compilation)
            ? AnalysisMode.Full
            : AnySourceMentions(compilation, endpoints.Anchors, cancellationToken) ? AnalysisMode.RawHttpOnly : AnalysisMode.None;

        return new AnalysisSession(compilation, options, catalog, endpoints, mode);
    }

    /// <summary>Reports unless the location is generated code that does not map back to Razor markup.</summary>
    public static void Report(RuleContext context, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
        => Report(context, Diagnostic.Create(descriptor, location, arguments));

    /// <summary>With properties a code fix reads (see <see cref="Diagnostics.DiagnosticProperties"/>).</summary>
    public static void Report(RuleContext context, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object[] arguments)
        => Report(context, Diagnostic.Create(descriptor, location, properties, arguments));

    public static void Report(RuleContext context, Diagnostic diagnostic)
    {
        if (GeneratedCode.IsReportable(context.IsGeneratedCode, diagnostic.Location))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static bool AnySourceMentions(Compilation compilation, ImmutableArray<string> anchors, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var anchor in anchors)
            {
                if (text.IndexOf(anchor, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
