using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2003: a prompt that tells or assumes the model is a named product ("You are ChatGPT", "as a Gemini model",
/// "trained by OpenAI", "I am Claude"), in every prompt the <see cref="PromptLocator"/> finds and in prompt files. In a
/// string not known to be a prompt (a persona kept in a field, a template a helper returns) only a persona addressed to or
/// spoken by a named model ("You are ChatGPT", "I am Claude"); "made by Anthropic" there may be a product description.
/// </summary>
internal static class ModelIdentityInPrompt
{
    public static void Analyze(RuleContext context, AnalysisSession session)
        => PromptText.Report(context, session, RuleIdentifiers.ModelIdentityInPrompt, static found => found.Finding.Quirk == PromptQuirk.ModelIdentity && (found.IsPrompt || found.IsUnmistakable), Create);

    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file)
        => file.Report(context, PromptQuirk.ModelIdentity, Create);

    private static Diagnostic Create(PromptFinding finding, Location location, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties)
        => Diagnostic.Create(Descriptors.ModelIdentityInPrompt, location, DiagnosticProperties.Describe(Descriptors.ModelIdentityInPrompt, properties, new object[] { finding.Text }), finding.Text, finding.Owner);
}
