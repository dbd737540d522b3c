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
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.CodeFixes.Fixes.MoveToProviderAdapter;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA1001 "Move to provider adapter" and PLA1003 "Move request to provider adapter": the statements that use the SDK (or
/// send the request) become a method of <c>&lt;Provider&gt;Adapter</c> behind <c>I&lt;Provider&gt;Adapter</c> in the
/// abstraction layer, and the business code calls it through the interface, which it receives in its constructor. The
/// adapter goes into the configured abstraction namespace (into a file that already declares it, or a new file), or is
/// marked with the project's <c>[ProviderAbstraction]</c> attribute. Where the project registers the business type with
/// DI, the adapter is registered next to it. Expression-bodied methods keep their arrow. Offered only when the result
/// compiles with no new error.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveToProviderAdapterFix)), Shared]
public sealed class MoveToProviderAdapterFix : CodeFixProvider
{
    public const string SdkEquivalenceKey = "ProviderLockin.MoveToProviderAdapter";
    public const string HttpEquivalenceKey = "ProviderLockin.MoveRequestToProviderAdapter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.DirectProviderSdkUse, RuleIdentifiers.RawHttpToProviderEndpoint);

    public override FixAllProvider GetFixAllProvider() => new SequentialFixAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var moved = await ApplyAsync(context.Document.Project.Solution, context.Document.Id, diagnostic.Location.SourceSpan, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (moved is not null)
            {
                var isHttp = diagnostic.Id == RuleIdentifiers.RawHttpToProviderEndpoint;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        isHttp ? "Move request to provider adapter" : "Move to provider adapter",
                        _ => Task.FromResult(moved),
                        isHttp ? HttpEquivalenceKey : SdkEquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The solution with the flagged statements moved, or null when the move would not be correct.</summary>
    private static async Task<Solution?> ApplyAsync(Solution solution, DocumentId documentId, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Provider, out var provider) || string.IsNullOrEmpty(provider)
            || solution.GetDocument(documentId) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        // An expression-bodied method is moved as the one statement of a block body, and gets its arrow back afterwards.
        var flagged = root.FindNode(span, getInnermostNodeForTie: true);
        var arrow = ExpressionBodies.ArrowMethodOf(flagged);
        if (arrow is not null)
        {
            var mark = new SyntaxAnnotation();
            if (ExpressionBodies.ToBlockBody(arrow, flagged, mark, model, cancellationToken) is not { } blockBodied)
            {
                return null;
            }

            document = document.WithSyntaxRoot(root.ReplaceNode(arrow, blockBodied));
            solution = document.Project.Solution;
            root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
            flagged = root.GetAnnotatedNodes(mark).First();
        }

        var catalog = DocumentEditing.Catalog(document.Project, model.Compilation);
        var extraction = AdapterExtraction.TryCreate(flagged, model, catalog, cancellationToken);
        var ns = DocumentEditing.AbstractionNamespace(document.Project, root.SyntaxTree);
        var marker = ns is null ? MarkerAttribute(model.Compilation) : null;
        if (extraction is null || ns is null && marker is null)
        {
            return null;
        }

        var adapterName = AdapterExtraction.TypeNameFor(provider!) + "Adapter";
        var interfaceName = "I" + adapterName;
        var position = extraction.Block.Statements[extraction.First].SpanStart;
        var existing = FindAdapter(model.Compilation, adapterName, interfaceName);
        var method = MethodName(extraction, existing.Class);
        var parameters = string.Join(", ", extraction.Inputs.Select(i => $"{AdapterExtraction.TypeOf(i)!.ToMinimalDisplayString(model, position)} {Identifier(i.Name)}"));
        var result = extraction.ResultType?.ToMinimalDisplayString(model, position);
        var returnType = extraction.IsAsync ? (result is null ? "Task" : $"Task<{result}>") : result ?? "void";
        var eol = DocumentEditing.EndOfLine(root);

        // The adapter method: the statements as written, and the value the caller goes on with.
        var body = new StringBuilder();
        foreach (var statement in extraction.Statements)
        {
            // Comments travel with the code they describe.
            foreach (var comment in StatementTrivia.Comments(statement.GetLeadingTrivia()))
            {
                body.Append(comment).Append(eol);
            }

            body.Append(statement.WithoutLeadingTrivia().WithoutTrailingTrivia().ToFullString());
            foreach (var comment in StatementTrivia.Comments(statement.GetTrailingTrivia()))
            {
                body.Append(' ').Append(comment);
            }

            body.Append(eol);
        }

        if (extraction.Output is { } output)
        {
            body.Append("return ").Append(Identifier(output.Name)).Append(';').Append(eol);
        }

        var adapterMethod = $"public {(extraction.IsAsync ? "async " : string.Empty)}{returnType} {method}({parameters}){eol}{{{eol}{body}}}{eol}";
        var interfaceMethod = $"{returnType} {method}({parameters});{eol}";

        // The business type receives the adapter and calls it where the statements were.
        var type = extraction.ContainingType;
        var typeSymbol = model.GetDeclaredSymbol(type, cancellationToken);
        // Constructor injection only where the project's container creates the type and can be taught the adapter; test
        // fixtures, components and types created with `new` or by a framework get the adapter from a field initializer.
        var injected = typeSymbol is not null
                       && await ServiceRegistration.IsRegisteredAsync(document.Project, typeSymbol.ToDisplayString(), cancellationToken).ConfigureAwait(false);
        var (_, access) = WithAdapterAccess(type, interfaceName, adapterName, typeSymbol, injected);
        if (access.Length == 0)
        {
            return null;
        }

        var call = $"{(extraction.IsAsync ? "await " : string.Empty)}{access}.{method}({string.Join(", ", extraction.Inputs.Select(i => Identifier(i.Name)))})";
        var replacementText = extraction.Output is { } declared
            ? $"var {Identifier(declared.Name)} = {call};"
            : extraction.EndsWithReturn && extraction.ResultType is not null ? $"return {call};" : $"{call};";
        var firstStatement = extraction.Block.Statements[extraction.First];
        var replacement = SyntaxFactory.ParseStatement(replacementText)
            .WithLeadingTrivia(StatementTrivia.WithoutComments(firstStatement.GetLeadingTrivia()))
            .WithTrailingTrivia(StatementTrivia.WithoutComments(extraction.Block.Statements[extraction.Last].GetTrailingTrivia()));
        var statements = extraction.Block.Statements.ToList();
        statements.RemoveRange(extraction.First, extraction.Last - extraction.First + 1);
        statements.Insert(extraction.First, replacement);
        var newBlock = extraction.Block.WithStatements(SyntaxFactory.List(statements));
        var withCall = arrow is not null && extraction.Block.Parent is MethodDeclarationSyntax blockMethod
            ? type.ReplaceNode(blockMethod, ExpressionBodies.BackToArrow(blockMethod, newBlock, arrow))
            : type.ReplaceNode(extraction.Block, newBlock);
        var (newType, _) = WithAdapterAccess(withCall, interfaceName, adapterName, typeSymbol, injected);
        if (newType is null)
        {
            return null;
        }

        var newRoot = root.ReplaceNode(type, newType);
        var businessNamespace = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault(n => n.Span.Contains(type.Span))?.Name.ToString() ?? string.Empty;
        if (ns is not null && ns != businessNamespace)
        {
            newRoot = DocumentEditing.EnsureUsing(newRoot, model.Compilation, ns);
        }

        // The adapter file gets the business file's usings that the moved code needs, and the business namespace when the
        // moved code names its types.
        var needed = extraction.NamespacesUsed(model, cancellationToken);
        var usings = root.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name is not null).Select(u => u.Name!.ToString())
            .Where(u => u != ns && needed.Contains(u)).ToList();
        if (businessNamespace.Length > 0 && businessNamespace != ns && needed.Contains(businessNamespace))
        {
            usings.Add(businessNamespace);
        }

        var plan = new AdapterPlan(existing, adapterName, interfaceName, adapterMethod, interfaceMethod, ns ?? businessNamespace, marker, usings, eol, typeSymbol?.ToDisplayString() ?? string.Empty, document.Id);

        // The business file no longer needs the SDK's usings, unless something else in it still does (tried both ways).
        var sdkUsings = DocumentEditing.ProviderSdkUsings(root, model, catalog, cancellationToken);
        var withoutSdkUsings = newRoot.RemoveNodes(newRoot.Usings.Where(u => u.Alias is null && u.Name is not null && sdkUsings.Contains(u.Name.ToString())), SyntaxRemoveOptions.KeepNoTrivia)!;
        foreach (var candidate in sdkUsings.IsEmpty ? new[] { newRoot } : new[] { withoutSdkUsings, newRoot })
        {
            var moved = await MoveAsync(solution, document, candidate, plan, cancellationToken).ConfigureAwait(false);
            if (moved is not null)
            {
                return moved;
            }
        }

        return null;
    }

    /// <summary>The business file as rewritten, the adapter placed, both formatted; null unless it compiles as well as before.</summary>
    private static async Task<Solution?> MoveAsync(Solution solution, Document document, CompilationUnitSyntax newRoot, AdapterPlan plan, CancellationToken cancellationToken)
    {
        var changed = await PlaceAdapterAsync(solution.WithDocumentSyntaxRoot(document.Id, newRoot), solution, document.Project.Id, plan, cancellationToken).ConfigureAwait(false);
        if (changed is null)
        {
            return null;
        }

        changed = await ServiceRegistration.RegisterAdapterAsync(changed, document.Project.Id, plan.BusinessType, plan.Namespace, plan.InterfaceName, plan.Name, cancellationToken).ConfigureAwait(false);

        foreach (var id in changed.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments(true).Concat(p.GetAddedDocuments())))
        {
            changed = (await DocumentEditing.FormatAsync(changed.GetDocument(id)!, cancellationToken).ConfigureAwait(false)).Project.Solution;
        }

        return await CompileCheck.CompilesAsWellAsync(solution, changed, document.Project.Id, cancellationToken).ConfigureAwait(false) ? changed : null;
    }

    /// <summary>Adds the method to the existing adapter and its interface, or declares both.</summary>
    private static async Task<Solution?> PlaceAdapterAsync(Solution solution, Solution original, ProjectId projectId, AdapterPlan plan, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId)!;
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (plan.Existing.Class is not null)
        {
            if (plan.Existing.Interface is null)
            {
                return null;
            }

            // The moved statements bring their usings along, into the adapter's file and the interface's.
            solution = await AddMemberAsync(solution, original, plan.Existing.Class, plan.Method, plan.Usings, compilation!, cancellationToken).ConfigureAwait(false) ?? solution;
            return await AddMemberAsync(solution, original, plan.Existing.Interface, plan.InterfaceMethod, plan.Usings, compilation!, cancellationToken).ConfigureAwait(false);
        }

        var (ns, marker, eol) = (plan.Namespace, plan.Marker, plan.EndOfLine);
        if (marker is not null && ns.Length > 0 && marker.StartsWith(ns + ".", StringComparison.Ordinal))
        {
            marker = marker.Substring(ns.Length + 1);
        }

        var attribute = marker is null ? string.Empty : $"[{marker}]{eol}";
        var declarations = $"/// <summary>What the application needs from this provider; the business code depends on this, not on the SDK.</summary>{eol}" +
                           $"public interface {plan.InterfaceName}{eol}{{{eol}{plan.InterfaceMethod}}}{eol}{eol}" +
                           $"{attribute}public sealed class {plan.Name} : {plan.InterfaceName}{eol}{{{eol}{plan.Method}}}{eol}";
        var members = SyntaxFactory.ParseCompilationUnit(declarations).Members.Select(m => m.WithAdditionalAnnotations(Formatter.Annotation)).ToList();

        // Never a new file: MSBuildWorkspace (dotnet format) would write a Compile item into an SDK-style project, which then
        // fails with NETSDK1022. The adapter joins a file that already declares the abstraction namespace, or, marked with
        // the project's attribute, the business file itself.
        var home = marker is null ? await DocumentEditing.FindNamespaceHomeAsync(project, ns, cancellationToken).ConfigureAwait(false) : solution.GetDocument(plan.BusinessDocument);
        if (home is null || await home.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax homeRoot)
        {
            return null;
        }

        var declaration = homeRoot.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault(n => n.Name.ToString() == ns);
        if (declaration is null && ns.Length > 0)
        {
            return null;
        }

        // One blank line after what the namespace (or the file) already holds.
        var existingMembers = declaration?.Members ?? homeRoot.Members;
        var endsLine = existingMembers.LastOrDefault()?.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ?? true;
        var separation = endsLine ? new[] { SyntaxFactory.EndOfLine(eol) } : new[] { SyntaxFactory.EndOfLine(eol), SyntaxFactory.EndOfLine(eol) };
        var added = existingMembers.AddRange(members.Select((m, i) => i == 0 ? m.WithLeadingTrivia(m.GetLeadingTrivia().InsertRange(0, separation)) : m));
        var newHome = declaration is not null ? homeRoot.ReplaceNode(declaration, declaration.WithMembers(added)) : homeRoot.WithMembers(added);
        return solution.WithDocumentSyntaxRoot(home.Id, DocumentEditing.EnsureUsings(newHome, compilation!, plan.Usings));
    }

    /// <summary>Adds a member to a type found in <paramref name="original"/>, in its document as it is in <paramref name="solution"/>.</summary>
    private static async Task<Solution?> AddMemberAsync(
        Solution solution, Solution original, INamedTypeSymbol type, string member, IReadOnlyList<string> usings, Compilation compilation, CancellationToken cancellationToken)
    {
        var reference = type.DeclaringSyntaxReferences[0];
        if (original.GetDocumentId(reference.SyntaxTree) is not { } id || solution.GetDocument(id) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || root.DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.Identifier.ValueText == type.Name) is not { } declaration)
        {
            return null;
        }

        var parsed = SyntaxFactory.ParseMemberDeclaration(member)!.WithAdditionalAnnotations(Formatter.Annotation);
        if (declaration is ClassDeclarationSyntax && declaration.Members.Count > 0)
        {
            // Methods of a class are separated by a blank line; an interface's members are not.
            parsed = parsed.WithLeadingTrivia(SyntaxFactory.EndOfLine(DocumentEditing.EndOfLine(root)));
        }

        var withMember = root.ReplaceNode(declaration, declaration.AddMembers(parsed));
        var ownNamespace = type.ContainingNamespace?.ToDisplayString();
        return solution.WithDocumentSyntaxRoot(
            document.Id,
            withMember is CompilationUnitSyntax unit ? DocumentEditing.EnsureUsings(unit, compilation, usings.Where(u => u != ownNamespace)) : withMember);
    }

    /// <summary>
    /// The business type with a way to reach the adapter: an existing member of the interface type; else, when the container
    /// creates the type (<paramref name="injected"/>), a new primary-constructor parameter or a readonly field set by the
    /// (only, or a new) constructor; else a readonly field that creates the adapter itself.
    /// </summary>
    private static (TypeDeclarationSyntax? Type, string Access) WithAdapterAccess(
        TypeDeclarationSyntax type, string interfaceName, string adapterName, INamedTypeSymbol? symbol, bool injected)
    {
        foreach (var parameter in type.ParameterList?.Parameters ?? default)
        {
            if (parameter.Type?.ToString() == interfaceName)
            {
                return (type, parameter.Identifier.ValueText);
            }
        }

        foreach (var member in type.Members)
        {
            if (member is FieldDeclarationSyntax field && field.Declaration.Type.ToString() == interfaceName)
            {
                return (type, field.Declaration.Variables[0].Identifier.ValueText);
            }

            if (member is PropertyDeclarationSyntax property && property.Type.ToString() == interfaceName)
            {
                return (type, property.Identifier.ValueText);
            }
        }

        // A partial type may hold the adapter in another of its files (a previous move there).
        foreach (var member in symbol?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IFieldSymbol { Type.Name: var fieldType } && fieldType == interfaceName
                || member is IPropertySymbol { Type.Name: var propertyType } && propertyType == interfaceName)
            {
                return (type, member.Name);
            }
        }

        var camel = char.ToLowerInvariant(interfaceName[1]) + interfaceName.Substring(2);
        while (symbol is not null && symbol.GetMembers(camel).Length > 0 || type.ParameterList?.Parameters.Any(p => p.Identifier.ValueText == camel) == true)
        {
            camel += "1";
        }

        // Laid out like the type's members: same indentation, one member per line, a blank line after the new ones.
        var indentation = type.Members.FirstOrDefault()?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) ?? SyntaxFactory.Whitespace("    ");
        var eol = SyntaxFactory.EndOfLine(DocumentEditing.EndOfLine(type));
        var fieldName = "_" + camel;
        if (!injected)
        {
            var ownField = SyntaxFactory.ParseMemberDeclaration($"private readonly {interfaceName} {fieldName} = new {adapterName}();")!
                .WithLeadingTrivia(indentation).WithTrailingTrivia(eol, eol);
            var at = type.Members.IndexOf(m => m is not FieldDeclarationSyntax);
            return (type.WithMembers(at < 0 ? type.Members.Add(ownField) : type.Members.Insert(at, ownField)), fieldName);
        }

        if (type.ParameterList is { } primary)
        {
            var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(camel)).WithType(SyntaxFactory.ParseTypeName(interfaceName + " "));
            return (type.WithParameterList(WithParameter(primary, parameter)), camel);
        }

        var constructors = type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        if (constructors.Count > 1 || constructors.Count == 1 && constructors[0].Body is null)
        {
            return (null, string.Empty);
        }

        var newField = SyntaxFactory.ParseMemberDeclaration($"private readonly {interfaceName} {fieldName};")!
            .WithLeadingTrivia(indentation).WithTrailingTrivia(eol, eol);

        var newParameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(camel)).WithType(SyntaxFactory.ParseTypeName(interfaceName + " "));
        TypeDeclarationSyntax result;
        if (constructors.Count == 1)
        {
            var constructor = constructors[0];
            var statementIndent = constructor.Body!.Statements.FirstOrDefault()?.GetLeadingTrivia() ?? SyntaxFactory.TriviaList(indentation, SyntaxFactory.Whitespace("    "));
            var assignment = SyntaxFactory.ParseStatement($"{fieldName} = {camel};").WithLeadingTrivia(statementIndent).WithTrailingTrivia(eol);
            var updated = constructor.WithParameterList(WithParameter(constructor.ParameterList, newParameter))
                .WithBody(constructor.Body.WithStatements(constructor.Body.Statements.Insert(0, assignment)));
            result = type.ReplaceNode(constructor, updated);
        }
        else
        {
            var constructor = SyntaxFactory.ParseMemberDeclaration($"public {type.Identifier.ValueText}({interfaceName} {camel}) => {fieldName} = {camel};")!
                .WithLeadingTrivia(indentation).WithTrailingTrivia(eol, eol);
            var firstMethod = type.Members.IndexOf(m => m is MethodDeclarationSyntax or PropertyDeclarationSyntax);
            result = firstMethod < 0 ? type.AddMembers(constructor) : type.WithMembers(type.Members.Insert(firstMethod, constructor));
        }

        var insertAt = result.Members.IndexOf(m => m is not FieldDeclarationSyntax);
        return (result.WithMembers(insertAt < 0 ? result.Members.Add(newField) : result.Members.Insert(insertAt, newField)), fieldName);
    }

    /// <summary>Appends a parameter after a comma and a space, keeping the list as written.</summary>
    private static ParameterListSyntax WithParameter(ParameterListSyntax list, ParameterSyntax parameter)
    {
        if (list.Parameters.Count == 0)
        {
            return list.WithParameters(SyntaxFactory.SingletonSeparatedList(parameter));
        }

        var separators = list.Parameters.GetSeparators().ToList();
        separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        return list.WithParameters(SyntaxFactory.SeparatedList(list.Parameters.Add(parameter), separators));
    }

    /// <summary>The enclosing method's name, Async-suffixed when the adapter awaits, unique in an existing adapter.</summary>
    private static string MethodName(AdapterExtraction extraction, INamedTypeSymbol? adapter)
    {
        var method = extraction.Block.Ancestors().OfType<MethodDeclarationSyntax>().First().Identifier.ValueText;
        if (extraction.IsAsync && !method.EndsWith("Async", StringComparison.Ordinal))
        {
            method += "Async";
        }

        var name = method;
        for (var i = 2; adapter is not null && adapter.GetMembers(name).Length > 0; i++)
        {
            name = method + i;
        }

        return name;
    }

    private static (INamedTypeSymbol? Class, INamedTypeSymbol? Interface) FindAdapter(Compilation compilation, string adapterName, string interfaceName)
    {
        INamedTypeSymbol? adapter = null, contract = null;
        foreach (var symbol in compilation.GetSymbolsWithName(n => n == adapterName || n == interfaceName, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class } type && type.Name == adapterName && type.Locations.Any(l => l.IsInSource))
            {
                adapter = type;
            }
            else if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Interface } iface && iface.Name == interfaceName && iface.Locations.Any(l => l.IsInSource))
            {
                contract = iface;
            }
        }

        return adapter is not null && contract is not null && adapter.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default) ? (adapter, contract) : (adapter, null);
    }

    /// <summary>The project's own <c>ProviderAbstraction</c> attribute (users declare it; the analyzers match it by name).</summary>
    private static string? MarkerAttribute(Compilation compilation)
    {
        foreach (var symbol in compilation.GetSymbolsWithName(n => n is "ProviderAbstractionAttribute", SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class } attribute)
            {
                return attribute.ContainingNamespace.IsGlobalNamespace ? "ProviderAbstraction" : attribute.ContainingNamespace.ToDisplayString() + ".ProviderAbstraction";
            }
        }

        return null;
    }

    private static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// Fix All moves one flagged statement group at a time, on the solution the previous move left: the moves share the
    /// adapter and the business types, so they cannot be computed side by side. Targets are marked first so they can be
    /// found again after earlier moves shifted the text; a target moved along with an earlier one is skipped.
    /// </summary>
    private sealed class SequentialFixAll : FixAllProvider
    {
        private const string Kind = "ProviderLockin.AdapterTarget";

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<Diagnostic>();
            var documents = FixAllScopes.DocumentsOf(fixAllContext);
            foreach (var document in documents)
            {
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
            }

            var key = fixAllContext.CodeActionEquivalenceKey;
            var wanted = diagnostics.Where(d => key switch
            {
                HttpEquivalenceKey => d.Id == RuleIdentifiers.RawHttpToProviderEndpoint,
                SdkEquivalenceKey => d.Id == RuleIdentifiers.DirectProviderSdkUse,
                _ => true,
            }).ToList();
            if (wanted.Count == 0)
            {
                return null;
            }

            return CodeAction.Create(
                key == HttpEquivalenceKey ? "Move requests to provider adapters" : "Move to provider adapters",
                ct => MoveAllAsync(fixAllContext.Solution, wanted, ct),
                key);
        }

        private static async Task<Solution> MoveAllAsync(Solution solution, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            // Mark every target.
            var targets = new List<(DocumentId Document, SyntaxAnnotation Mark, Diagnostic Diagnostic)>();
            foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree))
            {
                var document = solution.GetDocument(group.Key);
                if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
                {
                    continue;
                }

                var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
                foreach (var diagnostic in group.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    if (!marks.ContainsKey(node))
                    {
                        marks[node] = new SyntaxAnnotation(Kind);
                        targets.Add((document.Id, marks[node], diagnostic));
                    }
                }

                solution = solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
            }

            foreach (var (documentId, mark, diagnostic) in targets)
            {
                var root = await solution.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var node = root?.GetAnnotatedNodes(mark).FirstOrDefault();
                if (node is null)
                {
                    continue;
                }

                solution = await ApplyAsync(solution, documentId, node.Span, diagnostic, cancellationToken).ConfigureAwait(false) ?? solution;
            }

            return solution;
        }
    }

    /// <summary>Where the adapter goes and what it gets: the same for both tries of one move.</summary>
    private sealed class AdapterPlan
    {
        public AdapterPlan(
            (INamedTypeSymbol? Class, INamedTypeSymbol? Interface) existing, string name, string interfaceName, string method,
            string interfaceMethod, string ns, string? marker, IReadOnlyList<string> usings, string endOfLine, string businessType, DocumentId businessDocument)
        {
            BusinessType = businessType;
            BusinessDocument = businessDocument;
            Existing = existing;
            Name = name;
            InterfaceName = interfaceName;
            Method = method;
            InterfaceMethod = interfaceMethod;
            Namespace = ns;
            Marker = marker;
            Usings = usings;
            EndOfLine = endOfLine;
        }

        public (INamedTypeSymbol? Class, INamedTypeSymbol? Interface) Existing { get; }

        public string Name { get; }

        public string InterfaceName { get; }

        /// <summary>The adapter method's declaration.</summary>
        public string Method { get; }

        public string InterfaceMethod { get; }

        public string Namespace { get; }

        /// <summary>The project's [ProviderAbstraction] attribute, when there is no abstraction namespace.</summary>
        public string? Marker { get; }

        public IReadOnlyList<string> Usings { get; }

        public string EndOfLine { get; }

        /// <summary>The type that now takes the adapter: where the project registers it with DI, the adapter is registered too.</summary>
        public string BusinessType { get; }

        /// <summary>Where the business type is declared: the adapter's home when it is marked with the project's attribute.</summary>
        public DocumentId BusinessDocument { get; }
    }
}
