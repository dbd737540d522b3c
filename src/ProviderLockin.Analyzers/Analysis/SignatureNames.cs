using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// The simple names a declaration has to write for a type in its signature to be, or to contain, a provider SDK client:
/// the names of an SDK's types that may name a client (<see cref="ProviderCatalog.MayNameClient"/>: a listed client type
/// or a name with a client word in it), every type name in the user's SDK namespaces, and every using alias of the project
/// (an alias may stand for a client). A type written with none of them names no client, so PLA1002 asks the semantic
/// model only about the few that do. The thousands of request and response types an SDK declares are left out, and with
/// them the names they share with ordinary code (<c>Order</c>, <c>Message</c>). Every client of the real SDK packages has
/// such a name (<c>ClientNameTests</c>); an SDK known only from a fixture is trusted to follow the same naming. Built
/// once per compilation.
/// </summary>
internal sealed class SignatureNames
{
    private readonly HashSet<string> _names;

    private SignatureNames(HashSet<string> names) => _names = names;

    public static SignatureNames Create(Compilation compilation, ProviderCatalog catalog, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in catalog.SdkAssemblies)
        {
            foreach (var metadataName in assembly.TypeNames)
            {
                var name = WithoutArity(metadataName);
                if (catalog.MayNameClient(name))
                {
                    names.Add(name);
                }
            }
        }

        foreach (var userNamespace in catalog.UserSdkNamespaces)
        {
            if (userNamespace.FindIn(compilation.GlobalNamespace) is { } ns)
            {
                AddTypeNames(ns, names, 0);
            }
        }

        // Global aliases apply in every file and local ones in theirs; a few names more than needed cost one more look.
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                AddAliases(root.Usings, root.Members, names);
            }
        }

        return new SignatureNames(names);
    }

    /// <summary>Does the type as written use one of the names (anywhere: its own name, a qualifier, a type argument)?</summary>
    public bool AnyIn(TypeSyntax? type) => type is not null and not PredefinedTypeSyntax && AnyIdentifierIn(type);

    private bool AnyIdentifierIn(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                if (child.IsKind(SyntaxKind.IdentifierToken) && _names.Contains(child.AsToken().ValueText))
                {
                    return true;
                }
            }
            else if (child.AsNode() is { } inner and not PredefinedTypeSyntax && AnyIdentifierIn(inner))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTypeNames(INamespaceOrTypeSymbol container, HashSet<string> names, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol inner)
            {
                if (inner is INamedTypeSymbol)
                {
                    names.Add(inner.Name);
                }

                AddTypeNames(inner, names, depth + 1);
            }
        }
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { Name.Identifier.ValueText: { Length: > 0 } alias })
            {
                names.Add(alias);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(ns.Usings, ns.Members, names);
            }
        }
    }

    private static string WithoutArity(string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        return tick < 0 ? metadataName : metadataName.Substring(0, tick);
    }
}
