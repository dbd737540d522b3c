using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2003: a prompt that tells or assumes the model is a named product ("You are ChatGPT", "as a Gemini model",
/// "trained by OpenAI"). Found by <see cref="PromptScanner"/> alongside PLA2001.
/// </summary>
internal static class ModelIdentityInPrompt
{
    public static Diagnostic Create(PromptFinding finding, Location location)
        => Diagnostic.Create(Descriptors.ModelIdentityInPrompt, location, DiagnosticProperties.Describe(Descriptors.ModelIdentityInPrompt, null, new object[] { finding.Text }), finding.Text, finding.Owner);
}
