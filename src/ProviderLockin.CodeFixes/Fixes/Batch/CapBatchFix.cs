using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.CodeFixes.Fixes.Batch;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA3001 / PLA3002 "Cap the batch": before the loop or fan-out, a guard that throws when the batch is larger than a named
/// maximum (<c>if (items.Count &gt; MaxItemsPerBatch) { throw new InvalidOperationException(...); }</c>), with one constant per
/// type set to the configured <c>provider_lockin.max_calls_per_loop</c>. Nothing is skipped silently: a larger batch fails
/// with a message that says so. Offered where the size can be read again without side effects: a local, parameter, field
/// or property with <c>Count</c> / <c>Length</c> (<c>foreach</c>, <c>Task.WhenAll(items.Select(...))</c>,
/// <c>Parallel.ForEach[Async]</c>, PLINQ) or a <c>for</c> / <c>Parallel.For</c> bound that is such a read, in a statement of a block.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CapBatchFix)), Shared]
public sealed class CapBatchFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.CapBatch";
    private const string TitleText = "Cap the batch (fail above " + BatchMembers.CapName + ")";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UnboundedLlmLoop, RuleIdentifiers.UnthrottledFanOut);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One(TitleText, EquivalenceKey);

    protected override bool CanFix(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => FindTarget(root, model, diagnostic, cancellationToken) is not null;

    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var eol = DocumentEditing.EndOfLine(root);
        var guards = new Dictionary<StatementSyntax, StatementSyntax>();
        var caps = new Dictionary<TypeDeclarationSyntax, int>();
        var guarded = new HashSet<(SyntaxNode Block, string Size)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            // One guard per size and block: the first one bounds every later loop over the same items.
            if (FindTarget(root, model, diagnostic, cancellationToken) is not { } target || guards.ContainsKey(target.Statement)
                || !guarded.Add((target.Statement.Parent!, target.Size)))
            {
                continue;
            }

            caps[DocumentEditing.ContainingType(target.Statement)!] = MaxCalls(diagnostic);
            guards[target.Statement] = BatchMembers.SizeGuard(target.Size, target.Inclusive, eol);
        }

        if (guards.Count == 0)
        {
            return document;
        }

        // The guards go before their statements; then each type gains the constant once, whichever file holds its other parts.
        var newRoot = root.ReplaceNodes(guards.Keys.Select(s => (SyntaxNode)s.Parent!).Distinct().Concat(caps.Keys), (original, rewritten) => original switch
        {
            BlockSyntax block => WithGuards(block, (BlockSyntax)rewritten, guards),
            TypeDeclarationSyntax type when caps.TryGetValue(type, out var value)
                => BatchMembers.EnsureCap((TypeDeclarationSyntax)rewritten, model.GetDeclaredSymbol(type, cancellationToken) as INamedTypeSymbol, value, eol),
            _ => rewritten,
        });

        var unit = DocumentEditing.EnsureUsing((CompilationUnitSyntax)newRoot, model.Compilation, "System");
        return await DocumentEditing.FormatAsync(document.WithSyntaxRoot(unit), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The block (as rewritten so far) with each guard inserted before its statement.</summary>
    private static BlockSyntax WithGuards(BlockSyntax original, BlockSyntax rewritten, Dictionary<StatementSyntax, StatementSyntax> guards)
    {
        var statements = new List<StatementSyntax>();
        for (var i = 0; i < original.Statements.Count; i++)
        {
            if (guards.TryGetValue(original.Statements[i], out var guard))
            {
                // The guard takes the statement's leading comments and indentation; the statement keeps its indentation.
                var statement = rewritten.Statements[i];
                statements.Add(guard.WithLeadingTrivia(statement.GetLeadingTrivia()));
                statements.Add(statement.WithLeadingTrivia(StatementTrivia.WithoutComments(statement.GetLeadingTrivia())));
            }
            else
            {
                statements.Add(rewritten.Statements[i]);
            }
        }

        return rewritten.WithStatements(SyntaxFactory.List(statements));
    }

    private readonly struct Target
    {
        public Target(StatementSyntax statement, string size, bool inclusive)
        {
            Statement = statement;
            Size = size;
            Inclusive = inclusive;
        }

        /// <summary>The statement of a block the guard goes before.</summary>
        public StatementSyntax Statement { get; }

        /// <summary>The batch size as the guard reads it: <c>items.Count</c>, <c>orders.Length</c>, <c>n</c>.</summary>
        public string Size { get; }

        /// <summary>A <c>&lt;=</c> loop bound: the guard fails at the cap itself.</summary>
        public bool Inclusive { get; }
    }

    /// <summary>What to guard, when the guard can read the size again without side effects and sit in a block.</summary>
    private static Target? FindTarget(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (DocumentEditing.ContainingType(node) is null || node.ContainsDiagnostics)
        {
            return null;
        }

        var owner = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or InvocationExpressionSyntax);
        var statement = owner?.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(s => s.Parent is BlockSyntax);
        if (statement is null)
        {
            return null;
        }

        switch (owner)
        {
            case ForEachStatementSyntax { AwaitKeyword.RawKind: 0 } forEach when owner == statement:
                return Collection(statement, model, forEach.Expression, cancellationToken);

            case ForStatementSyntax { Condition: BinaryExpressionSyntax condition } when owner == statement
                && (condition.IsKind(SyntaxKind.LessThanExpression) || condition.IsKind(SyntaxKind.LessThanOrEqualExpression)):
                return Count(statement, model, condition.Right, condition.IsKind(SyntaxKind.LessThanOrEqualExpression), cancellationToken);

            case InvocationExpressionSyntax invocation:
                return FanOutSource(statement, model, invocation, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary>The collection (or Parallel.For's bound) the fan-out starts one call per item of, as PLA3002 recognised it.</summary>
    private static Target? FanOutSource(StatementSyntax statement, SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || !FanOutShapes.TryRecognize(operation, new WellKnownTypes(model.Compilation), out var fanOut)
            || fanOut.Source?.Syntax is not ExpressionSyntax source)
        {
            return null;
        }

        return fanOut.SourceIsCount
            ? Count(statement, model, source, inclusive: false, cancellationToken)
            : Collection(statement, model, source, cancellationToken);
    }

    /// <summary>A collection read without side effects whose type has an int <c>Count</c> or <c>Length</c>.</summary>
    private static Target? Collection(StatementSyntax statement, SemanticModel model, ExpressionSyntax collection, CancellationToken cancellationToken)
    {
        if (!IsPlainRead(model, collection, cancellationToken) || model.GetTypeInfo(collection, cancellationToken).Type is not { } type)
        {
            return null;
        }

        foreach (var name in new[] { "Count", "Length" })
        {
            if (SizeProperty(type, name) is not null)
            {
                return new Target(statement, $"{collection.WithoutTrivia()}.{name}", inclusive: false);
            }
        }

        return null;
    }

    private static IPropertySymbol? SizeProperty(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.Length: 0, Type.SpecialType: SpecialType.System_Int32 } property)
                {
                    return property;
                }
            }
        }

        // An interface's members come from the interfaces it extends; a class's interface members may be explicit
        // implementations (an array's Count), which `items.Count` cannot read.
        foreach (var contract in type.TypeKind == TypeKind.Interface ? type.AllInterfaces : ImmutableArray<INamedTypeSymbol>.Empty)
        {
            foreach (var member in contract.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.Length: 0, Type.SpecialType: SpecialType.System_Int32 } property)
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static Target? Count(StatementSyntax statement, SemanticModel model, ExpressionSyntax count, bool inclusive, CancellationToken cancellationToken)
        => model.GetTypeInfo(count, cancellationToken).Type?.SpecialType == SpecialType.System_Int32
           && !model.GetConstantValue(count, cancellationToken).HasValue
           && IsPlainRead(model, count, cancellationToken)
            ? new Target(statement, count.WithoutTrivia().ToString(), inclusive)
            : null;

    /// <summary>A local, parameter, field or property read (of such a read): reading it again changes nothing.</summary>
    private static bool IsPlainRead(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case IdentifierNameSyntax or ThisExpressionSyntax:
                return model.GetSymbolInfo(expression, cancellationToken).Symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol { Parameters.Length: 0 }
                       || expression is ThisExpressionSyntax;
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                return model.GetSymbolInfo(access.Name, cancellationToken).Symbol is IFieldSymbol or IPropertySymbol { Parameters.Length: 0 }
                       && IsPlainRead(model, access.Expression, cancellationToken);
            default:
                return false;
        }
    }

    private static int MaxCalls(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticProperties.MaxCallsPerLoop, out var text)
           && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : 100;
}
