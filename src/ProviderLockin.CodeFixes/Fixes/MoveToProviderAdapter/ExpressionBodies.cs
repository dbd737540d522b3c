using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes.MoveToProviderAdapter;

/// <summary>
/// <c>T M(...) =&gt; expression;</c> seen as <c>T M(...) { return expression; }</c> (or <c>{ expression; }</c> when nothing is
/// returned), so statement-based fixes can work on it, and turned back into an arrow with the original layout afterwards.
/// </summary>
internal static class ExpressionBodies
{
    /// <summary>The expression-bodied method <paramref name="node"/> is in, if any.</summary>
    public static MethodDeclarationSyntax? ArrowMethodOf(SyntaxNode node)
        => node.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>()?.Parent as MethodDeclarationSyntax;

    /// <summary>The method with a block body, <paramref name="inside"/> (a node of its expression) carrying <paramref name="mark"/>.</summary>
    public static MethodDeclarationSyntax? ToBlockBody(MethodDeclarationSyntax method, SyntaxNode inside, SyntaxAnnotation mark, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method.ExpressionBody is null || model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol)
        {
            return null;
        }

        var marked = method.ReplaceNode(inside, inside.WithAdditionalAnnotations(mark));
        var expression = marked.ExpressionBody!.Expression.WithoutTrivia();
        StatementSyntax statement = ReturnsValue(symbol, model.Compilation)
            ? SyntaxFactory.ReturnStatement(expression)
            : SyntaxFactory.ExpressionStatement(expression);
        return marked.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block(statement));
    }

    /// <summary>The block-bodied method with <paramref name="body"/> written back as <paramref name="original"/>'s arrow, when it is one statement.</summary>
    public static MethodDeclarationSyntax BackToArrow(MethodDeclarationSyntax blockBodied, BlockSyntax body, MethodDeclarationSyntax original)
    {
        var expression = body.Statements.Count == 1 ? body.Statements[0] switch
        {
            ReturnStatementSyntax { Expression: { } returned } => returned,
            ExpressionStatementSyntax { Expression: var evaluated } => evaluated,
            _ => null,
        } : null;

        return expression is null || original.ExpressionBody is null
            ? blockBodied.WithBody(body)
            : blockBodied.WithBody(null)
                .WithExpressionBody(original.ExpressionBody.WithExpression(expression.WithTriviaFrom(original.ExpressionBody.Expression)))
                .WithSemicolonToken(original.SemicolonToken);
    }

    /// <summary>Whether <c>return value;</c> is how the body ends: not for void, nor for an async Task / ValueTask.</summary>
    private static bool ReturnsValue(IMethodSymbol method, Compilation compilation)
    {
        if (method.ReturnsVoid)
        {
            return false;
        }

        return !method.IsAsync
               || !SymbolEqualityComparer.Default.Equals(method.ReturnType, compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"))
               && !SymbolEqualityComparer.Default.Equals(method.ReturnType, compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask"));
    }
}
