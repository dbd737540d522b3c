using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2001: a model family's turn markers or special tokens in a prompt (<c>&lt;|im_start|&gt;</c>, <c>[INST]</c>,
/// <c>&lt;|eot_id|&gt;</c>, <c>&lt;start_of_turn&gt;</c>, Anthropic's legacy <c>\n\nHuman:</c>), in every prompt the
/// <see cref="PromptLocator"/> finds and in prompt files. In a string that is not known to be a prompt (a template a
/// helper builds and returns), only markers whose shape cannot be anything else.
/// </summary>
internal static class ProviderTurnMarker
{
    public static void Analyze(RuleContext context, AnalysisSession session)
        => PromptText.Report(context, session, RuleIdentifiers.ProviderTurnMarker, static (found, all) => found.Finding.Quirk == PromptQuirk.TurnMarker
            && (found.IsPrompt || IsUnmistakable(found.Finding.Text, all)), Create);

    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file)
        => file.Report(context, PromptQuirk.TurnMarker, Create);

    /// <summary>
    /// Special tokens no prose contains (<c>&lt;|im_start|&gt;</c>, <c>&lt;&lt;SYS&gt;&gt;</c>, <c>[INST]</c>,
    /// <c>&lt;start_of_turn&gt;</c>), and Anthropic's <c>Human:</c> only together with <c>Assistant:</c>.
    /// </summary>
    private static bool IsUnmistakable(string text, List<PromptTextFinding> all)
        => text is "Human:" or "Assistant:"
            ? HasHumanAndAssistant(all)
            : text.StartsWith("<|", StringComparison.Ordinal) || text.StartsWith("<<", StringComparison.Ordinal)
              || text.IndexOf("[INST]", StringComparison.Ordinal) >= 0 || text.IndexOf("[/INST]", StringComparison.Ordinal) >= 0
              || text is "<start_of_turn>" or "<end_of_turn>";

    private static bool HasHumanAndAssistant(List<PromptTextFinding> findings)
    {
        var hasHuman = false;
        var hasAssistant = false;
        foreach (var found in findings)
        {
            hasHuman |= found.Finding.Text == "Human:";
            hasAssistant |= found.Finding.Text == "Assistant:";
        }

        return hasHuman && hasAssistant;
    }

    private static Diagnostic Create(PromptFinding finding, Location location)
        => Diagnostic.Create(Descriptors.ProviderTurnMarker, location, DiagnosticProperties.Describe(Descriptors.ProviderTurnMarker, null, new object[] { finding.Text }), finding.Text, finding.Owner);
}
