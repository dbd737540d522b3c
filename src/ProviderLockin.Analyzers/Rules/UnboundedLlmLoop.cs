using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA3001: a loop that makes an LLM call on every iteration, whose iteration count is driven by data or model output,
/// with no constant cap, no concurrency limit and no rate limit. Applies in every layer: volume is the concern.
/// </summary>
internal static class UnboundedLlmLoop
{
    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        if (context.Operation is not ILoopOperation { Syntax: StatementSyntax } loop)
        {
            return;
        }

        var options = session.Options.For(loop.Syntax.SyntaxTree);
        var facts = IterationPaths.GetLoopFacts(context, loop, session.Calls, options);
        if (facts.UnconditionalCall is null
            || facts.UnconditionalInfo.IsThrottled
            || LoopBounds.IsConstantBounded(loop, options.MaxCallsPerLoop)
            || session.Calls.ContainsThrottle(loop.Body, options))
        {
            return;
        }

        AnalysisSession.Report(
            context,
            Descriptors.UnboundedLlmLoop,
            SyntaxLocations.LoopKeyword(loop.Syntax),
            DiagnosticProperties.WithMaxCallsPerLoop(options.MaxCallsPerLoop),
            Pace(loop),
            options.MaxCallsPerLoop);
    }

    /// <summary>
    /// A loop over a collection or a counted range calls once per item; a while/do loop (an agent loop driven by the model's
    /// answers, a queue drained until empty) calls once per iteration, and its message must not speak of items.
    /// </summary>
    private static string Pace(ILoopOperation loop)
        => loop.LoopKind is LoopKind.ForEach or LoopKind.For ? "for every item" : "on every iteration";
}
