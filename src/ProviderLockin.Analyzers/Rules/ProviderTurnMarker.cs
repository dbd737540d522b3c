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
        => PromptText.Report(context, session, RuleIdentifiers.ProviderTurnMarker, static found => found.Finding.Quirk == PromptQuirk.TurnMarker && (found.IsPrompt || found.IsUnmistakable), Create);

    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file)
        => file.Report(context, PromptQuirk.TurnMarker, Create);

    private static Diagnostic Create(PromptFinding finding, Location location, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties)
        => Diagnostic.Create(Descriptors.ProviderTurnMarker, location, DiagnosticProperties.Describe(Descriptors.ProviderTurnMarker, properties, new object[] { finding.Text }), finding.Text, finding.Owner);
}
