using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
        if (values is null)
        {
            AnalyzeUnmistakable(context, session);
            return;
        }

        if (session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
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

    /// <summary>
    /// A string written into a local or returned by a method (a template built by a helper) that is neither named like a
    /// prompt nor handed to an LLM call where it is written: only turn markers whose shape cannot be anything else are
    /// reported there — special tokens such as <c>&lt;|im_start|&gt;</c>, <c>[INST]</c>…<c>[/INST]</c>, <c>&lt;&lt;SYS&gt;&gt;</c>,
    /// and Anthropic's <c>\n\nHuman:</c> only together with <c>\n\nAssistant:</c>. Fields are left to the prompt path, which
    /// reports them where they are used as prompts (once).
    /// </summary>
    private static void AnalyzeUnmistakable(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        var value = operation switch
        {
            IVariableDeclaratorOperation { Initializer: { } initializer } => initializer.Value,
            IReturnOperation { ReturnedValue: { } returned } => returned,
            _ => null,
        };

        // Strings written here, not read from elsewhere: a literal, an interpolation or a concatenation of them.
        if (value is null || value.Type?.SpecialType != SpecialType.System_String
            || value.Syntax is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
            || session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
        {
            return;
        }

        var findings = new List<PromptFinding>();
        PromptLocator.Scan(value.Syntax, findings);

        // A string that is the token alone ("<|endoftext|>") is a tokenizer's constant, not text sent to a model.
        if (findings.Count == 0 || value.ConstantValue is { HasValue: true, Value: string whole } && findings.Count == 1 && whole.Trim() == findings[0].Text)
        {
            return;
        }

        var hasHuman = false;
        var hasAssistant = false;
        foreach (var finding in findings)
        {
            hasHuman |= finding.Text == "Human:";
            hasAssistant |= finding.Text == "Assistant:";
        }

        foreach (var finding in findings)
        {
            var unmistakable = finding.Quirk == PromptQuirk.TurnMarker
                               && (finding.Text is "Human:" or "Assistant:" ? hasHuman && hasAssistant : IsSpecialToken(finding.Text));
            var location = Location.Create(operation.Syntax.SyntaxTree, new TextSpan(finding.Start, finding.Length));
            if (unmistakable && context.TryClaim(ClaimKey(finding), location))
            {
                AnalysisSession.Report(context, Create(finding, location));
            }
        }
    }

    /// <summary><c>&lt;|im_start|&gt;</c>, <c>&lt;&lt;SYS&gt;&gt;</c>, <c>[INST]</c>, <c>&lt;start_of_turn&gt;</c>: tokens no prose contains.</summary>
    private static bool IsSpecialToken(string text)
        => text.StartsWith("<|", System.StringComparison.Ordinal) || text.StartsWith("<<", System.StringComparison.Ordinal)
           || text.IndexOf("[INST]", System.StringComparison.Ordinal) >= 0 || text.IndexOf("[/INST]", System.StringComparison.Ordinal) >= 0
           || text is "<start_of_turn>" or "<end_of_turn>";

    // Not finding.Quirk + text: Enum.ToString is reflection, measurable even on a handful of findings.
    private static string ClaimKey(PromptFinding finding)
        => (finding.Quirk == PromptQuirk.TurnMarker ? Diagnostics.RuleIdentifiers.ProviderTurnMarker : Diagnostics.RuleIdentifiers.ModelIdentityInPrompt) + ":" + finding.Text;

    public static Diagnostic Create(PromptFinding finding, Location location)
        => finding.Quirk == PromptQuirk.TurnMarker
            ? ProviderTurnMarker.Create(finding, location)
            : ModelIdentityInPrompt.Create(finding, location);
}
