using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Configuration;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// Shared editing steps of the fixes: keep the document's end of line, add a using directive only when it is missing
/// (global usings included), format only what a fix added.
/// </summary>
internal static class DocumentEditing
{
    /// <summary>The end-of-line the document already uses; a fix must not write CRLF into an LF file.</summary>
    public static string EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    /// <summary>Formats the nodes a fix marked with <see cref="Formatter.Annotation"/>, with the document's end of line.</summary>
    public static async Task<Document> FormatAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        OptionSet withEndOfLine = options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, EndOfLine(root));
        return await Formatter.FormatAsync(document, Formatter.Annotation, withEndOfLine, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds <c>using <paramref name="ns"/>;</c> unless the file or a global using already imports it.</summary>
    public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax root, Compilation compilation, string ns)
    {
        if (root.Usings.Any(u => u.Name?.ToString() == ns) || HasGlobalUsing(compilation, ns))
        {
            return root;
        }

        var eol = EndOfLine(root);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns))
            .NormalizeWhitespace()
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(eol));

        // Sorted, with System namespaces first (the .NET convention); a file sorted otherwise gets it at its ordinal place.
        var usings = root.Usings;
        var index = 0;
        while (index < usings.Count && CompareUsings(usings[index].Name?.ToString() ?? string.Empty, ns) < 0)
        {
            index++;
        }

        if (usings.Count == 0)
        {
            var firstToken = root.GetFirstToken();
            directive = directive.WithLeadingTrivia(firstToken.LeadingTrivia);
            root = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia());
            return root.WithUsings(root.Usings.Add(directive.WithTrailingTrivia(SyntaxFactory.EndOfLine(eol), SyntaxFactory.EndOfLine(eol))));
        }

        return root.WithUsings(usings.Insert(index, directive));
    }

    /// <summary>Adds every missing using; a file without any gets them as one sorted block followed by a blank line.</summary>
    public static CompilationUnitSyntax EnsureUsings(CompilationUnitSyntax root, Compilation compilation, IEnumerable<string> namespaces)
    {
        var missing = namespaces.Distinct(System.StringComparer.Ordinal)
            .Where(ns => !root.Usings.Any(u => u.Name?.ToString() == ns) && !HasGlobalUsing(compilation, ns))
            .ToList();
        if (missing.Count == 0)
        {
            return root;
        }

        if (root.Usings.Count > 0)
        {
            foreach (var ns in missing)
            {
                root = EnsureUsing(root, compilation, ns);
            }

            return root;
        }

        missing.Sort(CompareUsings);
        var eol = SyntaxFactory.EndOfLine(EndOfLine(root));
        var directives = missing.Select((ns, i) => SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).NormalizeWhitespace()
            .WithTrailingTrivia(i == missing.Count - 1 ? new[] { eol, eol } : new[] { eol })).ToList();
        var firstToken = root.GetFirstToken();
        directives[0] = directives[0].WithLeadingTrivia(firstToken.LeadingTrivia);
        root = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia());
        return root.WithUsings(SyntaxFactory.List(directives));
    }

    private static int CompareUsings(string left, string right)
    {
        var leftSystem = left == "System" || left.StartsWith("System.", System.StringComparison.Ordinal);
        var rightSystem = right == "System" || right.StartsWith("System.", System.StringComparison.Ordinal);
        return leftSystem != rightSystem ? (leftSystem ? -1 : 1) : string.CompareOrdinal(left, right);
    }

    private static bool HasGlobalUsing(Compilation compilation, string ns)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Name?.ToString() is { } name
                    && (name == ns || name == "global::" + ns))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The namespaces <paramref name="root"/> imports that hold provider SDK types (by the SDK catalogue), bound against
    /// <paramref name="model"/>, the model of that root: the usings a fix may leave unneeded.
    /// </summary>
    public static ImmutableHashSet<string> ProviderSdkUsings(CompilationUnitSyntax root, SemanticModel model, ProviderCatalog catalog, CancellationToken cancellationToken)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (var directive in root.Usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is not null
                && model.GetSymbolInfo(directive.Name, cancellationToken).Symbol is INamespaceSymbol ns
                && ns.GetTypeMembers().Any(t => catalog.TryGetProvider(t, out _)))
            {
                names.Add(directive.Name.ToString());
            }
        }

        return names.ToImmutable();
    }

    /// <summary>The type declaration a node belongs to (null in top-level statements).</summary>
    public static TypeDeclarationSyntax? ContainingType(SyntaxNode node)
        => node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();

    /// <summary>The first configured abstraction namespace, if any.</summary>
    public static string? AbstractionNamespace(Project project, SyntaxTree tree)
    {
        // The analyzer's reader: an entry it rejects as malformed (PLA9001) is no place to move code to.
        var listed = Options(project).For(tree).AbstractionNamespaces;
        return listed.IsEmpty ? null : listed[0].Text;
    }

    /// <summary>The analyzer's own options reader, so that fixes see the configuration the analyzer saw.</summary>
    public static OptionsReader Options(Project project) => new(project.AnalyzerOptions.AnalyzerConfigOptionsProvider);

    /// <summary>The SDK catalogue as the analyzer builds it: with the in-house SDKs of <c>provider_lockin.additional_sdk_namespaces</c>.</summary>
    public static ProviderCatalog Catalog(Project project, Compilation compilation)
        => ProviderCatalog.Create(compilation, Options(project).Union(compilation.SyntaxTrees, static o => o.AdditionalSdkNamespaces));

    /// <summary>The first document that declares namespace <paramref name="ns"/>: new code of that namespace goes there.</summary>
    public static async Task<Document?> FindNamespaceHomeAsync(Project project, string ns, CancellationToken cancellationToken)
    {
        if (ns.Length == 0)
        {
            return null;
        }

        foreach (var document in project.Documents)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null && root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Name.ToString() == ns))
            {
                return document;
            }
        }

        return null;
    }
}
