using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.CodeFixes.Fixes.MoveToProviderAdapter;

/// <summary>
/// What "move to provider adapter" takes out of a method: the statement with the provider call, grown to the smallest
/// run of statements of the same block after which no SDK value is left — inputs become parameters, the one value used
/// afterwards (or the method's return) becomes the result. Null when the statements cannot be moved as they are: they
/// use the containing type's members, write variables declared before them, jump out, yield, or take or leave an SDK value.
/// </summary>
internal sealed class AdapterExtraction
{
    private const int MaxGrowth = 50;

    private AdapterExtraction(
        BlockSyntax block,
        int first,
        int last,
        ImmutableArray<ISymbol> inputs,
        ILocalSymbol? output,
        ITypeSymbol? resultType,
        bool endsWithReturn,
        bool isAsync,
        TypeDeclarationSyntax containingType)
    {
        Block = block;
        First = first;
        Last = last;
        Inputs = inputs;
        Output = output;
        ResultType = resultType;
        EndsWithReturn = endsWithReturn;
        IsAsync = isAsync;
        ContainingType = containingType;
    }

    public BlockSyntax Block { get; }

    public int First { get; }

    public int Last { get; }

    public IEnumerable<StatementSyntax> Statements => Block.Statements.Skip(First).Take(Last - First + 1);

    /// <summary>Parameters and locals read by the statements and declared before them, in order of first use.</summary>
    public ImmutableArray<ISymbol> Inputs { get; }

    /// <summary>The local the statements declare and the rest of the method reads, if any.</summary>
    public ILocalSymbol? Output { get; }

    /// <summary>What the adapter method returns (null: nothing).</summary>
    public ITypeSymbol? ResultType { get; }

    /// <summary>The statements end the method with <c>return</c>: the call site returns the adapter's result.</summary>
    public bool EndsWithReturn { get; }

    /// <summary>The statements await: the adapter method is async and the call site awaits it.</summary>
    public bool IsAsync { get; }

    public TypeDeclarationSyntax ContainingType { get; }

    public static AdapterExtraction? TryCreate(SyntaxNode flagged, SemanticModel model, ProviderCatalog catalog, CancellationToken cancellationToken)
    {
        var statement = flagged.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(s => s.Parent is BlockSyntax);
        if (statement?.Parent is not BlockSyntax block
            || block.Ancestors().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault() is not MethodDeclarationSyntax method
            || method.Modifiers.Any(SyntaxKind.StaticKeyword)
            || model.GetDeclaredSymbol(method, cancellationToken) is not { } methodSymbol
            || method.Parent is not ClassDeclarationSyntax and not RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword }
            || ((TypeDeclarationSyntax)method.Parent).Modifiers.Any(SyntaxKind.StaticKeyword)
            || block.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        var first = block.Statements.IndexOf(statement);
        var last = first;
        for (var growth = 0; growth < MaxGrowth; growth++)
        {
            // A `using` declaration's scope runs to the end of its block: the statements move with all of it, or the range
            // would cut its implicit try/finally in two (and data flow cannot be analyzed at all).
            for (var i = first; i <= last; i++)
            {
                if (block.Statements[i] is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword })
                {
                    last = block.Statements.Count - 1;
                    break;
                }
            }

            var flow = model.AnalyzeDataFlow(block.Statements[first], block.Statements[last]);
            if (flow is null || !flow.Succeeded)
            {
                return null;
            }

            var grown = false;

            // An SDK value coming in: take the statement that makes it too, if it is in this block.
            foreach (var variable in flow.DataFlowsIn)
            {
                if (IsSdkTyped(variable, catalog) && DeclaringIndex(block, variable) is { } index && index < first)
                {
                    first = index;
                    grown = true;
                }
            }

            // An SDK value going out: take the statements that use it.
            foreach (var variable in flow.VariablesDeclared)
            {
                if (IsSdkTyped(variable, catalog) && LastReadingIndex(block, variable, last, model, cancellationToken) is { } index && index > last)
                {
                    last = index;
                    grown = true;
                }
            }

            if (!grown)
            {
                return Finish(block, first, last, model, catalog, method, methodSymbol, cancellationToken);
            }
        }

        return null;
    }

    private static AdapterExtraction? Finish(BlockSyntax block, int first, int last, SemanticModel model, ProviderCatalog catalog, MethodDeclarationSyntax method, IMethodSymbol methodSymbol, CancellationToken cancellationToken)
    {
        var firstStatement = block.Statements[first];
        var lastStatement = block.Statements[last];
        var flow = model.AnalyzeDataFlow(firstStatement, lastStatement);
        var control = model.AnalyzeControlFlow(firstStatement, lastStatement);
        if (flow is null || control is null || !flow.Succeeded || !control.Succeeded || control.EntryPoints.Length > 0)
        {
            return null;
        }

        // Only a final `return` may leave early, and only from the method's own body.
        var endsWithReturn = lastStatement is ReturnStatementSyntax && block.Parent == method && last == block.Statements.Count - 1;
        foreach (var exit in control.ExitPoints)
        {
            if (exit is not ReturnStatementSyntax || !endsWithReturn)
            {
                return null;
            }
        }

        if (control.ReturnStatements.Length > 0 && !endsWithReturn)
        {
            return null;
        }

        // Statements still being typed stay where they are: moving them would move the syntax errors too. Preprocessor
        // directives would lose their partners.
        var range = block.Statements.Skip(first).Take(last - first + 1).ToList();
        if (range.Any(s => s.ContainsDiagnostics || s.ContainsDirectives))
        {
            return null;
        }

        var containingType = (TypeDeclarationSyntax)method.Parent!;
        var type = model.GetDeclaredSymbol(containingType, cancellationToken);
        foreach (var node in range.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            switch (node)
            {
                case YieldStatementSyntax or ThisExpressionSyntax or BaseExpressionSyntax:
                    return null;
                case SimpleNameSyntax name when UsesContainingType(name, model, type, cancellationToken):
                    return null;
            }
        }

        // Variables declared before and written inside: the caller would not see the write.
        foreach (var written in flow.WrittenInside)
        {
            if (!flow.VariablesDeclared.Contains(written))
            {
                return null;
            }
        }

        var inputs = new List<ISymbol>();
        foreach (var read in flow.ReadInside.Concat(flow.Captured))
        {
            if (flow.VariablesDeclared.Contains(read) || inputs.Contains(read, SymbolEqualityComparer.Default))
            {
                continue;
            }

            if (read is not (ILocalSymbol or IParameterSymbol) || read is IParameterSymbol { IsThis: true } || IsSdkTyped(read, catalog) || !IsNameable(TypeOf(read)))
            {
                return null;
            }

            inputs.Add(read);
        }

        // A `using` local is "read" after the statements by its implicit Dispose at the end of the block, which moves with
        // it (the range runs to the end of the block): not a value the caller goes on with.
        var disposedHere = range.OfType<LocalDeclarationStatementSyntax>()
            .Where(s => s.UsingKeyword.IsKind(SyntaxKind.UsingKeyword))
            .SelectMany(s => s.Declaration.Variables)
            .Select(v => model.GetDeclaredSymbol(v, cancellationToken))
            .OfType<ISymbol>()
            .ToList();
        var outputs = flow.VariablesDeclared
            .Where(v => (flow.ReadOutside.Contains(v) || flow.WrittenOutside.Contains(v)) && !disposedHere.Contains(v, SymbolEqualityComparer.Default))
            .ToList();
        if (outputs.Count > 1 || outputs.Count == 1 && (endsWithReturn || outputs[0] is not ILocalSymbol || IsSdkTyped(outputs[0], catalog) || !IsNameable(TypeOf(outputs[0]))))
        {
            return null;
        }

        var isAsync = range.SelectMany(s => s.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
            .Any(n => n is AwaitExpressionSyntax || n is ForEachStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } || n is UsingStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } || n is LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword });
        ITypeSymbol? result = null;
        if (outputs.Count == 1)
        {
            result = TypeOf(outputs[0]);
        }
        else if (endsWithReturn && ((ReturnStatementSyntax)lastStatement).Expression is not null)
        {
            result = ReturnedValueType(methodSymbol, model.Compilation);
            if (result is null || ContainsSdkType(result, catalog) || !IsNameable(result))
            {
                return null;
            }
        }

        // A `using` declaration is disposed when the adapter method returns, earlier than before: the result must not
        // depend on it (a Stream, a reader, a lazy sequence or a JsonElement over a disposed document).
        if (result is not null && range.Any(s => s is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }) && MayOutliveItsSource(result))
        {
            return null;
        }

        return new AdapterExtraction(block, first, last, inputs.ToImmutableArray(), outputs.FirstOrDefault() as ILocalSymbol, result, endsWithReturn, isAsync, containingType);
    }

    private static bool MayOutliveItsSource(ITypeSymbol type)
        => type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter
           || type.IsRefLikeType
           || type.ContainingNamespace?.ToDisplayString() == "System.Text.Json" && type.Name == "JsonElement"
           || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_IDisposable || i.Name == "IAsyncDisposable" && i.ContainingNamespace?.ToDisplayString() == "System");

    /// <summary>
    /// The namespaces whose types or extension methods the moved statements (and the adapter method's signature) name:
    /// the usings the adapter's file needs, and no others.
    /// </summary>
    public HashSet<string> NamespacesUsed(SemanticModel model, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        void AddType(ITypeSymbol? type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    AddType(array.ElementType);
                    break;
                case INamedTypeSymbol named:
                    if (named.ContainingNamespace is { IsGlobalNamespace: false } ns)
                    {
                        used.Add(ns.ToDisplayString());
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        AddType(argument);
                    }

                    break;
            }
        }

        foreach (var input in Inputs)
        {
            AddType(TypeOf(input));
        }

        AddType(ResultType);
        if (IsAsync)
        {
            used.Add("System.Threading.Tasks");
        }

        foreach (var node in Statements.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            switch (node)
            {
                case QueryExpressionSyntax:
                    used.Add("System.Linq");
                    break;
                case SimpleNameSyntax { IsVar: false } name:
                    switch (model.GetSymbolInfo(name, cancellationToken).Symbol)
                    {
                        case ITypeSymbol type:
                            AddType(type);
                            break;
                        case IMethodSymbol { ReducedFrom: { } extension }:
                            AddType(extension.ContainingType);
                            break;
                    }

                    break;
            }
        }

        return used;
    }

    /// <summary>The value a <c>return</c> gives: T of an async Task&lt;T&gt; / ValueTask&lt;T&gt; method, else the return type.</summary>
    private static ITypeSymbol? ReturnedValueType(IMethodSymbol method, Compilation compilation)
    {
        if (!method.IsAsync)
        {
            return method.ReturnsVoid ? null : method.ReturnType;
        }

        return method.ReturnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task
               && (SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1"))
                   || SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1")))
            ? task.TypeArguments[0]
            : null;
    }

    /// <summary>An unqualified name that means a member of the containing type (or a local function outside the statements).</summary>
    private static bool UsesContainingType(SimpleNameSyntax name, SemanticModel model, INamedTypeSymbol? type, CancellationToken cancellationToken)
    {
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name
            || name.Parent is MemberBindingExpressionSyntax
            || name.Parent is QualifiedNameSyntax qualified && qualified.Right == name
            || name.Parent is NameEqualsSyntax or NameColonSyntax
            || name.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression } } assignment && assignment.Left == name)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction })
        {
            return !symbol.DeclaringSyntaxReferences.Any(r => name.Ancestors().Any(a => a.Span.Contains(r.Span)));
        }

        if (symbol is null || symbol is ITypeSymbol or INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(symbol.ContainingType, current))
            {
                return true;
            }
        }

        return false;
    }

    private static int? DeclaringIndex(BlockSyntax block, ISymbol variable)
    {
        var declaration = variable.DeclaringSyntaxReferences.FirstOrDefault()?.Span;
        for (var i = 0; declaration is not null && i < block.Statements.Count; i++)
        {
            if (block.Statements[i].Span.Contains(declaration.Value))
            {
                return i;
            }
        }

        return null;
    }

    private static int? LastReadingIndex(BlockSyntax block, ISymbol variable, int after, SemanticModel model, CancellationToken cancellationToken)
    {
        int? found = null;
        for (var i = after + 1; i < block.Statements.Count; i++)
        {
            foreach (var name in block.Statements[i].DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText == variable.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    found = i;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The type of a local or parameter.</summary>
    public static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    private static bool IsSdkTyped(ISymbol symbol, ProviderCatalog catalog) => TypeOf(symbol) is { } type && ContainsSdkType(type, catalog);

    public static bool ContainsSdkType(ITypeSymbol type, ProviderCatalog catalog)
    {
        // Raw HTTP to a provider: the request and the response carry its wire format, so they stay in the adapter too.
        if (catalog.TryGetProvider(type, out _)
            || type.ContainingNamespace?.ToDisplayString() == "System.Net.Http" && type.Name is "HttpResponseMessage" or "HttpRequestMessage" or "HttpContent")
        {
            return true;
        }

        return type switch
        {
            IArrayTypeSymbol array => ContainsSdkType(array.ElementType, catalog),
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(t => ContainsSdkType(t, catalog)),
            _ => false,
        };
    }

    private static bool IsNameable(ITypeSymbol? type) => type switch
    {
        null or IErrorTypeSymbol or IDynamicTypeSymbol => false,
        INamedTypeSymbol { IsAnonymousType: true } => false,
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.All(IsNameable),
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        _ => type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.NotApplicable,
    };

    /// <summary><c>AWS Bedrock</c> → <c>AwsBedrock</c>, <c>OpenAI</c> → <c>OpenAI</c>: the adapter's type names.</summary>
    public static string TypeNameFor(string provider)
    {
        var name = new StringBuilder();
        foreach (var word in provider.Split(new[] { ' ', '-', '.', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0)
            {
                continue;
            }

            // Acronyms read as words (AWS → Aws) unless the whole name is one (OpenAI stays).
            name.Append(letters.All(char.IsUpper) && letters.Length > 2 ? letters[0] + letters.Substring(1).ToLowerInvariant() : char.ToUpperInvariant(letters[0]) + letters.Substring(1));
        }

        return name.Length == 0 || !char.IsLetter(name[0]) ? "Provider" : name.ToString();
    }
}
