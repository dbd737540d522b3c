using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>The comments around statements a fix moves: they go with the code, the layout stays where it was.</summary>
internal static class StatementTrivia
{
    public static IEnumerable<string> Comments(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (IsComment(item))
            {
                yield return item.ToFullString().TrimEnd();
            }
        }
    }

    /// <summary>The trivia with each comment line removed (the comment, its indentation and its line end).</summary>
    public static SyntaxTriviaList WithoutComments(SyntaxTriviaList trivia)
    {
        var kept = new List<SyntaxTrivia>();
        var line = new List<SyntaxTrivia>();
        var lineHasComment = false;
        foreach (var item in trivia)
        {
            line.Add(item);
            lineHasComment |= IsComment(item);
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                if (!lineHasComment)
                {
                    kept.AddRange(line);
                }

                line.Clear();
                lineHasComment = false;
            }
        }

        // The last, unfinished line: the statement's indentation, or a comment at the end of the line.
        foreach (var item in line)
        {
            if (!IsComment(item))
            {
                kept.Add(item);
            }
        }

        return SyntaxFactory.TriviaList(kept);
    }

    private static bool IsComment(SyntaxTrivia trivia)
        => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
           || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);
}
