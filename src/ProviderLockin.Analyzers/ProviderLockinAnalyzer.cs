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

        if (session.Mode == AnalysisMode.None)
        {
            return;
        }

        context.RegisterCompilationEndAction(c => Guard(InvalidConfiguration.Report, c, session));

        if (session.Mode == AnalysisMode.RawHttpOnly)
        {
            context.RegisterOperationBlockAction(c => Guard(AnalyzeBlock, c, session));
            return;
        }

        context.RegisterOperationBlockAction(c => Guard(AnalyzeBlock, c, session));
        context.RegisterSymbolAction(c => Guard(ProviderClientTypeInSignature.Analyze, c, session), ProviderClientTypeInSignature.SymbolKinds);
    }

    /// <summary>
    /// One walk over a member's operations (method body, initializer, top-level statements); every rule sees every operation
    /// from it. Reporting through the block's context keeps each finding local to the member that contains it.
    /// </summary>
    private static void AnalyzeBlock(OperationBlockAnalysisContext context, AnalysisSession session)
    {
        var blocks = context.OperationBlocks;
        if (blocks.IsEmpty || session.Generated.IsSkipped(context.IsGeneratedCode, blocks[0].Syntax.SyntaxTree))
        {
            return;
        }

        var rules = new RuleContext(blocks[0], context.OwningSymbol, context.IsGeneratedCode, context.ReportDiagnostic, context.CancellationToken);
        var full = session.Mode == AnalysisMode.Full;
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (full)
                {
                    Dispatch(rules.With(operation), session);
                }
                else
                {
                    DispatchHttpOnly(rules.With(operation), session);
                }
            }
        }
    }

    private static void Dispatch(RuleContext context, AnalysisSession session)
    {
        switch (context.Operation.Kind)
        {
            case OperationKind.Invocation:
                DirectProviderSdkUse.Analyze(context, session);
                RawHttpToProviderEndpoint.Analyze(context, session);
                PromptChecks.Analyze(context, session);
                HardCodedModelId.Analyze(context, session);
                ProviderOnlyOption.Analyze(context, session);
                AssistantPrefill.Analyze(context, session);
                UnthrottledFanOut.Analyze(context, session);
                break;
            case OperationKind.ObjectCreation:
                DirectProviderSdkUse.Analyze(context, session);
                RawHttpToProviderEndpoint.Analyze(context, session);
                PromptChecks.Analyze(context, session);
                HardCodedModelId.Analyze(context, session);
                AssistantPrefill.Analyze(context, session);
                break;
            case OperationKind.PropertyReference:
            case OperationKind.FieldReference:
                DirectProviderSdkUse.Analyze(context, session);
                PromptChecks.Analyze(context, session);
                HardCodedModelId.Analyze(context, session);
                ProviderOnlyOption.Analyze(context, session);
                AssistantPrefill.Analyze(context, session);
                break;
            case OperationKind.EventReference:
            case OperationKind.MethodReference:
                DirectProviderSdkUse.Analyze(context, session);
                break;
            case OperationKind.FieldInitializer:
            case OperationKind.PropertyInitializer:
            case OperationKind.VariableDeclarator:
                PromptChecks.Analyze(context, session);
                break;
            case OperationKind.Coalesce:
                HardCodedModelId.Analyze(context, session);
                break;
            case OperationKind.Loop:
                UnboundedLlmLoop.Analyze(context, session);
                ResponseHarvesting.Analyze(context, session);
                break;
        }
    }

    /// <summary>No SDK or abstraction referenced, but a provider host appears in source: raw HTTP and its volume only.</summary>
    private static void DispatchHttpOnly(RuleContext context, AnalysisSession session)
    {
        switch (context.Operation.Kind)
        {
            case OperationKind.Invocation:
                RawHttpToProviderEndpoint.Analyze(context, session);
                UnthrottledFanOut.Analyze(context, session);
                break;
            case OperationKind.ObjectCreation:
                RawHttpToProviderEndpoint.Analyze(context, session);
                break;
            case OperationKind.Loop:
                UnboundedLlmLoop.Analyze(context, session);
                ResponseHarvesting.Analyze(context, session);
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
