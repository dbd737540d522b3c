using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Every code fix, applied to every test input where it is offered and through Fix All over a project made of all
/// those inputs: the result has no compiler error the input did not have, and code the fix has no business touching
/// (every other member of every document) is still there byte for byte.
/// </summary>
public class CodeFixSafetyTests(ITestOutputHelper output)
{
    /// <summary>Every fix the package ships, found by reflection: a new fix is covered without an edit here.</summary>
    private static readonly ImmutableArray<CodeFixProvider> Fixes = ProviderLockin.CodeFixes.CodeFixCatalog.CreateAll();

    /// <summary>Members a fix may rewrite beyond the one the diagnostic is in: the migration rewrites every use of the client.</summary>
    private static readonly Dictionary<Type, string[]> AlsoTouches = new()
    {
        // The migration rewrites the whole type: every client-typed member of it, and every use of those members.
        [typeof(UseIChatClientFix)] = new[] { "ChatClient", "CompleteChat", "ChatMessage", "ChatCompletionOptions", "AsIChatClient", "AnthropicClient", "OllamaApiClient", "Messages.Create", "GenerateAsync", "ChatAsync",
            // ... and, in top-level statements (one scope), the statements that read results or build messages.
            "Content[0].Text", "ContentUpdate", "UserChatMessage", "SystemChatMessage", "AssistantChatMessage" },

        // The move gives the type a way to reach the adapter: a constructor, or a parameter of the one it has.
        [typeof(MoveToProviderAdapterFix)] = new[] { "Adapter" },
    };

    [Fact]
    public async Task Each_fix_on_each_input_where_it_is_offered_compiles_and_keeps_unrelated_code()
    {
        var failures = new ConcurrentQueue<string>();
        var applied = 0;
        var offeredOn = new ConcurrentDictionary<Type, ConcurrentBag<TestInput>>();
        await Parallel.ForEachAsync(TestInputs.All, async (input, cancellationToken) =>
        {
            using var workspace = new AdhocWorkspace();
            var document = await AddProjectAsync(workspace, new[] { input });
            var diagnostics = await AnalyzeAsync(document.Project, cancellationToken);
            foreach (var diagnostic in diagnostics)
            {
                foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
                    foreach (var action in actions)
                    {
                        offeredOn.GetOrAdd(fix.GetType(), _ => new ConcurrentBag<TestInput>()).Add(input);
                        Interlocked.Increment(ref applied);
                        var problem = await CheckAsync(document.Project, action, fix, new[] { diagnostic }, cancellationToken);
                        if (problem is not null)
                        {
                            failures.Enqueue($"{fix.GetType().Name} on {diagnostic.Id} in {input.Name}: {problem}");
                        }
                    }
                }
            }
        });

        var fixAll = 0;
        foreach (var fix in Fixes)
        {
            if (!offeredOn.TryGetValue(fix.GetType(), out var inputs))
            {
                failures.Enqueue($"{fix.GetType().Name} was offered on no test input");
                continue;
            }

            fixAll++;
            var problem = await FixAllOverOneProjectAsync(fix, inputs.Distinct().OrderBy(i => i.Name, StringComparer.Ordinal).ToList());
            if (problem is not null)
            {
                failures.Enqueue($"{fix.GetType().Name} Fix All: {problem}");
            }
        }

        var summary = $"{applied} single fixes applied on {TestInputs.All.Count} test inputs, {fixAll} Fix All runs over multi-document projects, {failures.Count} problems";
        output.WriteLine(summary);
        RobustnessReport.Record("Code fixes", summary);
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(10)));
    }

    private static async Task<string?> FixAllOverOneProjectAsync(CodeFixProvider fix, IReadOnlyList<TestInput> inputs)
    {
        using var workspace = new AdhocWorkspace();
        var isolated = inputs.Select(Isolate).OfType<TestInput>().ToList();
        var first = await AddProjectAsync(workspace, isolated);
        var project = first.Project;
        var diagnostics = (await AnalyzeAsync(project, CancellationToken.None)).Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        var fixAllProvider = fix.GetFixAllProvider();
        if (fixAllProvider is null || diagnostics.IsEmpty)
        {
            return fixAllProvider is null ? "no Fix All provider" : null;
        }

        var anchor = project.GetDocument(diagnostics[0].Location.SourceTree!)!;
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(anchor, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None));
        if (actions.Count == 0)
        {
            return null;
        }

        var context = new FixAllContext(
            anchor,
            fix,
            FixAllScope.Project,
            actions[0].EquivalenceKey,
            fix.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await fixAllProvider.GetFixAsync(context);
        return action is null ? "Fix All produced no action" : await CheckAsync(project, action, fix, diagnostics, CancellationToken.None);
    }

    /// <summary>Applies <paramref name="action"/>; null when the result is sound, otherwise what is wrong with it.</summary>
    private static async Task<string?> CheckAsync(Project before, CodeAction action, CodeFixProvider fix, IReadOnlyCollection<Diagnostic> fixedDiagnostics, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var change = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
        if (change is null)
        {
            return "no ApplyChangesOperation";
        }

        var after = change.ChangedSolution.GetProject(before.Id)!;

        // A new file would make MSBuildWorkspace (dotnet format) write a Compile item into the project: NETSDK1022. A
        // document reported as changed must have changed, or dotnet format counts it as formatted.
        var projectChanges = change.ChangedSolution.GetChanges(before.Solution).GetProjectChanges().ToList();
        if (projectChanges.Any(p => p.GetAddedDocuments().Any() || p.GetRemovedDocuments().Any() || p.GetAddedAdditionalDocuments().Any()))
        {
            return "adds or removes a document";
        }

        foreach (var id in projectChanges.SelectMany(p => p.GetChangedDocuments()))
        {
            var oldText = await before.Solution.GetDocument(id)!.GetTextAsync(cancellationToken);
            var newTextOfDocument = await change.ChangedSolution.GetDocument(id)!.GetTextAsync(cancellationToken);
            if (oldText.ContentEquals(newTextOfDocument))
            {
                return $"reports {before.Solution.GetDocument(id)!.Name} as changed without changing its text";
            }
        }

        var newErrors = await NewErrorsAsync(before, after, cancellationToken);
        if (newErrors is not null)
        {
            return "new compiler errors: " + newErrors;
        }

        var touchable = AlsoTouches.TryGetValue(fix.GetType(), out var words) ? words : Array.Empty<string>();

        // A type written through a using alias (using Llm = OpenAI.Chat.ChatClient) is the same type: the alias is touchable too.
        if (touchable.Length > 0)
        {
            var aliases = new List<string>();
            foreach (var document in before.Documents)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken);
                foreach (var directive in root!.DescendantNodes().OfType<UsingDirectiveSyntax>())
                {
                    if (directive.Alias is { } alias && touchable.Any(word => directive.NamespaceOrType.ToString().Contains(word, StringComparison.Ordinal)))
                    {
                        aliases.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }

            touchable = touchable.Concat(aliases).ToArray();
        }
        foreach (var document in before.Documents)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken);
            var newText = (await after.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
            var spans = fixedDiagnostics.Where(d => d.Location.SourceTree == root!.SyntaxTree).Select(d => d.Location.SourceSpan).ToList();
            var literals = fixedDiagnostics.Where(d => d.Id == "PLA2002").Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).ToList();
            foreach (var member in root!.DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                {
                    continue;
                }

                var text = member.ToString();
                if (spans.Any(span => member.FullSpan.IntersectsWith(span))
                    || touchable.Any(word => text.Contains(word, StringComparison.Ordinal))
                    || literals.Any(literal => text.Contains(literal, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (!newText.Contains(text, StringComparison.Ordinal))
                {
                    return $"unrelated member changed in {document.Name}: {Shorten(text)}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The input in a namespace of its own, so that many inputs can share one project without their type names
    /// colliding; null for top-level statements, which only one file of a project may have.
    /// </summary>
    private static TestInput? Isolate(TestInput input, int index)
    {
        var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)RobustnessHarness.Parse(input.Source).GetRoot();
        if (root.Members.Any(m => m is GlobalStatementSyntax))
        {
            return null;
        }

        var prefix = "Input" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var namespaces = root.Members.OfType<BaseNamespaceDeclarationSyntax>().ToList();
        if (namespaces.Count > 0)
        {
            var renamed = root.ReplaceNodes(namespaces.Select(n => n.Name), (name, _) => Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseName(prefix + "." + name).WithTriviaFrom(name));
            return input with { Source = renamed.ToFullString() };
        }

        var insertAt = root.Usings.Count > 0 ? root.Usings[^1].FullSpan.End : root.Externs.Count > 0 ? root.Externs[^1].FullSpan.End : 0;
        var attributes = root.AttributeLists.Count > 0 ? root.AttributeLists[^1].FullSpan.End : 0;
        insertAt = Math.Max(insertAt, attributes);
        return input with { Source = input.Source[..insertAt] + "namespace " + prefix + ";\n" + input.Source[insertAt..] };
    }

    private static async Task<string?> NewErrorsAsync(Project before, Project after, CancellationToken cancellationToken)
    {
        var was = Errors(await before.GetCompilationAsync(cancellationToken));
        var now = Errors(await after.GetCompilationAsync(cancellationToken));
        var added = now.Where(pair => pair.Value > (was.TryGetValue(pair.Key, out var count) ? count : 0)).Select(pair => pair.Key).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        var compilation = await after.GetCompilationAsync(cancellationToken);
        return string.Join("; ", compilation!.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error && added.Contains(d.Id)).Take(3));
    }

    // Counted here rather than with the fixes' own CompileCheck: the test must not share the guard it is checking.
    private static Dictionary<string, int> Errors(Compilation? compilation)
        => compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

    private static async Task<Document> AddProjectAsync(AdhocWorkspace workspace, IReadOnlyList<TestInput> inputs)
    {
        var compilation = await RobustnessHarness.BaseAsync();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Fixed",
            "Fixed",
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: RobustnessHarness.ParseOptions,
            metadataReferences: compilation.References));
        Document? first = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var document = workspace.AddDocument(project.Id, $"Input{i}.cs", SourceText.From(inputs[i].Source));
            first ??= document;
        }

        return workspace.CurrentSolution.GetDocument(first!.Id)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken);
        var diagnostics = await compilation!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockinAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAnalyzerDiagnosticsAsync(cancellationToken);
        return diagnostics.Where(d => d.Id.StartsWith("PLA", StringComparison.Ordinal) && d.Location.IsInSource).ToImmutableArray();
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
