using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2001: a model family's turn markers or special tokens in a prompt (<c>&lt;|im_start|&gt;</c>, <c>[INST]</c>,
/// <c>&lt;|eot_id|&gt;</c>, <c>&lt;start_of_turn&gt;</c>, Anthropic's legacy <c>\n\nHuman:</c>). Found by
/// <see cref="PromptScanner"/> in every prompt the <see cref="PromptLocator"/> finds and in prompt files.
/// </summary>
internal static class ProviderTurnMarker
{
    public static Diagnostic Create(PromptFinding finding, Location location)
        => Diagnostic.Create(Descriptors.ProviderTurnMarker, location, DiagnosticProperties.Describe(Descriptors.ProviderTurnMarker, null, new object[] { finding.Text }), finding.Text, finding.Owner);
}
