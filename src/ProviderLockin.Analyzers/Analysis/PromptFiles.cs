using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Prompt files given to the compiler as AdditionalFiles: <c>*.prompty</c>, Semantic Kernel <c>skprompt.txt</c>,
/// <c>*.prompt</c>, <c>*.prompt.md</c>, <c>*.prompt.txt</c>. The whole text is scanned for PLA2001 / PLA2003; a Prompty
/// file's front matter is read for hard-coded model IDs (PLA2002). Findings point at the line and column in the file.
/// </summary>
internal static class PromptFiles
{
    private static readonly string[] ModelKeys = { "model", "model_id", "modelId", "azure_deployment", "deployment", "deployment_name" };

    public static bool IsPromptFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".prompty", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".prompt", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".prompt.md", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".prompt.txt", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "skprompt.txt", StringComparison.OrdinalIgnoreCase);
    }

    public static void Analyze(AdditionalFileAnalysisContext context, AnalysisSession session)
    {
        var file = context.AdditionalFile;
        if (!IsPromptFile(file.Path))
        {
            return;
        }

        // The abstraction layer may hold provider-specific prompts and model choices, not retired model IDs (PLA2006).
        var inLayer = session.Options.For(file).IsAbstractionLayer;
        if (inLayer && !session.On.RetiredModels)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null || text.Length == 0)
        {
            return;
        }

        if (!inLayer)
        {
            var content = text.ToString();
            var findings = new List<PromptFinding>();
            PromptScanner.Scan(content, 0, content.Length, 0, findings);
            foreach (var finding in findings)
            {
                context.ReportDiagnostic(PromptChecks.Create(finding, LocationIn(file, text, finding.Start, finding.Length)));
            }
        }

        if (file.Path.EndsWith(".prompty", StringComparison.OrdinalIgnoreCase))
        {
            ReportFrontMatterModels(context, session, file, text, choiceRule: !inLayer);
        }
    }

    /// <summary>
    /// Prompty front matter is YAML between two <c>---</c> lines; a model key whose value is a model ID is a hard-coded
    /// choice (PLA2002), and a retired or deprecated one is reported as such too (PLA2006).
    /// </summary>
    private static void ReportFrontMatterModels(AdditionalFileAnalysisContext context, AnalysisSession session, AdditionalText file, SourceText text, bool choiceRule)
    {
        var lines = text.Lines;
        if (lines.Count < 2 || lines[0].ToString().Trim() != "---")
        {
            return;
        }

        var patterns = session.Options.For(file).ModelIdPatterns;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineText = line.ToString();
            if (lineText.Trim() == "---")
            {
                return;
            }

            var colon = lineText.IndexOf(':');
            if (colon <= 0 || !IsModelKey(lineText.Substring(0, colon).Trim()))
            {
                continue;
            }

            var rawValue = lineText.Substring(colon + 1);
            var value = rawValue.Trim().Trim('"', '\'');
            if (value.Length == 0)
            {
                continue;
            }

            var valueStart = line.Start + colon + 1 + rawValue.IndexOf(value, StringComparison.Ordinal);
            var location = LocationIn(file, text, valueStart, value.Length);
            if (session.On.RetiredModels && RetiredModelId.ForPromptFile(session, file, value, location) is { } retired)
            {
                context.ReportDiagnostic(retired);
            }

            if (choiceRule && ModelIds.TryGetProvider(value, patterns, out var provider))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardCodedModelId, location, DiagnosticProperties.Describe(Descriptors.HardCodedModelId, null, new object[] { value, provider }), value, provider));
            }
        }
    }

    private static bool IsModelKey(string key)
    {
        foreach (var candidate in ModelKeys)
        {
            if (string.Equals(key, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Location LocationIn(AdditionalText file, SourceText text, int start, int length)
    {
        var span = new TextSpan(start, length);
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }
}
