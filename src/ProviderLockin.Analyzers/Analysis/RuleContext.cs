using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// What a rule sees for one operation of the member being analyzed. The driver walks each member's operations once and
/// hands the kinds the rules care about to all of them with this context; diagnostics are reported through the
/// operation's context, so a finding anywhere in the member (a literal declared three lines above the call) is local to
/// it, as the IDE expects.
/// </summary>
internal readonly struct RuleContext
{
    // Small on purpose: it is copied into every rule call, and the driver's OperationAnalysisContext (ten fields) is kept
    // once per member in BlockState instead of being copied along with each operation.
    public RuleContext(IOperation operation, BlockState block, CancellationToken cancellationToken)
    {
        Operation = operation;
        Block = block;
        CancellationToken = cancellationToken;
    }

    public IOperation Operation { get; }

    /// <summary>The same member and reporting, looking at another of its operations (the loop around a call).</summary>
    public RuleContext WithOperation(IOperation operation) => new(operation, Block, CancellationToken);

    /// <summary>The member (method, field, property, top-level statements) whose code this is.</summary>
    public ISymbol ContainingSymbol => Block.OwningSymbol;

    public bool IsGeneratedCode => Block.IsGeneratedCode;

    public CancellationToken CancellationToken { get; }

    /// <summary>Facts about the member computed once and shared by the rules (see <see cref="BlockState"/>).</summary>
    public BlockState Block { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => Block.Report(diagnostic);

    /// <summary>
    /// First claim of a rule at a location within this member wins: one literal reached from two calls of the same member
    /// is one finding. The state lives only as long as the member's analysis, so re-analysing it (the IDE does) reports it again.
    /// </summary>
    public bool TryClaim(string ruleId, Location location) => Block.TryClaim(ruleId, location);
}

/// <summary>Per-member state of one analysis of an operation block: claims and facts the rules share.</summary>
internal sealed class BlockState
{
    private HashSet<(string, Location)>? _claimed;
    private Dictionary<IOperation, LoopFacts>? _loops;

    private readonly System.Action<Diagnostic>? _report;
    private OperationAnalysisContext _operationContext;
    private bool _hasOperationContext;

    public BlockState(ISymbol owningSymbol, bool isGeneratedCode, ImmutableArray<IOperation> operationBlocks = default)
    {
        OwningSymbol = owningSymbol;
        IsGeneratedCode = isGeneratedCode;
        OperationBlocks = operationBlocks.IsDefault ? ImmutableArray<IOperation>.Empty : operationBlocks;
    }

    /// <summary>For a walk of the driver's own (the report's wiring census), reporting where it likes.</summary>
    public BlockState(ISymbol owningSymbol, System.Action<Diagnostic> report)
        : this(owningSymbol, isGeneratedCode: false)
    {
        _report = report;
    }

    /// <summary>
    /// Keeps the first operation's context for reporting. Every operation of one block is handed to the analyzer by one
    /// driver call with the same diagnostic sink, so any of them reports for the whole member.
    /// </summary>
    public void Enter(in OperationAnalysisContext context)
    {
        if (!_hasOperationContext)
        {
            _operationContext = context;
            _hasOperationContext = true;
        }
    }

    public void Report(Diagnostic diagnostic)
    {
        if (_report is not null)
        {
            _report(diagnostic);
        }
        else
        {
            _operationContext.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>Every root of the member's code (a constructor's initializer and its body are two).</summary>
    public ImmutableArray<IOperation> OperationBlocks { get; }

    public ISymbol OwningSymbol { get; }

    public bool IsGeneratedCode { get; }

    // Operation actions of one block run one after another, so no locking is needed.
    public bool TryClaim(string ruleId, Location location) => (_claimed ??= new HashSet<(string, Location)>()).Add((ruleId, location));

    /// <summary>What the loop rules found in a loop body, computed by the first rule that asks.</summary>
    public bool TryGetLoopFacts(IOperation loop, out LoopFacts facts)
    {
        facts = default;
        return _loops is not null && _loops.TryGetValue(loop, out facts);
    }

    public void SetLoopFacts(IOperation loop, LoopFacts facts) => (_loops ??= new Dictionary<IOperation, LoopFacts>())[loop] = facts;

    /// <summary>Whether the member calls a provider SDK directly (PLA2004 leaves its preview uses to PLA1001): found once, by the first preview use.</summary>
    public bool? CallsProviderSdkDirectly { get; set; }

    /// <summary>The operation whose prompt text was last located and scanned (PLA2001 and PLA2003 share one scan).</summary>
    public IOperation? PromptTextOperation { get; private set; }

    public List<PromptTextFinding>? PromptTextFindings { get; private set; }

    public void SetPromptText(IOperation operation, List<PromptTextFinding>? findings)
    {
        PromptTextOperation = operation;
        PromptTextFindings = findings;
    }

    private ISymbol? _lastMember;
    private bool _lastIsLlmApi;
    private IOperation? _quirkTextRoot;
    private bool _rootHasQuirkText;

    /// <summary>
    /// Whether any string literal of the block holding <paramref name="operationInMember"/> holds a prompt quirk: scanned
    /// once per block (a constructor's initializer and body are two), for the first local that asks.
    /// </summary>
    public bool MemberHasQuirkText(IOperation operationInMember, List<PromptFinding> scanned)
    {
        var root = operationInMember;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        if (!ReferenceEquals(root, _quirkTextRoot))
        {
            _rootHasQuirkText = PromptLocator.HasQuirk(root.Syntax, scanned);
            _quirkTextRoot = root;
        }

        return _rootHasQuirkText;
    }

    /// <summary>Several rules ask whether the same call target is an LLM API in a row; the last answer is kept.</summary>
    public bool IsLlmApi(ISymbol member, PromptLocator prompts)
    {
        if (!ReferenceEquals(member, _lastMember))
        {
            _lastIsLlmApi = prompts.ComputeIsLlmApiForBlock(member);
            _lastMember = member;
        }

        return _lastIsLlmApi;
    }

    /// <summary>
    /// Set at the member's first loop. The walk meets a loop before the calls in its body, so a call that may be an LLM call
    /// looks for loops around it only in members that have one.
    /// </summary>
    public bool HasLoops { get; private set; }

    public void NoteLoop() => HasLoops = true;

    private List<IOperation>? _judgedLoops;

    /// <summary>True the first time a loop is to be judged by the loop rules: a loop with several calls in it is judged once.</summary>
    public bool TryStartJudging(IOperation loop)
    {
        _judgedLoops ??= new List<IOperation>();
        foreach (var judged in _judgedLoops)
        {
            if (ReferenceEquals(judged, loop))
            {
                return false;
            }
        }

        _judgedLoops.Add(loop);
        return true;
    }
}

/// <summary>Whether a loop body makes an LLM call, and the one it makes on every iteration.</summary>
internal readonly struct LoopFacts
{
    public LoopFacts(bool containsLlmCall, IOperation? unconditionalCall, LlmCallInfo unconditionalInfo)
    {
        ContainsLlmCall = containsLlmCall;
        UnconditionalCall = unconditionalCall;
        UnconditionalInfo = unconditionalInfo;
    }

    public bool ContainsLlmCall { get; }

    public IOperation? UnconditionalCall { get; }

    public LlmCallInfo UnconditionalInfo { get; }
}
