using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>One C# source the suite feeds to the analyzers, with its diagnostic markup removed.</summary>
public sealed record TestInput(string Name, string Source)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every C# test input of the suite, read from the test sources themselves so that a new test is a new robustness
/// input without anyone registering it: string literals in the rule, code-fix and mechanism tests that declare a type
/// or a method, with the testing library's markup (<c>{|#0:…|}</c>, <c>{|PLA2001:…|}</c>, <c>[|…|]</c>) stripped.
/// </summary>
public static class TestInputs
{
    private static readonly string[] Folders = { "Rules", "CodeFixes", "Mechanisms" };

    private static readonly Regex MarkupOpen = new(@"\{\|(#\d+|[A-Z]{2,}\d+):", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyList<TestInput>> Inputs = new(Load);

    public static IReadOnlyList<TestInput> All => Inputs.Value;

    public static string StripMarkup(string text)
        => MarkupOpen.Replace(text, string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal).Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);

    private static IReadOnlyList<TestInput> Load()
    {
        var root = Path.Combine(TestReferences.RepositoryRoot, "tests", "ProviderLockin.Analyzers.Tests");
        var inputs = new List<TestInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs").OrderBy(f => f, StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
                foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
                {
                    if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || !LooksLikeCSharp(literal.Token.ValueText))
                    {
                        continue;
                    }

                    var source = StripMarkup(literal.Token.ValueText);
                    if (seen.Add(source))
                    {
                        var line = literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        inputs.Add(new TestInput($"{folder}/{Path.GetFileName(file)}:{line}", source));
                    }
                }
            }
        }

        return inputs;
    }

    private static bool LooksLikeCSharp(string text)
        => text.Length > 30
            && (text.Contains("class ", StringComparison.Ordinal)
                || text.Contains("record ", StringComparison.Ordinal)
                || text.Contains("struct ", StringComparison.Ordinal)
                || text.Contains("interface ", StringComparison.Ordinal)
                || (text.Contains("using ", StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal)));
}
