using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2003: a prompt that tells or assumes the model is a named product ("You are ChatGPT", "as a Gemini model",
/// "trained by OpenAI"), in every prompt the <see cref="PromptLocator"/> finds and in prompt files. Strings not known to
/// be prompts are left alone: "I am Claude" in a log line is not an instruction to a model.
/// </summary>
internal static class ModelIdentityInPrompt
{
    public static void Analyze(RuleContext context, AnalysisSession session)
        => PromptText.Report(context, session, RuleIdentifiers.ModelIdentityInPrompt, static (found, _) => found.IsPrompt && found.Finding.Quirk == PromptQuirk.ModelIdentity, Create);

    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file)
        => file.Report(context, PromptQuirk.ModelIdentity, Create);

    private static Diagnostic Create(PromptFinding finding, Location location)
        => Diagnostic.Create(Descriptors.ModelIdentityInPrompt, location, DiagnosticProperties.Describe(Descriptors.ModelIdentityInPrompt, null, new object[] { finding.Text }), finding.Text, finding.Owner);
}
