using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>A quirk found in the text of one operation's strings, where to report it, and whether the text is known to be a prompt.</summary>
internal readonly struct PromptTextFinding
{
    public PromptTextFinding(PromptFinding finding, Location location, bool isPrompt, bool isUnmistakable)
    {
        Finding = finding;
        Location = location;
        IsPrompt = isPrompt;
        IsUnmistakable = isUnmistakable;
    }

    public PromptFinding Finding { get; }

    public Location Location { get; }

    /// <summary>
    /// False for a string written into a local, a field or a property, or returned by a method (a template built by a
    /// helper, a persona kept in a field), that is neither named like a prompt nor handed to an LLM call where it is
    /// written: rules report there only what cannot be anything else (<see cref="IsUnmistakable"/>).
    /// </summary>
    public bool IsPrompt { get; }

    /// <summary>Text no ordinary string contains (<see cref="PromptScanner.IsUnmistakable"/>): reported even where <see cref="IsPrompt"/> is false.</summary>
    public bool IsUnmistakable { get; }
}

/// <summary>
/// The quirks in the prompt text of one operation, for the prompt-text rules (PLA2001, PLA2003): the prompts the
/// <see cref="PromptLocator"/> finds (followed to the literals they are built from by <see cref="StringFlow"/>), or, where
/// no prompt is known, the string the operation writes. Located and scanned once per operation, whichever rule asks first.
/// </summary>
internal static class PromptText
{
    private static readonly List<PromptTextFinding> None = new();

    /// <summary>The calls whose arguments may be prompts: to an LLM API, or to a method of the project that may hand them to one.</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => session.Prompts.IsLlmApi(target) || session.PromptFlow.IsProjectMethod(target);

    public static List<PromptTextFinding> For(RuleContext context, AnalysisSession session)
    {
        var block = context.Block;
        if (ReferenceEquals(block.PromptTextOperation, context.Operation))
        {
            return block.PromptTextFindings ?? None;
        }

        var findings = Find(context, session);
        block.SetPromptText(context.Operation, findings);
        return findings ?? None;
    }

    /// <summary>
    /// Reports each finding <paramref name="accept"/> takes, once per rule, text and location within the member: the loop
    /// PLA2001 and PLA2003 share (their own decisions are in <paramref name="accept"/> and <paramref name="create"/>).
    /// </summary>
    public static void Report(
        RuleContext context,
        AnalysisSession session,
        string ruleId,
        Func<PromptTextFinding, bool> accept,
        Func<PromptFinding, Location, ImmutableDictionary<string, string?>?, Diagnostic> create)
    {
        var findings = For(context, session);
        foreach (var found in findings)
        {
            if (accept(found) && context.TryClaim(ruleId + ":" + found.Finding.Text, found.Location))
            {
                AnalysisSession.Report(context, create(found.Finding, found.Location, found.IsPrompt ? null : DestinationUnknown));
            }
        }
    }

    private static readonly ImmutableDictionary<string, string?> DestinationUnknown =
        ImmutableDictionary<string, string?>.Empty.Add(Diagnostics.DiagnosticProperties.DestinationUnknown, "true");

    private static List<PromptTextFinding>? Find(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        List<IOperation>? values = null;
        session.Prompts.FindPromptValues(operation, context.Block, ref values);
        session.PromptFlow.AddPromptArguments(operation, context.Block, ref values);
        if (values is null)
        {
            return FindInWrittenString(context, session);
        }

        var sources = new List<StringSource>();
        foreach (var value in values)
        {
            StringFlow.CollectSources(value, sources, session.PromptFlow);
        }

        List<PromptTextFinding>? result = null;
        var scanned = new List<PromptFinding>();
        foreach (var source in sources)
        {
            // A prompt member declared elsewhere (named like a prompt, or in a class of prompts) is reported in its own
            // initializer, on the marker itself.
            var declaredElsewhere = source.ReportAt is not null && source.ConstantMember is not null;
            if (declaredElsewhere && PromptLocator.IsPromptMember(source.ConstantMember!))
            {
                continue;
            }

            scanned.Clear();
            PromptLocator.Scan(source.Syntax, scanned);
            var hasHumanAndAssistant = PromptScanner.HasHumanAndAssistant(scanned);
            foreach (var finding in scanned)
            {
                var unmistakable = PromptScanner.IsUnmistakable(finding, hasHumanAndAssistant);

                // A persona is reported in the member's own initializer already (see FindInWrittenString), once; so is what is
                // unmistakable in a helper's own return statements and locals.
                if (declaredElsewhere && PromptScanner.IsPersona(finding)
                    || source.ReturnedBy is not null && source.ConstantMember is null && unmistakable)
                {
                    continue;
                }

                var location = source.ReportAt ?? Location.Create(operation.Syntax.SyntaxTree, new TextSpan(finding.Start, finding.Length));
                (result ??= new List<PromptTextFinding>()).Add(new PromptTextFinding(finding, location, isPrompt: true, unmistakable));
            }
        }

        // The abstraction layer may write any prompt; asked only when there is something to report (most prompts have no quirk).
        return result is not null && session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree) ? null : result;
    }

    /// <summary>
    /// A string written here — a literal, an interpolation or a concatenation, into a local, a return, a field or a
    /// property — that no prompt path reaches. The rules report only what is unmistakable there (in a field or property,
    /// only a persona); a field's other quirks are reported where it is used as a prompt.
    /// </summary>
    private static List<PromptTextFinding>? FindInWrittenString(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        var value = operation switch
        {
            IVariableDeclaratorOperation { Initializer: { } initializer } => initializer.Value,
            IReturnOperation { ReturnedValue: { } returned } => returned,
            IFieldInitializerOperation field => field.Value,
            IPropertyInitializerOperation property => property.Value,
            _ => null,
        };

        if (value is null || value.Type?.SpecialType != SpecialType.System_String
            || value.Syntax is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax))
        {
            return null;
        }

        var scanned = new List<PromptFinding>();
        PromptLocator.Scan(value.Syntax, scanned);

        // A string that is the token alone ("<|endoftext|>") is a tokenizer's constant, not text sent to a model.
        if (scanned.Count == 0 || value.ConstantValue is { HasValue: true, Value: string whole } && scanned.Count == 1 && whole.Trim() == scanned[0].Text
            || session.Layer.Contains(context.ContainingSymbol, operation.Syntax.SyntaxTree))
        {
            return null;
        }

        // In a field or property only a persona counts: special tokens there are as often documentation of a template
        // ("<|im_start|> starts a turn") as a template, and where the member is used as a prompt they are reported there.
        var memberInitializer = operation is IFieldInitializerOperation or IPropertyInitializerOperation;
        var hasHumanAndAssistant = PromptScanner.HasHumanAndAssistant(scanned);
        var result = new List<PromptTextFinding>(scanned.Count);
        foreach (var finding in scanned)
        {
            var location = Location.Create(operation.Syntax.SyntaxTree, new TextSpan(finding.Start, finding.Length));
            var unmistakable = memberInitializer ? PromptScanner.IsPersona(finding) : PromptScanner.IsUnmistakable(finding, hasHumanAndAssistant);
            result.Add(new PromptTextFinding(finding, location, isPrompt: false, unmistakable));
        }

        return result;
    }
}
