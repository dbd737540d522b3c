using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes.Batch;

/// <summary>Members the volume fixes add once per type: the batch cap constant and the shared rate limiter.</summary>
internal static class BatchMembers
{
    public const string CapName = "MaxItemsPerBatch";
    public const string LimiterName = "LlmRateLimiter";

    /// <summary>
    /// <c>private const int MaxItemsPerBatch = 100;</c>, unless the type already has a member of that name in any of its
    /// parts (<paramref name="symbol"/>: a partial type split over files gets it once).
    /// </summary>
    public static TypeDeclarationSyntax EnsureCap(TypeDeclarationSyntax type, INamedTypeSymbol? symbol, int value, string eol)
        => HasMember(type, symbol, CapName) ? type : InsertFirst(type, $"private const int {CapName} = {value};", eol);

    /// <summary>A token bucket shared by the type's LLM requests; callers wait in the queue instead of failing.</summary>
    public static TypeDeclarationSyntax EnsureLimiter(TypeDeclarationSyntax type, INamedTypeSymbol? symbol, string eol)
        => HasMember(type, symbol, LimiterName)
            ? type
            : InsertFirst(
                type,
                $"private static readonly RateLimiter {LimiterName} = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions " +
                "{ TokenLimit = 5, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = int.MaxValue });",
                eol);

    /// <summary>Adds a member before the first one, on its own line followed by a blank line, indented like its neighbours.</summary>
    private static TypeDeclarationSyntax InsertFirst(TypeDeclarationSyntax type, string declaration, string eol)
    {
        var member = SyntaxFactory.ParseMemberDeclaration(declaration)!;
        var indentation = type.Members.Count > 0 && type.Members[0].GetLeadingTrivia() is { Count: > 0 } trivia && trivia.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(trivia.Last())
            : SyntaxFactory.TriviaList();
        member = member
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(eol), SyntaxFactory.EndOfLine(eol))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return type.WithMembers(type.Members.Insert(0, member));
    }

    private static bool HasMember(TypeDeclarationSyntax type, INamedTypeSymbol? symbol, string name)
        => symbol is not null && symbol.GetMembers(name).Length > 0
           || type.Members.Any(m => m switch
           {
               FieldDeclarationSyntax field => field.Declaration.Variables.Any(v => v.Identifier.ValueText == name),
               PropertyDeclarationSyntax property => property.Identifier.ValueText == name,
               _ => false,
           });

    /// <summary>
    /// <c>if (size &gt; MaxItemsPerBatch) { throw new InvalidOperationException(...); }</c>: a batch larger than the cap fails
    /// loudly instead of being cut short without a word.
    /// </summary>
    public static StatementSyntax SizeGuard(string size, bool inclusive, string eol)
        => SyntaxFactory.ParseStatement(
                $"if ({size} {(inclusive ? ">=" : ">")} {CapName}){eol}{{{eol}" +
                $"throw new InvalidOperationException($\"{{{size}}} items exceed the cap of {{{CapName}}} LLM calls per batch; split the input or raise the cap.\");{eol}}}{eol}")
            .WithAdditionalAnnotations(Formatter.Annotation);
}
