using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>No SDK, but a source file mentions a provider host: every operation rule (the requests carry model IDs, options and prompts), no SDK type rule.</summary>
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
        WellKnown = new WellKnownTypes(compilation);
        if (mode == AnalysisMode.None)
        {
            // Nothing but prompt files is analyzed; resolving well-known types would make the compiler bind every reference.
            Layer = null!;
            Http = null!;
            Prompts = null!;
            Calls = null!;
            Throttles = null!;
            Wiring = null;
            return;
        }

        var types = new ReferencedTypes(compilation);
        Layer = new AbstractionLayer(compilation, options, types);
        Http = new ProviderHttpRequests(WellKnown, endpoints, catalog);
        Prompts = new PromptLocator(catalog);
        Throttles = new Throttles(WellKnown);
        Calls = new LlmCalls(compilation, options, new LlmRequests(catalog, Http), Throttles);
        Wiring = mode == AnalysisMode.Full ? new ClientWiring(compilation, options, types) : null;
    }

    public Compilation Compilation { get; }

    public OptionsReader Options { get; }

    public ProviderCatalog Catalog { get; }

    public AbstractionLayer Layer { get; }

    public ProviderHttpRequests Http { get; }

    public PromptLocator Prompts { get; }

    public LlmCalls Calls { get; }

    public Throttles Throttles { get; }

    /// <summary>How the project wires its chat clients (PLA1004, PLA1005, PLA3004); null unless an SDK or the abstraction is referenced.</summary>
    public ClientWiring? Wiring { get; }

    public GeneratedCode Generated { get; } = new();

    /// <summary>The model catalogue with the project's <c>*.models.json</c> files applied (PLA2006); read on first use.</summary>
    public ModelLifecycle Models => _models.Value;

    private System.Lazy<ModelLifecycle> _models = null!;

    /// <summary>The rules the user left on; the others cost nothing.</summary>
    public EnabledRules On { get; private set; } = null!;

    /// <summary>Task, Parallel, ParallelEnumerable of this compilation, for rules that match them by symbol.</summary>
    public WellKnownTypes WellKnown { get; }

    public AnalysisMode Mode { get; }

    public static AnalysisSession Create(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var options = new OptionsReader(analyzerOptions.AnalyzerConfigOptionsProvider);
        var trees = compilation.SyntaxTrees;
        var catalog = ProviderCatalog.Create(compilation, options.Union(trees, static o => o.AdditionalSdkNamespaces));
        var endpoints = new ProviderEndpoints(options.Union(trees, static o => o.AdditionalEndpoints));

        var mode = catalog.ReferencesAnySdk || ProviderCatalog.MayReferenceSdkOrAbstraction(compilation) && AbstractionTypes.IsReferencedBy(compilation)
            ? AnalysisMode.Full
            : AnySourceMentions(compilation, endpoints, cancellationToken) || AnySettingsFileMentions(analyzerOptions.AdditionalFiles, endpoints, cancellationToken)
                ? AnalysisMode.RawHttpOnly
                : AnalysisMode.None;

        var additionalFiles = analyzerOptions.AdditionalFiles;
        return new AnalysisSession(compilation, options, catalog, endpoints, mode)
        {
            On = EnabledRules.Create(compilation, cancellationToken),
            _models = new System.Lazy<ModelLifecycle>(() => ModelLifecycle.WithUserFiles(additionalFiles, cancellationToken)),
        };
    }

    /// <summary>Reports unless the location is generated code that does not map back to Razor markup.</summary>
    public static void Report(RuleContext context, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
        => Report(context, Diagnostic.Create(descriptor, location, Diagnostics.DiagnosticProperties.Describe(descriptor, null, arguments), arguments));

    /// <summary>With properties a code fix reads (see <see cref="Diagnostics.DiagnosticProperties"/>).</summary>
    public static void Report(RuleContext context, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object[] arguments)
        => Report(context, Diagnostic.Create(descriptor, location, Diagnostics.DiagnosticProperties.Describe(descriptor, properties, arguments), arguments));

    public static void Report(RuleContext context, Diagnostic diagnostic)
    {
        if (GeneratedCode.IsReportable(context.IsGeneratedCode, diagnostic.Location))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Does any source file mention a provider host? Each tree's answer is kept for as long as the tree lives: the IDE
    /// reuses unchanged trees in every new compilation, so an edit rescans one file, not the project.
    /// </summary>
    private static bool AnySourceMentions(Compilation compilation, ProviderEndpoints endpoints, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slot = TreePreScans.GetValue(tree, static _ => new PreScanSlot());
            if (slot.Answer(endpoints) ?? slot.Remember(endpoints, tree.GetText(cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An <c>appsettings*.json</c> (the package gives them to the compiler) that names a provider host: the code calls the
    /// provider with a base URL from configuration, so its request bodies and prompts are checked like any raw-HTTP code.
    /// Cached per file like the trees' answers, since this runs at every compilation start of a project without an SDK.
    /// </summary>
    private static bool AnySettingsFileMentions(ImmutableArray<AdditionalText> files, ProviderEndpoints endpoints, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            if (!SettingsFiles.IsSettingsFile(file.Path))
            {
                continue;
            }

            var slot = FilePreScans.GetValue(file, static _ => new PreScanSlot());
            if (slot.Answer(endpoints) ?? slot.Remember(endpoints, file.GetText(cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(string text, ProviderEndpoints endpoints)
    {
        foreach (var key in endpoints.PreScanKeys)
        {
            if (text.IndexOf(key, System.StringComparison.Ordinal) >= 0)
            {
                foreach (var anchor in endpoints.Anchors)
                {
                    if (text.IndexOf(anchor, System.StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, PreScanSlot> TreePreScans = new();

    private static readonly ConditionalWeakTable<AdditionalText, PreScanSlot> FilePreScans = new();

    private sealed class PreScanSlot
    {
        // Replaced whole, never mutated: readers see either the old or the new answer.
        private volatile PreScan? _result;

        /// <summary>The answer kept for these endpoints, or null when the text must be scanned (again).</summary>
        public bool? Answer(ProviderEndpoints endpoints)
            => _result is { } known && string.Equals(known.AnchorsKey, endpoints.AnchorsKey, System.StringComparison.Ordinal) ? known.Mentions : null;

        public bool Remember(ProviderEndpoints endpoints, Microsoft.CodeAnalysis.Text.SourceText? text)
        {
            var mentions = text is { Length: > 0 } && Mentions(text.ToString(), endpoints);
            _result = new PreScan(endpoints.AnchorsKey, mentions);
            return mentions;
        }
    }

    private sealed class PreScan
    {
        public PreScan(string anchorsKey, bool mentions)
        {
            AnchorsKey = anchorsKey;
            Mentions = mentions;
        }

        public string AnchorsKey { get; }

        public bool Mentions { get; }
    }
}
