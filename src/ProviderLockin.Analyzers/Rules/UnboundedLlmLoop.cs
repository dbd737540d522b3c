using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
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
            || loop is IForEachLoopOperation forEach && IsPartsOfOneResponse(forEach.Collection, session, 0)
            || session.Throttles.Contains(loop.Body, options))
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
    /// <c>foreach (var call in completion.ToolCalls)</c>, <c>response.Messages</c>: the parts of one model response (a
    /// provider SDK or Microsoft.Extensions.AI response object, not a client), as many as the model returned for one
    /// request. Answering each is the tool loop of one conversation, not a batch over data.
    /// </summary>
    private static bool IsPartsOfOneResponse(IOperation collection, AnalysisSession session, int depth)
    {
        switch (StringFlow.SkipImplicitConversions(collection))
        {
            case IConversionOperation conversion when depth < 4:
                return IsPartsOfOneResponse(conversion.Operand, session, depth + 1);
            case IPropertyReferenceOperation { Instance: { Type: { } owner } }:
                return session.Catalog.TryGetProvider(owner, out var provider) ? !provider.IsClient
                    : AbstractionTypes.IsAbstractionType(owner) && owner.TypeKind == TypeKind.Class && owner.Name.EndsWith("Response", System.StringComparison.Ordinal);
            case IInvocationOperation { TargetMethod.Name: "Where" or "OfType" or "ToList" or "ToArray", Arguments.Length: > 0 } query when depth < 4:
                return IsPartsOfOneResponse(query.Arguments[0].Value, session, depth + 1);
            case ILocalReferenceOperation local when depth < 4:
                var any = false;
                foreach (var assigned in StringFlow.AssignedValues(local))
                {
                    if (!IsPartsOfOneResponse(assigned, session, depth + 1))
                    {
                        return false;
                    }

                    any = true;
                }

                return any;
            default:
                return false;
        }
    }

    /// <summary>
    /// A loop over a collection or a counted range calls once per item; a while/do loop (an agent loop driven by the model's
    /// answers, a queue drained until empty) calls once per iteration, and its message must not speak of items.
    /// </summary>
    private static string Pace(ILoopOperation loop)
        => loop.LoopKind is LoopKind.ForEach or LoopKind.For ? "for every item" : "on every iteration";
}
