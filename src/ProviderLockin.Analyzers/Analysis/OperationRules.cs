using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Could a call to <paramref name="target"/> (a construction through it, when <paramref name="isConstruction"/>) be one
/// the rule reports or notes, whatever its arguments and wherever it is written? Asked once per target and compilation;
/// where it says no, the rule is not run for any such call. A rule's answer comes from the same tests its own analysis
/// starts with, so it can only be wider than what the rule reports.
/// </summary>
internal delegate bool CallFilter(IMethodSymbol target, bool isConstruction, AnalysisSession session);

/// <summary>What one rule asks of the per-member walk: the operation kinds it looks at, when it is on, and its entry point.</summary>
internal sealed class OperationRule
{
    public OperationRule(string name, Func<EnabledRules, bool> isOn, Action<RuleContext, AnalysisSession> analyze, bool needsSdk, params OperationKind[] kinds)
        : this(name, isOn, analyze, needsSdk, null, kinds)
    {
    }

    public OperationRule(string name, Func<EnabledRules, bool> isOn, Action<RuleContext, AnalysisSession> analyze, bool needsSdk, CallFilter? calls, params OperationKind[] kinds)
    {
        Name = name;
        IsOn = isOn;
        Analyze = analyze;
        NeedsSdk = needsSdk;
        Calls = calls;
        Kinds = ImmutableArray.Create(kinds);
    }

    public string Name { get; }

    public Func<EnabledRules, bool> IsOn { get; }

    public Action<RuleContext, AnalysisSession> Analyze { get; }

    /// <summary>True when the rule looks at SDK types only, so a raw-HTTP-only project (no SDK referenced) does not run it.</summary>
    public bool NeedsSdk { get; }

    public ImmutableArray<OperationKind> Kinds { get; }

    /// <summary>The calls and constructions the rule looks at, by target; null for every one.</summary>
    public CallFilter? Calls { get; }
}

/// <summary>
/// The rules of the per-member walk, declared once: a new rule adds its line here, and the dispatch table (which rules run
/// for which operation kind, and which kinds are registered at all) is built from these declarations per compilation,
/// with the rules the user turned off left out. Rules run on an operation in the order listed.
/// </summary>
internal static class OperationRules
{
    /// <summary>Where the prompt-text rules look: calls and members that take prompts, and strings written into initializers and locals.</summary>
    private static readonly OperationKind[] PromptKinds =
    {
        OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference,
        OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.VariableDeclarator,
        OperationKind.Tuple, OperationKind.AnonymousObjectCreation,
    };

    public static readonly ImmutableArray<OperationRule> All = ImmutableArray.Create(
        // The loop rules (PLA3001, PLA3003) judge a loop when a call in it may be an LLM call.
        new OperationRule("loops around LLM calls", on => on.Loops, JudgeLoopsAroundCall, false, static (target, isConstruction, session) => session.Calls.MayBeLlmCallTo(target, isConstruction),
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Loop),
        new OperationRule(nameof(DirectProviderSdkUse), on => on.DirectSdkUse, DirectProviderSdkUse.Analyze, false, DirectProviderSdkUse.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.EventReference, OperationKind.MethodReference),
        new OperationRule(nameof(RawHttpToProviderEndpoint), on => on.RawHttp, RawHttpToProviderEndpoint.Analyze, false, RawHttpToProviderEndpoint.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation),
        new OperationRule(nameof(ProviderTurnMarker), on => on.TurnMarkers, ProviderTurnMarker.Analyze, false, PromptText.LooksAtCallsTo, PromptKinds),
        // Both prompt-text rules look at string returns: one entry, so the other returns (most of them) are tested once.
        new OperationRule("prompt text (returns)", on => on.TurnMarkers || on.ModelIdentity, PromptTextInStringReturn, false, OperationKind.Return),
        new OperationRule(nameof(ModelIdentityInPrompt), on => on.ModelIdentity, ModelIdentityInPrompt.Analyze, false, PromptText.LooksAtCallsTo, PromptKinds),
        new OperationRule(nameof(HardCodedModelId), on => on.ModelChoices, HardCodedModelId.Analyze, false, HardCodedModelId.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.Coalesce),
        new OperationRule(nameof(RetiredModelId), on => on.RetiredModels, RetiredModelId.AnalyzeInitializer, false, OperationKind.FieldInitializer, OperationKind.PropertyInitializer),
        new OperationRule(nameof(ProviderOnlyOption), on => on.ProviderOptions, ProviderOnlyOption.Analyze, false, ProviderOnlyOption.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference),
        new OperationRule(nameof(AssistantPrefill), on => on.Prefill, AssistantPrefill.Analyze, false, AssistantPrefill.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference),
        new OperationRule(nameof(UnthrottledFanOut), on => on.FanOut, UnthrottledFanOut.Analyze, false, static (target, isConstruction, session) => !isConstruction && FanOutShapes.MayFanOut(target, session.WellKnown),
            OperationKind.Invocation),
        new OperationRule(nameof(SingleProviderNoFallback), on => on.SingleProvider, SingleProviderNoFallback.Collect, false, SingleProviderNoFallback.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation),
        new OperationRule(nameof(PipelineWithoutTelemetry), on => on.Telemetry, PipelineWithoutTelemetry.Analyze, false, PipelineWithoutTelemetry.LooksAtCallsTo,
            OperationKind.Invocation, OperationKind.ObjectCreation),
        new OperationRule(nameof(TestsCallPaidProvider), on => on.PaidProviderInTests, TestsCallPaidProvider.Analyze, false, TestsCallPaidProvider.LooksAtCallsTo,
            OperationKind.ObjectCreation),
        new OperationRule(nameof(ProviderClientTypeInSignature), on => on.SdkTypeInSignature, ProviderClientTypeInSignature.AnalyzeLambda, true, OperationKind.AnonymousFunction));

    /// <summary>The rules that run for each operation kind in this compilation, and the kinds to register: built once at compilation start.</summary>
    public static DispatchTable Build(AnalysisSession session, bool filterCalls)
    {
        // Indexed by kind: a Dictionary keyed by an enum builds its comparer by reflection, which a cold compiler pays for.
        var maxKind = 0;
        foreach (var rule in All)
        {
            foreach (var kind in rule.Kinds)
            {
                maxKind = Math.Max(maxKind, (int)kind);
            }
        }

        var byKind = new List<OperationRule>?[maxKind + 1];
        foreach (var rule in All)
        {
            if (!rule.IsOn(session.On) || rule.NeedsSdk && session.Mode != AnalysisMode.Full)
            {
                continue;
            }

            foreach (var kind in rule.Kinds)
            {
                (byKind[(int)kind] ??= new List<OperationRule>()).Add(rule);
            }
        }

        var table = new OperationRule[maxKind + 1][];
        var kinds = ImmutableArray.CreateBuilder<OperationKind>();
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (byKind[kind] is { } rules)
            {
                table[kind] = rules.ToArray();
                kinds.Add((OperationKind)kind);
            }
        }

        return new DispatchTable(table, kinds.ToImmutable(), filterCalls);
    }

    /// <summary>
    /// The loops around a call that may be an LLM call are judged by the loop rules, each loop once. Most loops hold no such
    /// call and are never looked at again; nothing is kept per loop until one does.
    /// </summary>
    private static void JudgeLoopsAroundCall(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        var block = context.Block;
        if (operation.Kind == OperationKind.Loop)
        {
            block.NoteLoop();
            return;
        }

        if (!block.HasLoops || !session.Calls.MayBeLlmCall(operation))
        {
            return;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current.Kind == OperationKind.Loop && block.TryStartJudging(current))
            {
                var loop = context.WithOperation(current);
                UnboundedLlmLoop.Analyze(loop, session);
                ResponseHarvesting.Analyze(loop, session);
            }
        }
    }

    /// <summary>A method returning a string may return a prompt; other returns cannot.</summary>
    private static void PromptTextInStringReturn(RuleContext context, AnalysisSession session)
    {
        if (((IReturnOperation)context.Operation).ReturnedValue?.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        if (session.On.TurnMarkers)
        {
            ProviderTurnMarker.Analyze(context, session);
        }

        if (session.On.ModelIdentity)
        {
            ModelIdentityInPrompt.Analyze(context, session);
        }
    }
}

/// <summary>
/// The rules to run per operation kind (indexed by kind; null where none), and the kinds to register. Calls and
/// constructions get the rules whose <see cref="CallFilter"/> takes their target: most calls in a project go to the
/// BCL or to its own helpers, which few rules look at, so the choice is made once per target instead of by every rule
/// at every call.
/// </summary>
internal sealed class DispatchTable
{
    private static readonly Action<RuleContext, AnalysisSession>[] NoRules = Array.Empty<Action<RuleContext, AnalysisSession>>();

    private readonly Action<RuleContext, AnalysisSession>[]?[] _byKind;
    private readonly OperationRule[]? _invocationRules;
    private readonly OperationRule[]? _creationRules;
    private readonly ConcurrentDictionary<IMethodSymbol, Action<RuleContext, AnalysisSession>[]> _byInvokedMethod = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Action<RuleContext, AnalysisSession>[]> _byConstructor = new(SymbolEqualityComparer.Default);

    public DispatchTable(OperationRule[]?[] byKind, ImmutableArray<OperationKind> kinds, bool filterCalls)
    {
        _byKind = new Action<RuleContext, AnalysisSession>[]?[byKind.Length];
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (byKind[kind] is { } rules)
            {
                _byKind[kind] = Array.ConvertAll(rules, rule => rule.Analyze);
            }
        }

        if (filterCalls)
        {
            _invocationRules = (int)OperationKind.Invocation < byKind.Length ? byKind[(int)OperationKind.Invocation] : null;
            _creationRules = (int)OperationKind.ObjectCreation < byKind.Length ? byKind[(int)OperationKind.ObjectCreation] : null;
        }

        Kinds = kinds;
    }

    public ImmutableArray<OperationKind> Kinds { get; }

    public Action<RuleContext, AnalysisSession>[]? For(OperationKind kind)
        => (int)kind < _byKind.Length ? _byKind[(int)kind] : null;

    /// <summary>The rules that look at this call or construction, by its target; every rule of the kind when the target is unknown (code being typed).</summary>
    public Action<RuleContext, AnalysisSession>[]? ForCall(IOperation operation, AnalysisSession session)
    {
        var isConstruction = operation.Kind == OperationKind.ObjectCreation;
        var target = isConstruction ? ((IObjectCreationOperation)operation).Constructor : ((IInvocationOperation)operation).TargetMethod;
        var rules = isConstruction ? _creationRules : _invocationRules;
        if (rules is null || target is null)
        {
            return For(operation.Kind);
        }

        // A method that is not constructed comes back as the same object at every call: its answer is kept by reference,
        // which spares the comparer's walk through the symbol at most calls. Constructed and reduced methods (LINQ's,
        // List<T>'s) are new objects at each call site: answered by the comparer, and not kept (nothing allocated for them).
        var recent = _recentCalls;
        var slot = RuntimeHelpers.GetHashCode(target) & (recent.Length - 1);
        if (recent[slot] is { } last && ReferenceEquals(last.Target, target) && last.IsConstruction == isConstruction)
        {
            return last.Analyzers;
        }

        var known = isConstruction ? _byConstructor : _byInvokedMethod;
        if (!known.TryGetValue(target, out var analyzers))
        {
            analyzers = known.GetOrAdd(target, AnalyzersOf(rules, target, isConstruction, session));
        }

        if (!target.IsGenericMethod && target.ReducedFrom is null && target.ContainingType is not { IsGenericType: true })
        {
            recent[slot] = new RecentCall(target, isConstruction, analyzers);
        }

        return analyzers;
    }

    private readonly RecentCall?[] _recentCalls = new RecentCall?[256];

    /// <summary>One answer of <see cref="ForCall"/>; replaced whole, so a reader sees either the old answer or the new one.</summary>
    private sealed class RecentCall
    {
        public RecentCall(IMethodSymbol target, bool isConstruction, Action<RuleContext, AnalysisSession>[] analyzers)
        {
            Target = target;
            IsConstruction = isConstruction;
            Analyzers = analyzers;
        }

        public IMethodSymbol Target { get; }

        public bool IsConstruction { get; }

        public Action<RuleContext, AnalysisSession>[] Analyzers { get; }
    }

    private static Action<RuleContext, AnalysisSession>[] AnalyzersOf(OperationRule[] rules, IMethodSymbol target, bool isConstruction, AnalysisSession session)
    {
        List<Action<RuleContext, AnalysisSession>>? taken = null;
        foreach (var rule in rules)
        {
            if (rule.Calls is null || rule.Calls(target, isConstruction, session))
            {
                (taken ??= new List<Action<RuleContext, AnalysisSession>>(rules.Length)).Add(rule.Analyze);
            }
        }

        return taken is null ? NoRules : taken.ToArray();
    }
}
