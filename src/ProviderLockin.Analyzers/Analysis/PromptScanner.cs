using System;
using System.Collections.Generic;

namespace ProviderLockin.Analyzers.Analysis;

internal enum PromptQuirk
{
    /// <summary>PLA2001: a turn marker or special token of one model family.</summary>
    TurnMarker,

    /// <summary>PLA2003: the prompt tells or assumes the model is a named product.</summary>
    ModelIdentity,
}

/// <summary>One quirk found in prompt text: where (absolute offset in the file) and whose.</summary>
internal readonly struct PromptFinding
{
    public PromptFinding(PromptQuirk quirk, int start, int length, string text, string owner)
    {
        Quirk = quirk;
        Start = start;
        Length = length;
        Text = text;
        Owner = owner;
    }

    public PromptQuirk Quirk { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The offending text as written, e.g. <c>&lt;|im_start|&gt;</c> or <c>You are ChatGPT</c>.</summary>
    public string Text { get; }

    /// <summary>The model family or product it belongs to.</summary>
    public string Owner { get; }
}

/// <summary>
/// Finds provider-specific quirks in prompt text: turn markers and special tokens (PLA2001) and a model's claimed
/// identity (PLA2003). It scans source text as written (inside string tokens or prompt files), so a finding's span is
/// exactly the offending text. One pass, a handful of comparisons per position: linear in the text's length.
/// </summary>
internal static class PromptScanner
{
    private sealed class Marker
    {
        public Marker(string text, string family, bool atTurnStart = false)
        {
            Text = text;
            Family = family;
            AtTurnStart = atTurnStart;
        }

        public string Text { get; }

        public string Family { get; }

        /// <summary>Anthropic's legacy "\n\nHuman:" turns: only a marker after a blank line, not "Human: resources".</summary>
        public bool AtTurnStart { get; }
    }

    private const string AnthropicLegacy = "Anthropic's legacy text-completion format";

    // Longest first within each leading character.
    private static readonly Marker[] Markers =
    {
        new("<|start_header_id|>", "Llama 3"),
        new("<|begin_of_text|>", "Llama 3"),
        new("<|end_header_id|>", "Llama 3"),
        new("<|python_tag|>", "Llama 3"),
        new("<|endoftext|>", "OpenAI GPT"),
        new("<|assistant|>", "Phi"),
        new("<|im_start|>", "ChatML"),
        new("<|im_end|>", "ChatML"),
        new("<|eot_id|>", "Llama 3"),
        new("<|eom_id|>", "Llama 3"),
        new("<|system|>", "Phi"),
        new("<|user|>", "Phi"),
        new("<|end|>", "Phi"),
        new("<start_of_turn>", "Gemma"),
        new("<end_of_turn>", "Gemma"),
        new("<s>[INST]", "Mistral"),
        new("<</SYS>>", "Llama 2"),
        new("<<SYS>>", "Llama 2"),
        new("[/INST]", "Llama 2 / Mistral"),
        new("[INST]", "Llama 2 / Mistral"),
        new("Assistant:", AnthropicLegacy, atTurnStart: true),
        new("Human:", AnthropicLegacy, atTurnStart: true),
    };

    private static readonly string[] IdentityLeads = { "you are ", "you're ", "i am ", "i'm ", "as an ", "as a ", "as " };

    /// <summary>Leads that address the model or speak as it: "You are Claude", "I am ChatGPT" are instructions or personas wherever written.</summary>
    private static readonly string[] PersonaLeads = { "you are ", "you're ", "i am ", "i'm " };

    private static readonly (string Name, string Owner)[] Products =
    {
        ("chatgpt", "ChatGPT (OpenAI)"),
        ("gpt", "GPT (OpenAI)"),
        ("claude", "Claude (Anthropic)"),
        ("gemini", "Gemini (Google)"),
        ("bard", "Bard (Google)"),
        ("llama", "Llama (Meta)"),
        ("mistral", "Mistral"),
        ("grok", "Grok (xAI)"),
    };

    private static readonly string[] MakerLeads = { "trained by ", "made by ", "created by ", "developed by ", "built by " };

    private static readonly (string Name, string Owner)[] Makers =
    {
        ("openai", "OpenAI"),
        ("anthropic", "Anthropic"),
        ("google", "Google"),
        ("meta", "Meta"),
        ("mistral", "Mistral"),
        ("xai", "xAI"),
    };

    /// <summary>
    /// A finding no ordinary text contains, so it is a prompt's even where no prompt is known: a special token
    /// (<c>&lt;|im_start|&gt;</c>, <c>&lt;&lt;SYS&gt;&gt;</c>, <c>[INST]</c>, <c>&lt;start_of_turn&gt;</c>), Anthropic's
    /// <c>Human:</c> only when <paramref name="hasHumanAndAssistant"/>, and a persona ("You are Claude", "I am ChatGPT").
    /// "as a Gemini model" and "trained by OpenAI" stay tied to prompts.
    /// </summary>
    public static bool IsUnmistakable(PromptFinding finding, bool hasHumanAndAssistant)
    {
        var text = finding.Text;
        if (finding.Quirk == PromptQuirk.ModelIdentity)
        {
            return IsPersona(finding);
        }

        return text is "Human:" or "Assistant:"
            ? hasHumanAndAssistant
            : text.StartsWith("<|", StringComparison.Ordinal) || text.StartsWith("<<", StringComparison.Ordinal)
              || text.IndexOf("[INST]", StringComparison.Ordinal) >= 0 || text.IndexOf("[/INST]", StringComparison.Ordinal) >= 0
              || text is "<start_of_turn>" or "<end_of_turn>";
    }

    /// <summary>A persona addressed to or spoken by a named model: "You are ChatGPT", "I am Claude".</summary>
    public static bool IsPersona(PromptFinding finding)
    {
        if (finding.Quirk != PromptQuirk.ModelIdentity)
        {
            return false;
        }

        foreach (var lead in PersonaLeads)
        {
            if (StartsWithIgnoreCase(finding.Text, 0, finding.Text.Length, lead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both halves of Anthropic's legacy format are among <paramref name="findings"/>.</summary>
    public static bool HasHumanAndAssistant(List<PromptFinding> findings)
    {
        var hasHuman = false;
        var hasAssistant = false;
        foreach (var finding in findings)
        {
            hasHuman |= finding.Text == "Human:";
            hasAssistant |= finding.Text == "Assistant:";
        }

        return hasHuman && hasAssistant;
    }

    /// <summary>Scans <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>); offsets in findings are shifted by <paramref name="offset"/>.</summary>
    public static void Scan(string text, int start, int end, int offset, List<PromptFinding> findings)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var matched = 0;
            if (c is '<' or '[' or 'H' or 'A')
            {
                matched = MatchMarker(text, i, end, start, offset, findings);
            }

            if (matched == 0 && MayLeadIdentity(c) && IsWordStart(text, i, start))
            {
                matched = MatchIdentity(text, i, end, offset, findings);
            }

            i += matched > 0 ? matched : 1;
        }
    }

    private static int MatchMarker(string text, int i, int end, int start, int offset, List<PromptFinding> findings)
    {
        foreach (var marker in Markers)
        {
            var length = marker.Text.Length;
            if (marker.Text[0] != text[i] || i + length > end || string.CompareOrdinal(text, i, marker.Text, 0, length) != 0)
            {
                continue;
            }

            if (marker.AtTurnStart && !FollowsBlankLine(text, i, start))
            {
                continue;
            }

            findings.Add(new PromptFinding(PromptQuirk.TurnMarker, offset + i, length, marker.Text, marker.Family));
            return length;
        }

        return 0;
    }

    /// <summary>First letters of the identity and maker leads ("you", "i", "as", "trained", "made", "created", "developed", "built").</summary>
    private static bool MayLeadIdentity(char c) => (c | 0x20) switch
    {
        'y' or 'i' or 'a' or 't' or 'm' or 'c' or 'd' or 'b' => true,
        _ => false,
    };

    private static int MatchIdentity(string text, int i, int end, int offset, List<PromptFinding> findings)
    {
        foreach (var lead in IdentityLeads)
        {
            if (StartsWithIgnoreCase(text, i, end, lead)
                && TryMatchName(text, i + lead.Length, end, Products, out var nameLength, out var owner)
                && !(lead[0] == 'i' && IsPossessive(text, i + lead.Length + nameLength, end)))
            {
                var length = lead.Length + nameLength;
                findings.Add(new PromptFinding(PromptQuirk.ModelIdentity, offset + i, length, text.Substring(i, length), owner));
                return length;
            }
        }

        foreach (var lead in MakerLeads)
        {
            if (StartsWithIgnoreCase(text, i, end, lead)
                && TryMatchName(text, i + lead.Length, end, Makers, out var nameLength, out var owner))
            {
                var length = lead.Length + nameLength;
                findings.Add(new PromptFinding(PromptQuirk.ModelIdentity, offset + i, length, text.Substring(i, length), owner));
                return length;
            }
        }

        return 0;
    }

    /// <summary>"I am Claude's biggest fan" speaks about the model, not as it.</summary>
    private static bool IsPossessive(string text, int i, int end)
        => i < end && (text[i] == '\'' || text[i] == '\u2019');

    private static bool TryMatchName(string text, int i, int end, (string Name, string Owner)[] names, out int length, out string owner)
    {
        foreach (var (name, who) in names)
        {
            // A whole word: "Claude" and "Claude's" count, "Claudette" does not; "GPT-4o" counts through "GPT".
            if (StartsWithIgnoreCase(text, i, end, name) && (i + name.Length == end || !char.IsLetter(text[i + name.Length])))
            {
                length = name.Length;
                owner = who;
                return true;
            }
        }

        length = 0;
        owner = string.Empty;
        return false;
    }

    /// <summary>
    /// True when a blank line precedes position <paramref name="i"/>: two line breaks, written as characters or as
    /// <c>\n</c> escapes, with only spaces, tabs and carriage returns around them.
    /// </summary>
    private static bool FollowsBlankLine(string text, int i, int start)
    {
        var newlines = 0;
        var j = i - 1;
        while (j >= start && newlines < 2)
        {
            var c = text[j];
            if (c is ' ' or '\t' or '\r')
            {
                j--;
            }
            else if (c == '\n')
            {
                newlines++;
                j--;
            }
            else if (j - 1 >= start && text[j - 1] == '\\' && c is 'n' or 'r')
            {
                newlines += c == 'n' ? 1 : 0;
                j -= 2;
            }
            else
            {
                break;
            }
        }

        return newlines >= 2;
    }

    private static bool IsWordStart(string text, int i, int start)
        => i == start || !char.IsLetterOrDigit(text[i - 1]) || (i - 2 >= start && text[i - 2] == '\\' && text[i - 1] is 'n' or 't' or 'r');

    private static bool StartsWithIgnoreCase(string text, int i, int end, string value)
        => i + value.Length <= end && string.Compare(text, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
