using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.CodeFixes.Fixes.Batch;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA3001 / PLA3002 "Throttle with a rate limiter": adds one shared <c>System.Threading.RateLimiting</c> token bucket to the
/// type and <c>using var lease = await LlmRateLimiter.AcquireAsync();</c> at the top of the loop body, or of the per-item
/// lambda of a fan-out. Offered only where <c>await</c> is allowed (an async method, lambda or local function) and
/// System.Threading.RateLimiting is available.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThrottleWithRateLimiterFix)), Shared]
public sealed class ThrottleWithRateLimiterFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.ThrottleWithRateLimiter";
    private const string TitleText = "Throttle with a rate limiter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UnboundedLlmLoop, RuleIdentifiers.UnthrottledFanOut);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One(TitleText, EquivalenceKey);

    protected override bool IsAvailable(Compilation compilation) => HasRateLimiting(compilation);

    protected override bool CanFix(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => FindBody(root, model, diagnostic, cancellationToken) is not null;

    /// <summary>
    /// System.Threading.RateLimiting is referenced and usable from this project. Checked again where the fix is applied:
    /// `dotnet format` runs Fix All without asking for the single fix first, and on a Blazor WebAssembly app (no
    /// RateLimiting reference) the limiter then broke the build with CS0234 (found on real code).
    /// </summary>
    private static bool HasRateLimiting(Compilation compilation)
        => compilation.GetTypeByMetadataName("System.Threading.RateLimiting.TokenBucketRateLimiter") is { DeclaredAccessibility: Accessibility.Public } limiter
           && compilation.IsSymbolAccessibleWithin(limiter, compilation.Assembly);

    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !HasRateLimiting(model.Compilation))
        {
            return document;
        }

        var bodies = new Dictionary<SyntaxNode, bool>();
        var types = new HashSet<TypeDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindBody(root, model, diagnostic, cancellationToken) is { } body && !bodies.ContainsKey(body))
            {
                bodies[body] = ReturnsValue(model, body, cancellationToken);
                types.Add(DocumentEditing.ContainingType(body)!);
            }
        }

        if (bodies.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(bodies.Keys.Concat(types), (original, rewritten) => original switch
        {
            TypeDeclarationSyntax when types.Contains(original)
                => BatchMembers.EnsureLimiter((TypeDeclarationSyntax)rewritten, model.GetDeclaredSymbol(original, cancellationToken) as INamedTypeSymbol, DocumentEditing.EndOfLine(root)),
            _ when bodies.TryGetValue(original, out var returnsValue) => AcquireFirst(rewritten, returnsValue, DocumentEditing.EndOfLine(root)),
            _ => rewritten,
        });

        var unit = (CompilationUnitSyntax)newRoot;
        unit = DocumentEditing.EnsureUsing(unit, model.Compilation, "System");
        unit = DocumentEditing.EnsureUsing(unit, model.Compilation, "System.Threading.RateLimiting");
        return await DocumentEditing.FormatAsync(document.WithSyntaxRoot(unit), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The body that runs once per item: a loop body (statement) or a fan-out lambda's body, where await is allowed.</summary>
    private static SyntaxNode? FindBody(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (DocumentEditing.ContainingType(node) is null)
        {
            return null;
        }

        var owner = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or InvocationExpressionSyntax);
        switch (owner)
        {
            case CommonForEachStatementSyntax { Statement: var body } forEach when IsInAsyncCode(forEach):
                return body;
            case ForStatementSyntax { Statement: var body } forLoop when IsInAsyncCode(forLoop):
                return body;
            case WhileStatementSyntax { Statement: var body } whileLoop when IsInAsyncCode(whileLoop):
                return body;
            case DoStatementSyntax { Statement: var body } doLoop when IsInAsyncCode(doLoop):
                return body;
            case InvocationExpressionSyntax invocation:
                return PerItemLambda(model, invocation, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>The async lambda run per item by Task.WhenAll(items.Select(...)) or Parallel.ForEachAsync, as PLA3002 recognised it.</summary>
    private static SyntaxNode? PerItemLambda(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || !FanOutShapes.TryRecognize(operation, new WellKnownTypes(model.Compilation), out var fanOut)
            || fanOut.Kind == FanOutKind.ParallelLoop && operation.TargetMethod.Name != "ForEachAsync"
            || fanOut.Kind == FanOutKind.Plinq)
        {
            return null;
        }

        // Only async lambdas: adding an await to a synchronous one would change what it returns.
        return FanOutShapes.Unwrap(fanOut.Work)?.Syntax is LambdaExpressionSyntax { AsyncKeyword.RawKind: not 0 } lambda ? lambda : null;
    }

    /// <summary>An expression-bodied async lambda whose delegate returns Task&lt;T&gt; must keep returning the value.</summary>
    private static bool ReturnsValue(SemanticModel model, SyntaxNode body, CancellationToken cancellationToken)
        => body is LambdaExpressionSyntax lambda
           && model.GetSymbolInfo(lambda, cancellationToken).Symbol is IMethodSymbol { ReturnType: INamedTypeSymbol { IsGenericType: true } };

    private static bool IsInAsyncCode(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax localFunction:
                    return localFunction.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Puts the lease first in the body; an expression-bodied lambda becomes a block that awaits (and returns) its call.</summary>
    private static SyntaxNode AcquireFirst(SyntaxNode body, bool returnsValue, string eol)
    {
        var lease = SyntaxFactory.ParseStatement($"using var lease = await {BatchMembers.LimiterName}.AcquireAsync();")
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(eol));
        switch (body)
        {
            case BlockSyntax block:
                return block.WithStatements(block.Statements.Insert(0, lease)).WithAdditionalAnnotations(Formatter.Annotation);
            case LambdaExpressionSyntax { Block: { } block } lambda:
                return lambda.WithBlock(block.WithStatements(block.Statements.Insert(0, lease))).WithAdditionalAnnotations(Formatter.Annotation);
            case LambdaExpressionSyntax { ExpressionBody: { } expression } lambda:
                // async x => await chat.GetResponseAsync(x)  →  async x => { using var lease = ...; return await chat.GetResponseAsync(x); }
                var awaited = expression is AwaitExpressionSyntax ? expression.WithoutTrivia() : SyntaxFactory.AwaitExpression(expression.WithoutTrivia());
                StatementSyntax last = returnsValue ? SyntaxFactory.ReturnStatement(awaited) : SyntaxFactory.ExpressionStatement(awaited);
                return lambda
                    .WithExpressionBody(null)
                    .WithArrowToken(lambda.ArrowToken.WithTrailingTrivia(SyntaxFactory.EndOfLine(eol)))
                    .WithBlock(Block(eol, lease, last.WithLeadingTrivia(SyntaxFactory.ElasticMarker).WithTrailingTrivia(SyntaxFactory.EndOfLine(eol))))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            case StatementSyntax statement:
                return Block(eol, lease, statement.WithLeadingTrivia(SyntaxFactory.ElasticMarker))
                    .WithLeadingTrivia(statement.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia)))
                    .WithTrailingTrivia(statement.GetTrailingTrivia())
                    .WithAdditionalAnnotations(Formatter.Annotation);
            default:
                return body;
        }
    }

    private static BlockSyntax Block(string eol, params StatementSyntax[] statements)
        => SyntaxFactory.Block(statements)
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.ElasticMarker).WithTrailingTrivia(SyntaxFactory.EndOfLine(eol)))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.ElasticMarker));
}
