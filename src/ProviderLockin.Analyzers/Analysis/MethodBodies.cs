using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// The bodies of this compilation's methods as operations, for the summaries that follow calls into the project (the
/// loop rules' call graph, prompts passed through parameters and return values). A callee's body lives in another file:
/// its semantic model is created once per file for the whole compilation.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    private readonly IAssemblySymbol _assembly;

    public MethodBodies(Compilation compilation)
    {
        _compilation = compilation;
        _assembly = compilation.Assembly;
    }

    /// <summary>
    /// Only methods of this compilation have bodies to follow. Asked of every call: answered by the containing assembly,
    /// since a source method's <c>Locations</c> is a new array at each ask; another project's methods (an IDE project
    /// reference) have no semantic model here.
    /// </summary>
    public bool IsInProject(IMethodSymbol method)
        => SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).ContainingAssembly, _assembly);

    /// <summary>Each body of <paramref name="method"/> (one per part of a partial method), as the root operation of its declaration.</summary>
    public IEnumerable<IOperation> Of(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsExtern)
        {
            yield break;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
            {
                continue;
            }

            if (ModelFor(syntax.SyntaxTree).GetOperation(syntax) is { } body)
            {
                yield return body;
            }
        }
    }

#pragma warning disable RS1030 // Interprocedural summaries need the callee's file; cached per tree, computed once per method.
    private SemanticModel ModelFor(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
}
