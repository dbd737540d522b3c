using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>Where a squiggle goes: on the member name, on the constructed type, on the type that names the SDK.</summary>
internal static class SyntaxLocations
{
    /// <summary>
    /// <c>client.CompleteChat(...)</c> → <c>CompleteChat</c>; <c>new OpenAI.Chat.ChatClient(...)</c> → <c>ChatClient</c>;
    /// <c>new(...)</c> → <c>new</c>.
    /// </summary>
    public static Location MemberName(SyntaxNode syntax)
    {
        var node = syntax switch
        {
            InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
            ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
            ImplicitObjectCreationExpressionSyntax implicitCreation => (SyntaxNodeOrToken)implicitCreation.NewKeyword,
            ExpressionSyntax expression => NameOf(expression),
            _ => syntax,
        };

        return node.GetLocation() ?? syntax.GetLocation();
    }

    /// <summary>
    /// Inside a declared type (<c>Task&lt;OpenAI.Chat.ChatClient&gt;</c>), the name of <paramref name="typeName"/>
    /// (<c>ChatClient</c>); the whole type when an alias hides the name.
    /// </summary>
    public static TypeSyntax NamedPart(TypeSyntax typeSyntax, string typeName, int occurrence)
    {
        var seen = 0;
        foreach (var node in typeSyntax.DescendantNodesAndSelf())
        {
            if (node is SimpleNameSyntax name && name.Identifier.ValueText == typeName && !IsQualifierPart(name) && seen++ == occurrence)
            {
                return name;
            }
        }

        return typeSyntax;
    }

    /// <summary><c>for</c>, <c>foreach</c>, <c>await foreach</c>, <c>while</c>, <c>do</c>: the keyword of the loop.</summary>
    public static Location LoopKeyword(SyntaxNode loop) => loop switch
    {
        ForStatementSyntax forLoop => forLoop.ForKeyword.GetLocation(),
        CommonForEachStatementSyntax { AwaitKeyword.RawKind: not 0 } awaitForEach
            => Location.Create(loop.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(awaitForEach.AwaitKeyword.SpanStart, awaitForEach.ForEachKeyword.Span.End)),
        CommonForEachStatementSyntax forEach => forEach.ForEachKeyword.GetLocation(),
        WhileStatementSyntax whileLoop => whileLoop.WhileKeyword.GetLocation(),
        DoStatementSyntax doLoop => doLoop.DoKeyword.GetLocation(),
        _ => loop.GetLocation(),
    };

    private static TypeSyntax RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        _ => type,
    };

    private static bool IsQualifierPart(SimpleNameSyntax name)
        => name.Parent is QualifiedNameSyntax qualified && qualified.Left == name;

    private static SyntaxNodeOrToken NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name,
        SimpleNameSyntax simpleName => simpleName,
        _ => expression,
    };
}
