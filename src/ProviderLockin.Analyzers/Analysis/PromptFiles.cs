using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Rules;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Prompt files given to the compiler as AdditionalFiles: <c>*.prompty</c>, Semantic Kernel <c>skprompt.txt</c>,
/// <c>*.prompt</c>, <c>*.prompt.md</c>, <c>*.prompt.txt</c>. Each file is read and scanned once; the rules that look at
/// prompt files (PLA2001, PLA2003 on the text, PLA2002 and PLA2006 on a Prompty file's model keys) report from it, at
/// the line and column in the file.
/// </summary>
internal static class PromptFiles
{
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
        var path = context.AdditionalFile.Path;
        if (!IsPromptFile(path))
        {
            return;
        }

        // The abstraction layer may hold provider-specific prompts and model choices, not retired model IDs (PLA2006).
        var inLayer = session.Options.For(context.AdditionalFile).IsAbstractionLayer;
        if (inLayer && !session.On.RetiredModels || context.AdditionalFile.GetText(context.CancellationToken) is not { Length: > 0 } text)
        {
            return;
        }

        var file = new PromptFile(context.AdditionalFile, text, inLayer);
        if (session.On.TurnMarkers)
        {
            ProviderTurnMarker.AnalyzePromptFile(context, file);
        }

        if (session.On.ModelIdentity)
        {
            ModelIdentityInPrompt.AnalyzePromptFile(context, file);
        }

        if (session.On.ModelIds)
        {
            HardCodedModelId.AnalyzePromptFile(context, file, session);
        }

        if (session.On.RetiredModels)
        {
            RetiredModelId.AnalyzePromptFile(context, file, session);
        }
    }
}

/// <summary>One prompt file's text, its quirks (scanned on first use) and its Prompty front matter's model values.</summary>
internal sealed class PromptFile
{
    private static readonly string[] ModelKeys = { "model", "model_id", "modelId", "azure_deployment", "deployment", "deployment_name" };

    private List<(PromptFinding Finding, Location Location)>? _findings;
    private List<(string Value, Location Location)>? _models;

    public PromptFile(AdditionalText file, SourceText text, bool isAbstractionLayer)
    {
        File = file;
        Text = text;
        IsAbstractionLayer = isAbstractionLayer;
    }

    public AdditionalText File { get; }

    public SourceText Text { get; }

    public bool IsAbstractionLayer { get; }

    /// <summary>Reports the findings of one quirk, unless the file belongs to the abstraction layer (which may hold provider-specific prompts).</summary>
    public void Report(AdditionalFileAnalysisContext context, PromptQuirk quirk, Func<PromptFinding, Location, System.Collections.Immutable.ImmutableDictionary<string, string?>?, Diagnostic> create)
    {
        if (IsAbstractionLayer)
        {
            return;
        }

        foreach (var (finding, location) in Findings)
        {
            if (finding.Quirk == quirk)
            {
                context.ReportDiagnostic(create(finding, location, null));
            }
        }
    }

    public List<(PromptFinding Finding, Location Location)> Findings
    {
        get
        {
            if (_findings is null)
            {
                var content = Text.ToString();
                var scanned = new List<PromptFinding>();
                PromptScanner.Scan(content, 0, content.Length, 0, scanned);
                var findings = new List<(PromptFinding, Location)>(scanned.Count);
                foreach (var finding in scanned)
                {
                    findings.Add((finding, LocationOf(finding.Start, finding.Length)));
                }

                _findings = findings;
            }

            return _findings;
        }
    }

    /// <summary>
    /// The values of model keys in a Prompty file's front matter (YAML between two <c>---</c> lines); none for other files.
    /// </summary>
    public List<(string Value, Location Location)> FrontMatterModels => _models ??= ReadFrontMatterModels();

    private List<(string Value, Location Location)> ReadFrontMatterModels()
    {
        var models = new List<(string, Location)>();
        var lines = Text.Lines;
        if (!File.Path.EndsWith(".prompty", StringComparison.OrdinalIgnoreCase) || lines.Count < 2 || lines[0].ToString().Trim() != "---")
        {
            return models;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineText = line.ToString();
            if (lineText.Trim() == "---")
            {
                break;
            }

            var colon = lineText.IndexOf(':');
            if (colon <= 0 || !IsModelKey(lineText.Substring(0, colon).Trim()))
            {
                continue;
            }

            var rawValue = lineText.Substring(colon + 1);
            var value = rawValue.Trim().Trim('"', '\'');
            if (value.Length > 0)
            {
                models.Add((value, LocationOf(line.Start + colon + 1 + rawValue.IndexOf(value, StringComparison.Ordinal), value.Length)));
            }
        }

        return models;
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

    private Location LocationOf(int start, int length)
    {
        var span = new TextSpan(start, length);
        return Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
    }
}
