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
            options.MaxCallsPerLoop);
    }
}
