using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Runs the prompt-text rules (PLA2001, PLA2003) over the prompts the locator finds in C# and over prompt files:
/// locate once, scan once, report each finding through its rule.
/// </summary>
internal static class PromptChecks
{
    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        List<IOperation>? values = null;
        session.Prompts.FindPromptValues(operation, context.Block, ref values);
        if (values is null || session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
        {
            return;
        }

        var sources = new List<StringSource>();
        foreach (var value in values)
        {
            StringFlow.CollectSources(value, sources);
        }

        var findings = new List<PromptFinding>();
        foreach (var source in sources)
        {
            // A prompt-named constant or field elsewhere is reported in its own initializer, on the marker itself.
            if (source.ReportAt is not null && source.ConstantMember is { } member && PromptLocator.IsPromptName(member.Name))
            {
                continue;
            }

            findings.Clear();
            PromptLocator.Scan(source.Syntax, findings);
            foreach (var finding in findings)
            {
                var location = source.ReportAt ?? Location.Create(operation.Syntax.SyntaxTree, new TextSpan(finding.Start, finding.Length));
                if (context.TryClaim(ClaimKey(finding), location))
                {
                    AnalysisSession.Report(context, Create(finding, location));
                }
            }
        }
    }

    // Not finding.Quirk + text: Enum.ToString is reflection, measurable even on a handful of findings.
    private static string ClaimKey(PromptFinding finding)
        => (finding.Quirk == PromptQuirk.TurnMarker ? Diagnostics.RuleIdentifiers.ProviderTurnMarker : Diagnostics.RuleIdentifiers.ModelIdentityInPrompt) + ":" + finding.Text;

    public static Diagnostic Create(PromptFinding finding, Location location)
        => finding.Quirk == PromptQuirk.TurnMarker
            ? ProviderTurnMarker.Create(finding, location)
            : ModelIdentityInPrompt.Create(finding, location);
}
