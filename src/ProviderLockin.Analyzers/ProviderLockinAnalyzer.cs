using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers;

/// <summary>
/// The one analyzer that hosts every rule. Rules live in <c>Rules/</c>, one per file; they share a single pass over
/// operations and symbols and the per-compilation state in <see cref="AnalysisSession"/>, so adding a rule adds no
/// extra walk over the code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProviderLockinAnalyzer : DiagnosticAnalyzer
{
    private readonly bool _filterCalls;

    public ProviderLockinAnalyzer()
        : this(filterCalls: true)
    {
    }

    private ProviderLockinAnalyzer(bool filterCalls) => _filterCalls = filterCalls;

    /// <summary>Every rule sees every call, whatever its <see cref="CallFilter"/> says: for the test that the filters change no finding.</summary>
    internal static ProviderLockinAnalyzer WithoutCallFilters() => new(filterCalls: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analyzed only so that Razor @code blocks (generated C# mapped back to .razor) are checked;
        // GeneratedCode drops everything else cheaply, per tree.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        var filterCalls = _filterCalls;
        context.RegisterCompilationStartAction(c => OnCompilationStart(c, filterCalls));
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context, bool filterCalls)
    {
        var session = AnalysisSession.Create(context.Compilation, context.Options, context.CancellationToken);

        // Prompt files are checked wherever they are given to the compiler; without AdditionalFiles this costs nothing.
        context.RegisterAdditionalFileAction(c => Guard(PromptFiles.Analyze, c, session));
        context.RegisterAdditionalFileAction(c => Guard(RetiredModelId.AnalyzeSettingsFile, c, session));

        if (session.Mode == AnalysisMode.None)
        {
            return;
        }

        context.RegisterCompilationEndAction(c => Guard(InvalidConfiguration.Report, c, session));
        var on = session.On;
        if (session.Mode == AnalysisMode.Full && ClientWiring.MayBeApplication(context.Compilation) && on.SingleProvider)
        {
            // Whether the app fails over is a project-wide fact: noted while walking, decided once at the end.
            context.RegisterSymbolAction(c => Guard(SingleProviderNoFallback.CollectType, c, session), SymbolKind.NamedType);
            context.RegisterCompilationEndAction(c => Guard(SingleProviderNoFallback.Report, c, session));
        }

        // A project that only calls a provider's REST API gets every operation rule too: its request bodies carry model IDs,
        // provider-only options and prompts. The SDK type rule has nothing to look at there.
        if (on.AnyOperationRule && OperationRules.Build(session, filterCalls) is { Kinds.IsEmpty: false } table)
        {
            context.RegisterOperationBlockStartAction(c => Guard(static (c, s) => StartBlock(c.Context, s, c.Table), (Context: c, Table: table), session));
        }

        if (session.Mode == AnalysisMode.RawHttpOnly || !on.SdkTypeInSignature)
        {
            return;
        }

        // Per file rather than per declared member: see ProviderClientTypeInSignature.AnalyzeTree.
        context.RegisterSemanticModelAction(c => Guard(ProviderClientTypeInSignature.AnalyzeTree, c, session));
    }

    /// <summary>
    /// One member (method body, initializer, top-level statements): every rule sees its operations from the driver's
    /// single walk, sharing the member's <see cref="BlockState"/>. Reporting through the operation's context keeps each
    /// finding local to the member that contains it. The kinds registered and the rules run per kind come from the
    /// declarations in <see cref="OperationRules"/>, built once per compilation.
    /// </summary>
    private static void StartBlock(OperationBlockStartAnalysisContext context, AnalysisSession session, DispatchTable table)
    {
        if (IsSkipped(context.OperationBlocks, context.IsGeneratedCode, session))
        {
            return;
        }

        // No member-end action (the driver would build several objects per member for it): the loop rules and PLA2004
        // decide at the operation that matters.
        var block = new BlockState(context.OwningSymbol, context.IsGeneratedCode, context.OperationBlocks);
        context.RegisterOperationAction(c => OnOperation(in c, block, table, session), table.Kinds);
    }

    /// <summary>
    /// The callback the driver calls most: the driver's context is read in place (not copied into each rule call), and the
    /// guard is written out here rather than through <see cref="Guard{TContext}"/>, whose generic struct argument would copy it twice more.
    /// </summary>
    private static void OnOperation(in OperationAnalysisContext context, BlockState block, DispatchTable table, AnalysisSession session)
    {
        block.Enter(in context);
#if DEBUG
        Dispatch(new RuleContext(context.Operation, block, context.CancellationToken), table, session);
#else
        try
        {
            Dispatch(new RuleContext(context.Operation, block, context.CancellationToken), table, session);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Swallowed on purpose, as in Guard.
        }
#endif
    }

    private static bool IsSkipped(ImmutableArray<IOperation> blocks, bool isGeneratedCode, AnalysisSession session)
        => blocks.IsEmpty || session.Generated.IsSkipped(isGeneratedCode, blocks[0].Syntax.SyntaxTree);

    private static void Dispatch(RuleContext context, DispatchTable table, AnalysisSession session)
    {
        var operation = context.Operation;
        var kind = operation.Kind;

        // The most frequent callback: a member that is only read matters only if it belongs to a provider SDK (the prompt,
        // prefill and option rules look at assignments), so one cheap test answers for all rules.
        if (kind is OperationKind.PropertyReference or OperationKind.FieldReference
            && PromptLocator.AssignedValue(operation) is null
            && !session.Catalog.MayOwnMember(((IMemberReferenceOperation)operation).Member))
        {
            return;
        }

        var rules = kind is OperationKind.Invocation or OperationKind.ObjectCreation ? table.ForCall(operation, session) : table.For(kind);
        if (rules is not null)
        {
            foreach (var rule in rules)
            {
                rule(context, session);
            }
        }
    }

    /// <summary>
    /// An exception in an analyzer becomes AD0001 in every user's build. Release builds contain the damage to the one
    /// callback; Debug builds (the tests) let it surface.
    /// </summary>
    private static void Guard<TContext>(Action<TContext, AnalysisSession> action, TContext context, AnalysisSession session)
    {
#if DEBUG
        action(context, session);
#else
        try
        {
            action(context, session);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Swallowed on purpose: a missed finding is better than a broken build.
        }
#endif
    }
}
