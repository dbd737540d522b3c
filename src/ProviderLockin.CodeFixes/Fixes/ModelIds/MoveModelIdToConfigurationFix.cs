using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA2002 "Move model ID to configuration": replaces the literal with a constant of the project's one model catalogue,
/// <c>ModelConfiguration</c> (a static class in the abstraction namespace, or the project's root namespace), creating it on
/// first use and reusing it afterwards. Fix All gives each distinct model ID one member. Offered for string literals.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveModelIdToConfigurationFix)), Shared]
public sealed class MoveModelIdToConfigurationFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.MoveModelIdToConfiguration";
    public const string CatalogName = "ModelConfiguration";
    private const string Title = "Move model ID to configuration (" + CatalogName + ")";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardCodedModelId);

    public override FixAllProvider GetFixAllProvider() => new CatalogFixAllProvider();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Literal(root, diagnostic.Location.SourceSpan) is not null)
            {
                var targets = ImmutableArray.Create((context.Document.Id, diagnostic.Location.SourceSpan));
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ApplyAsync(context.Document.Project.Solution, targets, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static LiteralExpressionSyntax? Literal(SyntaxNode root, TextSpan span)
        => root.FindNode(span, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Span == span
            ? literal
            : null;

    internal static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<(DocumentId Document, TextSpan Span)> targets, CancellationToken cancellationToken)
    {
        foreach (var byProject in targets.GroupBy(t => t.Document.ProjectId))
        {
            solution = await ApplyToProjectAsync(solution, byProject.ToImmutableArray(), cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static async Task<Solution> ApplyToProjectAsync(Solution solution, ImmutableArray<(DocumentId Document, TextSpan Span)> targets, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(targets[0].Document.ProjectId)!;
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return solution;
        }

        // The literals to replace, per document.
        var literals = new List<(Document Document, LiteralExpressionSyntax Literal)>();
        foreach (var (documentId, span) in targets)
        {
            var document = solution.GetDocument(documentId);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null && Literal(root, span) is { } literal)
            {
                literals.Add((document!, literal));
            }
        }

        if (literals.Count == 0)
        {
            return solution;
        }

        var catalog = FindCatalog(compilation);
        var catalogDocument = catalog is null ? null : solution.GetDocument(catalog.Declaration.SyntaxTree)?.Id;

        // Without a catalogue yet: it goes into a file of the abstraction namespace, else next to the project's settings
        // or options type, else into the file of the first literal. Never a new file: MSBuildWorkspace, used by
        // dotnet format, would write a Compile item into the project (NETSDK1022 in SDK-style projects).
        Document? home = null;
        var ns = catalog?.Namespace;
        if (ns is null)
        {
            var preferred = DocumentEditing.AbstractionNamespace(project, literals[0].Literal.SyntaxTree);
            home = preferred is null ? null : await DocumentEditing.FindNamespaceHomeAsync(project, preferred, cancellationToken).ConfigureAwait(false);
            if (home is not null)
            {
                ns = preferred!;
            }
            else if (SettingsType(compilation, project, cancellationToken) is { } settings && solution.GetDocument(settings.DeclaringSyntaxReferences[0].SyntaxTree) is { } settingsDocument)
            {
                home = settingsDocument;
                ns = settings.ContainingNamespace.IsGlobalNamespace ? string.Empty : settings.ContainingNamespace.ToDisplayString();
            }
            else
            {
                home = literals[0].Document;
                ns = DeclaredNamespace(literals[0].Literal);
            }
        }

        var names = catalog?.Members.ToDictionary(m => m.Value, m => m.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(names.Values, StringComparer.Ordinal);
        var added = new List<(string Name, string Value)>();
        foreach (var (_, literal) in literals)
        {
            var value = literal.Token.ValueText;
            if (!names.ContainsKey(value))
            {
                var name = UniqueName(MemberName(value), taken);
                names[value] = name;
                added.Add((name, value));
            }
        }

        // Replace the literals, document by document.
        foreach (var group in literals.GroupBy(l => l.Document.Id))
        {
            var document = solution.GetDocument(group.Key)!;
            var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var spans = group.Select(l => l.Literal.Span).ToImmutableHashSet();
            var documentModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var newRoot = root.ReplaceNodes(
                root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => spans.Contains(l.Span)),
                (original, _) => Replacement(original, names[original.Token.ValueText], documentModel, cancellationToken).WithTriviaFrom(original));
            if (ns.Length > 0 && !IsInNamespace(newRoot, group.First().Literal, ns))
            {
                newRoot = DocumentEditing.EnsureUsing(newRoot, compilation, ns);
            }

            solution = solution.WithDocumentSyntaxRoot(document.Id, newRoot);
        }

        return catalogDocument is not null
            ? await AddMembersAsync(solution, catalogDocument, added, cancellationToken).ConfigureAwait(false)
            : await InsertCatalogAsync(solution, home!.Id, ns, added, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>ModelConfiguration.Gpt4oMini</c>, or, where the code can read an <c>IConfiguration</c> (a parameter, a local, or a
    /// field or property of its instance), <c>configuration["Models:Gpt4oMini"] ?? ModelConfiguration.Gpt4oMini</c>: the
    /// model is bound from configuration, with the catalogue's value as the default, so nothing changes until it is set.
    /// Constant contexts (attributes, constants, default values, case labels) keep the constant.
    /// </summary>
    private static ExpressionSyntax Replacement(LiteralExpressionSyntax literal, string member, SemanticModel? model, CancellationToken cancellationToken)
    {
        var constant = CatalogName + "." + member;
        if (model is null || InConstantContext(literal) || ConfigurationIn(model, literal, cancellationToken) is not { } configuration)
        {
            return SyntaxFactory.ParseExpression(constant);
        }

        var bound = $"{configuration}[\"Models:{member}\"] ?? {constant}";
        return SyntaxFactory.ParseExpression(literal.Parent is ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
                                             || literal.Parent is AssignmentExpressionSyntax assignment && assignment.Right == literal
                                             ? bound
                                             : "(" + bound + ")");
    }

    private static bool InConstantContext(SyntaxNode literal)
    {
        foreach (var ancestor in literal.Ancestors())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or ParameterSyntax:
                    return true;
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    return true;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    return true;
                case StatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The name of an <c>IConfiguration</c> the code at <paramref name="literal"/> can read, if any.</summary>
    private static string? ConfigurationIn(SemanticModel model, SyntaxNode literal, CancellationToken cancellationToken)
    {
        var contract = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        if (contract is null || model.GetEnclosingSymbol(literal.SpanStart, cancellationToken) is not { } enclosing)
        {
            return null;
        }

        var isStatic = enclosing.IsStatic || enclosing.ContainingSymbol is IMethodSymbol { IsStatic: true };
        foreach (var symbol in model.LookupSymbols(literal.SpanStart))
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                // A primary constructor's parameter is captured by instance members only.
                IParameterSymbol parameter when !isStatic || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } => parameter.Type,
                IFieldSymbol field when field.IsStatic || !isStatic => field.Type,
                IPropertySymbol { Parameters.Length: 0 } property when property.IsStatic || !isStatic => property.Type,
                _ => null,
            };
            if (type is not null
                && (SymbolEqualityComparer.Default.Equals(type, contract) || type.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default))
                && (symbol is not ILocalSymbol || symbol.DeclaringSyntaxReferences.Any(r => r.Span.End <= literal.SpanStart)))
            {
                return symbol.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The project's own settings or options class (<c>AiSettings</c>, <c>OpenAIOptions</c>, <c>AppConfiguration</c>), declared in
    /// one file of the project: the model catalogue joins it, where a reader looks for configuration. The first by name.
    /// </summary>
    private static INamedTypeSymbol? SettingsType(Compilation compilation, Project project, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? found = null;
        foreach (var symbol in compilation.GetSymbolsWithName(
                     n => n.EndsWith("Settings", StringComparison.Ordinal) || n.EndsWith("Options", StringComparison.Ordinal) || n.EndsWith("Configuration", StringComparison.Ordinal),
                     SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class, ContainingType: null, DeclaringSyntaxReferences.Length: 1 } type
                && type.Name != CatalogName
                && !Analyzers.Analysis.GeneratedCode.IsGeneratedTree(type.DeclaringSyntaxReferences[0].SyntaxTree, project.AnalyzerOptions.AnalyzerConfigOptionsProvider, cancellationToken)
                && type.DeclaringSyntaxReferences[0].GetSyntax() is ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax }
                && (found is null || string.CompareOrdinal(type.ToDisplayString(), found.ToDisplayString()) < 0))
            {
                found = type;
            }
        }

        return found;
    }

    private sealed class Catalog
    {
        public Catalog(ClassDeclarationSyntax declaration, string ns, ImmutableArray<(string Name, string Value)> members)
        {
            Declaration = declaration;
            Namespace = ns;
            Members = members;
        }

        public ClassDeclarationSyntax Declaration { get; }

        public string Namespace { get; }

        public ImmutableArray<(string Name, string Value)> Members { get; }
    }

    private static Catalog? FindCatalog(Compilation compilation)
    {
        foreach (var type in compilation.GetSymbolsWithName(CatalogName, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            if (!type.IsStatic || type.DeclaringSyntaxReferences.Length != 1
                || type.DeclaringSyntaxReferences[0].GetSyntax() is not ClassDeclarationSyntax declaration)
            {
                continue;
            }

            var members = type.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.IsConst && f.ConstantValue is string)
                .Select(f => (f.Name, (string)f.ConstantValue!))
                .ToImmutableArray();
            var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
            return new Catalog(declaration, ns, members);
        }

        return null;
    }

    private static async Task<Solution> AddMembersAsync(Solution solution, DocumentId catalogDocument, List<(string Name, string Value)> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return solution;
        }

        // The catalogue's file may itself have had literals replaced: take its current version.
        var document = solution.GetDocument(catalogDocument);
        if (document is null)
        {
            return solution;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var declaration = root!.DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.ValueText == CatalogName);
        var fields = added.Select(a => SyntaxFactory.ParseMemberDeclaration(Field(a.Name, a.Value))!.WithAdditionalAnnotations(Formatter.Annotation));
        var newDocument = document.WithSyntaxRoot(root.ReplaceNode(declaration, declaration.AddMembers(fields.ToArray())));
        newDocument = await DocumentEditing.FormatAsync(newDocument, cancellationToken).ConfigureAwait(false);
        return newDocument.Project.Solution;
    }

    /// <summary>Adds the catalogue class to <paramref name="documentId"/>, inside its declaration of <paramref name="ns"/> (or at the end).</summary>
    private static async Task<Solution> InsertCatalogAsync(
        Solution solution, DocumentId documentId, string ns, List<(string Name, string Value)> added, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(documentId)!;
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var eol = DocumentEditing.EndOfLine(root);

        // A blank line, the summary, then the class.
        var text = new StringBuilder()
            .Append(eol)
            .Append("/// <summary>").Append(eol)
            .Append("/// The model IDs the application uses, in one place. Bind them from configuration (an options class) to switch").Append(eol)
            .Append("/// models or providers without a release.").Append(eol)
            .Append("/// </summary>").Append(eol)
            .Append("public static class ").Append(CatalogName).Append(eol)
            .Append('{').Append(eol);
        foreach (var (name, value) in added)
        {
            text.Append("    ").Append(Field(name, value)).Append(eol);
        }

        text.Append('}').Append(eol);
        var catalog = SyntaxFactory.ParseMemberDeclaration(text.ToString())!.WithAdditionalAnnotations(Formatter.Annotation);

        var container = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<BaseNamespaceDeclarationSyntax>()
            .LastOrDefault(n => n.Name.ToString() == ns);
        var members = container?.Members ?? root.Members;

        // The class takes over the end of the file (final newline or not); the member before it ends its line.
        if (members.LastOrDefault() is { } last)
        {
            catalog = catalog.WithTrailingTrivia(last.GetTrailingTrivia());
            var ended = last.WithTrailingTrivia(SyntaxFactory.EndOfLine(eol));
            members = members.Replace(last, ended);
        }

        members = members.Add(catalog);
        SyntaxNode newRoot = container is not null ? root.ReplaceNode(container, container.WithMembers(members)) : root.WithMembers(members);
        var newDocument = await DocumentEditing.FormatAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        return newDocument.Project.Solution;
    }


    private static string Field(string name, string value) => $"public const string {name} = {SyntaxFactory.Literal(value).Text};";


    private static string DeclaredNamespace(SyntaxNode literal)
        => literal.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? string.Empty;

    private static bool IsInNamespace(CompilationUnitSyntax root, SyntaxNode literal, string ns)
    {
        var declared = literal.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).ToList();
        return declared.Any(d => d == ns || d.StartsWith(ns + ".", StringComparison.Ordinal))
               || root.Usings.Any(u => u.Name?.ToString() == ns);
    }

    /// <summary><c>gpt-4o-mini</c> → <c>Gpt4oMini</c>, <c>claude-sonnet-4-5-20250929</c> → <c>ClaudeSonnet4520250929</c>.</summary>
    internal static string MemberName(string value)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.Length == 0 || char.IsDigit(name[0]) ? "Model" + name : name.ToString();
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }

    /// <summary>Fix All: every diagnostic of the scope in one solution change, so each model ID gets one member.</summary>
    private sealed class CatalogFixAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = FixAllScopes.DocumentsOf(fixAllContext);

            var targets = ImmutableArray.CreateBuilder<(DocumentId, TextSpan)>();
            foreach (var document in documents)
            {
                foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    targets.Add((document.Id, diagnostic.Location.SourceSpan));
                }
            }

            var all = targets.ToImmutable();
            return all.IsEmpty ? null : CodeAction.Create(Title, ct => ApplyAsync(fixAllContext.Solution, all, ct), EquivalenceKey);
        }
    }
}
