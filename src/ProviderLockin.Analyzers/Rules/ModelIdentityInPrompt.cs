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
    {
        foreach (var found in PromptText.For(context, session))
        {
            var finding = found.Finding;
            if (found.IsPrompt && finding.Quirk == PromptQuirk.ModelIdentity
                && context.TryClaim(RuleIdentifiers.ModelIdentityInPrompt + ":" + finding.Text, found.Location))
            {
                AnalysisSession.Report(context, Create(finding, found.Location));
            }
        }
    }

    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file)
    {
        if (file.IsAbstractionLayer)
        {
            return;
        }

        foreach (var (finding, location) in file.Findings)
        {
            if (finding.Quirk == PromptQuirk.ModelIdentity)
            {
                context.ReportDiagnostic(Create(finding, location));
            }
        }
    }

    private static Diagnostic Create(PromptFinding finding, Location location)
        => Diagnostic.Create(Descriptors.ModelIdentityInPrompt, location, DiagnosticProperties.Describe(Descriptors.ModelIdentityInPrompt, null, new object[] { finding.Text }), finding.Text, finding.Owner);
}
