using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA3001 / PLA3002 "Cap the batch": <c>foreach (var x in items)</c> → <c>foreach (var x in items.Take(MaxItemsPerBatch))</c>,
/// <c>i &lt; items.Count</c> → <c>i &lt; Math.Min(items.Count, MaxItemsPerBatch)</c>, and the same on the source of a
/// <c>Task.WhenAll(items.Select(...))</c>, <c>Parallel.ForEach[Async]</c> or PLINQ fan-out, with one named constant per type
/// set to the configured <c>provider_lockin.max_calls_per_loop</c>. Not offered for <c>while</c> / <c>do</c> loops, async
/// streams, or code outside a type.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CapBatchFix)), Shared]
public sealed class CapBatchFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.CapBatch";
    private const string Title = "Cap the batch (Take a named maximum)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UnboundedLlmLoop, RuleIdentifiers.UnthrottledFanOut);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) => await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindTarget(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        var caps = new Dictionary<TypeDeclarationSyntax, int>();
        var usesTake = false;
        foreach (var diagnostic in diagnostics)
        {
            if (FindTarget(root, model, diagnostic, cancellationToken) is not { } target)
            {
                continue;
            }

            var type = DocumentEditing.ContainingType(target.Expression)!;
            caps[type] = MaxCalls(diagnostic);
            replacements[target.Expression] = target.UseMin ? BatchMembers.Min(target.Expression) : BatchMembers.Take(target.Expression);
            usesTake |= !target.UseMin;
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        // One pass: inner replacements (the collections) are applied before their type gains the constant.
        var newRoot = root.ReplaceNodes(replacements.Keys.Concat<SyntaxNode>(caps.Keys), (original, rewritten) => original switch
        {
            ExpressionSyntax expression when replacements.TryGetValue(expression, out var replacement) => replacement,
            TypeDeclarationSyntax type when caps.TryGetValue(type, out var value) => BatchMembers.EnsureCap((TypeDeclarationSyntax)rewritten, value, DocumentEditing.EndOfLine(root)),
            _ => rewritten,
        });

        var unit = (CompilationUnitSyntax)newRoot;
        unit = DocumentEditing.EnsureUsing(unit, model.Compilation, "System");
        if (usesTake)
        {
            unit = DocumentEditing.EnsureUsing(unit, model.Compilation, "System.Linq");
        }

        return await DocumentEditing.FormatAsync(document.WithSyntaxRoot(unit), cancellationToken).ConfigureAwait(false);
    }

    private readonly struct Target
    {
        public Target(ExpressionSyntax expression, bool useMin)
        {
            Expression = expression;
            UseMin = useMin;
        }

        public ExpressionSyntax Expression { get; }

        public bool UseMin { get; }
    }

    /// <summary>The collection to cap (or the count to clamp), when the result is sure to compile.</summary>
    private static Target? FindTarget(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (DocumentEditing.ContainingType(node) is null)
        {
            return null;
        }

        var statement = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or InvocationExpressionSyntax);
        switch (statement)
        {
            case ForEachStatementSyntax { AwaitKeyword.RawKind: 0 } forEach when IsEnumerable(model, forEach.Expression, cancellationToken):
                return new Target(forEach.Expression, useMin: false);

            case ForStatementSyntax { Condition: BinaryExpressionSyntax condition }
                when condition.IsKind(SyntaxKind.LessThanExpression) || condition.IsKind(SyntaxKind.LessThanOrEqualExpression):
                return IsInt(model, condition.Right, cancellationToken) ? new Target(condition.Right, useMin: true) : null;

            case InvocationExpressionSyntax invocation:
                return FanOutSource(model, invocation, cancellationToken);

            default:
                return null;
        }
    }

    private static Target? FanOutSource(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method || invocation.ArgumentList.Arguments.Count == 0)
        {
            return null;
        }

        var first = invocation.ArgumentList.Arguments[0].Expression;
        switch (method.ContainingType?.Name, method.Name)
        {
            case ("Task", "WhenAll" or "WaitAll"):
                // Task.WhenAll(items.Select(...)) → Task.WhenAll(items.Take(N).Select(...))
                return first is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" } select }
                       && IsEnumerable(model, select.Expression, cancellationToken)
                    ? new Target(select.Expression, useMin: false)
                    : null;
            case ("Parallel", "ForEach" or "ForEachAsync") when IsEnumerable(model, first, cancellationToken):
                return new Target(first, useMin: false);
            case ("Parallel", "For") when invocation.ArgumentList.Arguments.Count >= 2 && IsInt(model, invocation.ArgumentList.Arguments[1].Expression, cancellationToken):
                return new Target(invocation.ArgumentList.Arguments[1].Expression, useMin: true);
            case ("ParallelEnumerable", _):
                // items.AsParallel().Select(...) → items.Take(N).AsParallel().Select(...)
                var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
                while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax step } && step.Name.Identifier.ValueText != "AsParallel")
                {
                    receiver = step.Expression;
                }

                return receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax asParallel }
                       && IsEnumerable(model, asParallel.Expression, cancellationToken)
                    ? new Target(asParallel.Expression, useMin: false)
                    : null;
            default:
                return null;
        }
    }

    private static bool IsEnumerable(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        return type is IArrayTypeSymbol
            || type is INamedTypeSymbol named && (IsGenericEnumerable(named) || named.AllInterfaces.Any(IsGenericEnumerable));

        static bool IsGenericEnumerable(INamedTypeSymbol candidate)
            => candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
    }

    private static bool IsInt(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        => model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_Int32
           && !model.GetConstantValue(expression, cancellationToken).HasValue;

    private static int MaxCalls(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticProperties.MaxCallsPerLoop, out var text)
           && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : 100;
}
