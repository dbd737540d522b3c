using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes.MoveToProviderAdapter;

/// <summary>
/// Dependency-injection registration of a new provider adapter. A business type that now takes <c>IXAdapter</c> in its
/// constructor fails at resolution unless the container knows the adapter: where the project registers that business type
/// with a generic <c>services.AddX&lt;T&gt;()</c> statement, <c>services.AddSingleton&lt;IXAdapter, XAdapter&gt;();</c> is
/// added right after it (the adapter holds no state and takes nothing in its constructor, so one instance serves all).
/// Nothing is added when something already registers the interface, or when the business type is not registered this way.
/// </summary>
internal static class ServiceRegistration
{
    /// <summary>
    /// Whether the project registers <paramref name="businessType"/> with a generic <c>services.AddX&lt;T&gt;()</c>: only
    /// then does the container create it, so only then may it take the adapter in its constructor.
    /// </summary>
    public static async Task<bool> IsRegisteredAsync(Project project, string businessType, CancellationToken cancellationToken)
        => (await FindAsync(project, businessType, adapterNamespace: string.Empty, interfaceName: string.Empty, cancellationToken).ConfigureAwait(false)).Registration is not null;

    public static async Task<Solution> RegisterAdapterAsync(
        Solution solution, ProjectId projectId, string businessType, string adapterNamespace, string interfaceName, string adapterName, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId);
        if (project is null)
        {
            return solution;
        }

        var (interfaceRegistered, registration, home, homeRoot) = await FindAsync(project, businessType, adapterNamespace, interfaceName, cancellationToken).ConfigureAwait(false);
        if (interfaceRegistered || registration is null || home is null || homeRoot is null)
        {
            return solution;
        }

        var services = ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)registration.Expression).Expression).Expression;
        var eol = SyntaxFactory.EndOfLine(DocumentEditing.EndOfLine(homeRoot));
        var indentation = registration.GetLeadingTrivia();
        var lastLine = indentation.Count;
        while (lastLine > 0 && !indentation[lastLine - 1].IsKind(SyntaxKind.EndOfLineTrivia))
        {
            lastLine--;
        }

        // Indented like the registration before it, without its comments.
        var adapterRegistration = SyntaxFactory.ParseStatement($"{services.WithoutTrivia()}.AddSingleton<{interfaceName}, {adapterName}>();")
            .WithLeadingTrivia(SyntaxFactory.TriviaList(indentation.Skip(lastLine)))
            .WithTrailingTrivia(eol);
        adapterRegistration = adapterRegistration.WithAdditionalAnnotations(Formatter.Annotation);

        // In top-level statements (Program.cs) the list holds global statements, not the statements themselves.
        var newRoot = registration.Parent is GlobalStatementSyntax global
            ? homeRoot.InsertNodesAfter(global, new[] { SyntaxFactory.GlobalStatement(adapterRegistration) })
            : homeRoot.InsertNodesAfter(registration, new[] { adapterRegistration });
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var homeNamespace = registration.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>()?.Name.ToString();
        if (adapterNamespace.Length > 0 && adapterNamespace != homeNamespace && compilation is not null)
        {
            newRoot = DocumentEditing.EnsureUsing(newRoot, compilation, adapterNamespace);
        }

        return solution.WithDocumentSyntaxRoot(home.Id, newRoot);
    }

    /// <summary>The business type's first generic registration, and whether something registers the adapter's interface already.</summary>
    private static async Task<(bool InterfaceRegistered, ExpressionStatementSyntax? Registration, Document? Home, CompilationUnitSyntax? HomeRoot)> FindAsync(
        Project project, string businessType, string adapterNamespace, string interfaceName, CancellationToken cancellationToken)
    {
        ExpressionStatementSyntax? registration = null;
        Document? home = null;
        CompilationUnitSyntax? homeRoot = null;
        foreach (var document in project.Documents)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !MayRegisterServices(root))
            {
                continue;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            foreach (var node in root.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } } invocation
                    || !generic.Identifier.ValueText.StartsWith("Add", StringComparison.Ordinal)
                    || model?.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ReducedFrom: not null } method
                    || !ExtendsServiceCollection(method))
                {
                    continue;
                }

                foreach (var argument in method.TypeArguments)
                {
                    var name = argument.ToDisplayString();
                    if (interfaceName.Length > 0 && argument.Name == interfaceName && (adapterNamespace.Length == 0 || name == adapterNamespace + "." + interfaceName))
                    {
                        return (true, null, null, null);
                    }

                    // The root the statement belongs to is kept: a workspace may hand out a re-parsed root later.
                    if (name == businessType && registration is null && invocation.Parent is ExpressionStatementSyntax statement && root is CompilationUnitSyntax unit)
                    {
                        (registration, home, homeRoot) = (statement, document, unit);
                    }
                }
            }
        }

        return (false, registration, home, homeRoot);
    }

    /// <summary>Cheap text test before binding: only files that mention a service collection's Add methods.</summary>
    private static bool MayRegisterServices(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText is "AddSingleton" or "AddScoped" or "AddTransient" or "AddHostedService" or "AddHttpClient"
                or "AddKeyedSingleton" or "AddKeyedScoped" or "AddKeyedTransient")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ExtendsServiceCollection(IMethodSymbol method)
        => method.ReducedFrom!.Parameters.Length > 0
           && method.ReducedFrom.Parameters[0].Type is { Name: "IServiceCollection" } collection
           && collection.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.DependencyInjection";
}
