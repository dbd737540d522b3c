using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// What a rule sees for one operation of the member being analyzed. The analyzer walks each operation block once and
/// hands every operation to the rules with this context; diagnostics are reported through the block's context, so a
/// finding anywhere in the member (a literal declared three lines above the call) is local to it, as the IDE expects.
/// </summary>
internal readonly struct RuleContext
{
    private readonly Action<Diagnostic> _report;
    private readonly WalkState _walk;

    public RuleContext(IOperation operation, ISymbol containingSymbol, bool isGeneratedCode, Action<Diagnostic> report, CancellationToken cancellationToken)
        : this(operation, containingSymbol, isGeneratedCode, report, new WalkState(), cancellationToken)
    {
    }

    private RuleContext(IOperation operation, ISymbol containingSymbol, bool isGeneratedCode, Action<Diagnostic> report, WalkState walk, CancellationToken cancellationToken)
    {
        Operation = operation;
        ContainingSymbol = containingSymbol;
        IsGeneratedCode = isGeneratedCode;
        _report = report;
        _walk = walk;
        CancellationToken = cancellationToken;
    }

    public IOperation Operation { get; }

    /// <summary>The member (method, field, property, top-level statements) whose code this is.</summary>
    public ISymbol ContainingSymbol { get; }

    public bool IsGeneratedCode { get; }

    public CancellationToken CancellationToken { get; }

    public RuleContext With(IOperation operation) => new(operation, ContainingSymbol, IsGeneratedCode, _report, _walk, CancellationToken);

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>
    /// First claim of a rule at a location within this walk wins: one literal reached from two calls of the same member is
    /// one finding. The state lives only as long as the walk, so re-analysing the member (the IDE does) reports it again.
    /// </summary>
    public bool TryClaim(string ruleId, Location location) => (_walk.Claimed ??= new HashSet<(string, Location)>()).Add((ruleId, location));

    private sealed class WalkState
    {
        public HashSet<(string, Location)>? Claimed;
    }
}
