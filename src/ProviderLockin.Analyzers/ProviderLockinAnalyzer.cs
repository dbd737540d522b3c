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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analyzed only so that Razor @code blocks (generated C# mapped back to .razor) are checked;
        // GeneratedCode drops everything else cheaply, per tree.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
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
        if (session.Wiring is { IsApplication: true } && on.SingleProvider)
        {
            // Whether the app fails over is a project-wide fact: noted while walking, decided once at the end.
            context.RegisterSymbolAction(c => Guard(SingleProviderNoFallback.CollectType, c, session), SymbolKind.NamedType);
            context.RegisterCompilationEndAction(c => Guard(SingleProviderNoFallback.Report, c, session));
        }

        // A project that only calls a provider's REST API gets every operation rule too: its request bodies carry model IDs,
        // provider-only options and prompts. The SDK type rule has nothing to look at there.
        if (on.AnyOperationRule)
        {
            context.RegisterOperationBlockStartAction(c => Guard(StartBlock, c, session));
        }

        if (session.Mode == AnalysisMode.RawHttpOnly || !on.SdkTypeInSignature)
        {
            return;
        }

        context.RegisterSymbolAction(c => Guard(ProviderClientTypeInSignature.Analyze, c, session), ProviderClientTypeInSignature.SymbolKinds);
    }

    /// <summary>Operation kinds any rule looks at; the driver walks each member once and calls back for these only.</summary>
    private static readonly ImmutableArray<OperationKind> RuleKinds = ImmutableArray.Create(
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.PropertyReference,
        OperationKind.FieldReference,
        OperationKind.EventReference,
        OperationKind.MethodReference,
        OperationKind.FieldInitializer,
        OperationKind.PropertyInitializer,
        OperationKind.VariableDeclarator,
        OperationKind.Coalesce,
        OperationKind.Loop,
        OperationKind.AnonymousFunction,
        OperationKind.Return);

    /// <summary>
    /// One member (method body, initializer, top-level statements): every rule sees its operations from the driver's
    /// single walk, sharing the member's <see cref="BlockState"/>. Reporting through the operation's context keeps each
    /// finding local to the member that contains it.
    /// </summary>
    private static void StartBlock(OperationBlockStartAnalysisContext context, AnalysisSession session)
    {
        if (IsSkipped(context.OperationBlocks, context.IsGeneratedCode, session))
        {
            return;
        }

        var block = new BlockState(context.OwningSymbol, context.IsGeneratedCode);
        context.RegisterOperationAction(c => Guard(Dispatch, new RuleContext(c, block), session), RuleKinds);
        if (session.On.Loops || session.On.ProviderOptions)
        {
            context.RegisterOperationBlockEndAction(c => Guard(EndBlock, (c, block), session));
        }
    }

    private static void EndBlock((OperationBlockAnalysisContext Context, BlockState Block) end, AnalysisSession session)
    {
        if (session.On.ProviderOptions)
        {
            ProviderOnlyOption.ReportPreviewUses(end.Context, end.Block, session);
        }

        if (session.On.Loops)
        {
            AnalyzeLoops(end, session);
        }
    }

    /// <summary>
    /// The loop rules run once the member's walk is over, and only on loops whose body holds a possible LLM call: the
    /// calls are met after their loop, and most loops make none, so most loops are never walked again.
    /// </summary>
    private static void AnalyzeLoops((OperationBlockAnalysisContext Context, BlockState Block) end, AnalysisSession session)
    {
        var (context, block) = end;
        if (block.Loops is null || block.PossibleLlmCalls is null)
        {
            return;
        }

        foreach (var loop in block.Loops)
        {
            if (!block.MayContainLlmCall(loop))
            {
                continue;
            }

            var rules = new RuleContext(loop, block, context.ReportDiagnostic, context.CancellationToken);
            UnboundedLlmLoop.Analyze(rules, session);
            ResponseHarvesting.Analyze(rules, session);
        }
    }

    /// <summary>Loops are collected, with the calls in them that may be LLM calls, for <see cref="AnalyzeLoops"/>.</summary>
    private static void NoteLoopsAndCalls(RuleContext context, AnalysisSession session)
    {
        if (!session.On.Loops)
        {
            return;
        }

        var operation = context.Operation;
        if (operation.Kind == OperationKind.Loop)
        {
            context.Block.AddLoop(operation);
        }
        else if (context.Block.Loops is not null && session.Calls.MayBeLlmCall(operation))
        {
            context.Block.AddPossibleLlmCall(operation);
        }
    }

    private static bool IsSkipped(ImmutableArray<IOperation> blocks, bool isGeneratedCode, AnalysisSession session)
        => blocks.IsEmpty || session.Generated.IsSkipped(isGeneratedCode, blocks[0].Syntax.SyntaxTree);

    private static void Dispatch(RuleContext context, AnalysisSession session)
    {
        var on = session.On;
        switch (context.Operation.Kind)
        {
            case OperationKind.Invocation:
                NoteLoopsAndCalls(context, session);
                if (on.DirectSdkUse) DirectProviderSdkUse.Analyze(context, session);
                if (on.RawHttp) RawHttpToProviderEndpoint.Analyze(context, session);
                if (on.PromptText) PromptChecks.Analyze(context, session);
                if (on.ModelChoices) HardCodedModelId.Analyze(context, session);
                if (on.ProviderOptions) ProviderOnlyOption.Analyze(context, session);
                if (on.Prefill) AssistantPrefill.Analyze(context, session);
                if (on.FanOut) UnthrottledFanOut.Analyze(context, session);
                if (on.SingleProvider) SingleProviderNoFallback.Collect(context, session);
                if (on.Telemetry) PipelineWithoutTelemetry.Analyze(context, session);
                break;
            case OperationKind.ObjectCreation:
                NoteLoopsAndCalls(context, session);
                if (on.DirectSdkUse) DirectProviderSdkUse.Analyze(context, session);
                if (on.RawHttp) RawHttpToProviderEndpoint.Analyze(context, session);
                if (on.PromptText) PromptChecks.Analyze(context, session);
                if (on.ModelChoices) HardCodedModelId.Analyze(context, session);
                if (on.ProviderOptions) ProviderOnlyOption.Analyze(context, session);
                if (on.Prefill) AssistantPrefill.Analyze(context, session);
                if (on.SingleProvider) SingleProviderNoFallback.Collect(context, session);
                if (on.Telemetry) PipelineWithoutTelemetry.Analyze(context, session);
                if (on.PaidProviderInTests) TestsCallPaidProvider.Analyze(context, session);
                break;
            case OperationKind.PropertyReference:
            case OperationKind.FieldReference:
                // The most frequent callback: a member that is only read matters only if it belongs to a provider SDK
                // (the prompt, prefill and option rules look at assignments), so one cheap test answers for all rules.
                if (PromptLocator.AssignedValue(context.Operation) is null
                    && !session.Catalog.MayOwn(((IMemberReferenceOperation)context.Operation).Member.ContainingType))
                {
                    break;
                }

                if (on.DirectSdkUse) DirectProviderSdkUse.Analyze(context, session);
                if (on.PromptText) PromptChecks.Analyze(context, session);
                if (on.ModelChoices) HardCodedModelId.Analyze(context, session);
                if (on.ProviderOptions) ProviderOnlyOption.Analyze(context, session);
                if (on.Prefill) AssistantPrefill.Analyze(context, session);
                break;
            case OperationKind.EventReference:
            case OperationKind.MethodReference:
                if (on.DirectSdkUse) DirectProviderSdkUse.Analyze(context, session);
                break;
            case OperationKind.FieldInitializer:
            case OperationKind.PropertyInitializer:
                if (on.PromptText) PromptChecks.Analyze(context, session);
                if (on.RetiredModels) RetiredModelId.AnalyzeInitializer(context, session);
                break;
            case OperationKind.VariableDeclarator:
                if (on.PromptText) PromptChecks.Analyze(context, session);
                break;
            case OperationKind.Return when on.PromptText && ((IReturnOperation)context.Operation).ReturnedValue?.Type?.SpecialType == SpecialType.System_String:
                PromptChecks.Analyze(context, session);
                break;
            case OperationKind.Coalesce when on.ModelChoices:
                HardCodedModelId.Analyze(context, session);
                break;
            case OperationKind.Loop:
                NoteLoopsAndCalls(context, session);
                break;
            case OperationKind.AnonymousFunction when on.SdkTypeInSignature && session.Mode == AnalysisMode.Full:
                ProviderClientTypeInSignature.AnalyzeLambda(context, session);
                break;
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
