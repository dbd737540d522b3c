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

/// <summary>
/// Everything the rules share for one compilation. What needs no symbols (options, enabled rules, the mode) is decided at
/// compilation start; what needs the referenced assemblies bound (the SDK catalogue, the abstraction layer, the client
/// wiring) is resolved once, on first use. By then the compiler has bound the references for its own work: asking for
/// them at compilation start made this analyzer do that binding (or wait for it) and be charged for it.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly ProviderEndpoints _endpoints;
    private readonly ImmutableArray<NamespaceName> _userSdkNamespaces;
    private Resolved? _resolved;

    private AnalysisSession(Compilation compilation, OptionsReader options, ProviderEndpoints endpoints, ImmutableArray<NamespaceName> userSdkNamespaces, AnalysisMode mode, ProviderCatalog? catalog)
    {
        Compilation = compilation;
        Options = options;
        Mode = mode;
        _endpoints = endpoints;
        _userSdkNamespaces = userSdkNamespaces;
        WellKnown = new WellKnownTypes(compilation);
        if (catalog is not null)
        {
            _resolved = new Resolved(this, catalog);
        }
    }

    public Compilation Compilation { get; }

    public OptionsReader Options { get; }

    public ProviderCatalog Catalog => Bound.Catalog;

    public AbstractionLayer Layer => Bound.Layer!;

    public ProviderHttpRequests Http => Bound.Http!;

    public PromptLocator Prompts => Bound.Prompts!;

    public LlmCalls Calls => Bound.Calls!;

    /// <summary>Prompts that pass through the project's own methods (parameters, return values).</summary>
    public PromptFlow PromptFlow => Bound.PromptFlow!;

    public Throttles Throttles => Bound.Throttles!;

    /// <summary>How the project wires its chat clients (PLA1004, PLA1005, PLA3004); null unless an SDK or the abstraction is referenced.</summary>
    public ClientWiring? Wiring => Bound.Wiring;

    public GeneratedCode Generated { get; } = new();

    /// <summary>The names a signature has to write to name an SDK type (PLA1002); built on first use.</summary>
    public SignatureNames GetSignatureNames(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _signatureNames) is { } names)
        {
            return names;
        }

        Interlocked.CompareExchange(ref _signatureNames, SignatureNames.Create(Compilation, Catalog, cancellationToken), null);
        return _signatureNames!;
    }

    private SignatureNames? _signatureNames;

    /// <summary>The model catalogue with the project's <c>*.models.json</c> files applied (PLA2006); read on first use.</summary>
    public ModelLifecycle Models => _models.Value;

    private System.Lazy<ModelLifecycle> _models = null!;

    /// <summary>The project gives the compiler <c>*.models.json</c> files (checked for PLA9001 even when no model ID needed them).</summary>
    public bool HasUserModelFiles { get; private set; }

    /// <summary>The rules the user left on; the others cost nothing.</summary>
    public EnabledRules On { get; private set; } = null!;

    /// <summary>Task, Parallel, ParallelEnumerable of this compilation, for rules that match them by symbol.</summary>
    public WellKnownTypes WellKnown { get; }

    public AnalysisMode Mode { get; }

    private Resolved Bound => Volatile.Read(ref _resolved) ?? Resolve();

    private Resolved Resolve()
    {
        // Several callbacks may get here at once: the first one's answer is kept, so every rule sees the same catalogue.
        var catalog = ProviderCatalog.Create(Compilation, _userSdkNamespaces);
        Interlocked.CompareExchange(ref _resolved, new Resolved(this, catalog), null);
        return _resolved!;
    }

    /// <summary>The parts of the session that need symbols, built together from one catalogue.</summary>
    private sealed class Resolved
    {
        public Resolved(AnalysisSession session, ProviderCatalog catalog)
        {
            Catalog = catalog;
            if (session.Mode == AnalysisMode.None)
            {
                // Nothing but prompt files is analyzed; resolving well-known types would make the compiler bind every reference.
                return;
            }

            var compilation = session.Compilation;
            var types = new ReferencedTypes(compilation);
            Layer = new AbstractionLayer(compilation, session.Options, types);
            Http = new ProviderHttpRequests(session.WellKnown, session._endpoints, catalog);
            Prompts = new PromptLocator(catalog);
            Throttles = new Throttles(session.WellKnown);
            var bodies = new MethodBodies(compilation);
            Calls = new LlmCalls(bodies, session.Options, new LlmRequests(catalog, Http), Throttles);
            PromptFlow = new PromptFlow(Prompts, bodies);
            Wiring = session.Mode == AnalysisMode.Full ? new ClientWiring(compilation, session.Options, types) : null;
        }

        public ProviderCatalog Catalog { get; }

        public AbstractionLayer? Layer { get; }

        public ProviderHttpRequests? Http { get; }

        public PromptLocator? Prompts { get; }

        public LlmCalls? Calls { get; }

        public PromptFlow? PromptFlow { get; }

        public Throttles? Throttles { get; }

        public ClientWiring? Wiring { get; }
    }

    public static AnalysisSession Create(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var options = new OptionsReader(analyzerOptions.AnalyzerConfigOptionsProvider);
        var trees = compilation.SyntaxTrees;
        var userSdkNamespaces = options.Union(trees, static o => o.AdditionalSdkNamespaces);
        var endpoints = new ProviderEndpoints(options.Union(trees, static o => o.AdditionalEndpoints));

        // Reference file names answer whether an SDK or the abstraction is referenced without binding anything; only a
        // reference without a file (another project in the IDE, an in-memory image) makes the catalogue resolve now.
        ProviderCatalog? catalog = null;
        var byFileName = ProviderCatalog.ReferencedByFileName(compilation);
        bool full;
        if (!userSdkNamespaces.IsEmpty)
        {
            full = true;
        }
        else if (byFileName == ReferenceEvidence.Unknown)
        {
            catalog = ProviderCatalog.Create(compilation, userSdkNamespaces);
            full = catalog.ReferencesAnySdk || AbstractionTypes.IsReferencedBy(compilation);
        }
        else
        {
            full = byFileName == ReferenceEvidence.Referenced;
        }

        var mode = full
            ? AnalysisMode.Full
            : AnySourceMentions(compilation, endpoints, cancellationToken) || AnySettingsFileMentions(analyzerOptions.AdditionalFiles, endpoints, cancellationToken)
                ? AnalysisMode.RawHttpOnly
                : AnalysisMode.None;

        var additionalFiles = analyzerOptions.AdditionalFiles;
        return new AnalysisSession(compilation, options, endpoints, userSdkNamespaces, mode, catalog)
        {
            On = EnabledRules.Create(compilation, cancellationToken),
            HasUserModelFiles = ModelLifecycle.AnyUserFile(additionalFiles),
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
