using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.CodeFixes.Editing;
using ProviderLockin.CodeFixes.Fixes.UseIChatClient;

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA1001 / PLA1002 "Use IChatClient (Microsoft.Extensions.AI)": migrates the type that holds an OpenAI / Azure OpenAI
/// <c>ChatClient</c>, an Anthropic client or an OllamaSharp <c>OllamaApiClient</c> to <c>IChatClient</c> — declarations,
/// chat calls (<see cref="ChatCallShapes"/>), result access (<see cref="ChatResults"/>) and constructions
/// (<see cref="ChatClientMigration"/>). The result is compiled before the fix is offered: when it would add an error, or a
/// changed member is used from another file, there is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIChatClientFix)), Shared]
public sealed class UseIChatClientFix : DocumentFix
{
    public const string EquivalenceKey = "ProviderLockin.UseIChatClient";
    private const string Title = "Use IChatClient (Microsoft.Extensions.AI)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.DirectProviderSdkUse, RuleIdentifiers.ProviderClientTypeInSignature);

    protected override ImmutableArray<FixAction> Actions { get; } = FixAction.One(Title, EquivalenceKey);

    // The migration is computed when the light bulb asks: it is only offered when its result compiles.
    protected override bool ComputeWhenOffered => true;

    /// <summary>Migrates the types (or top-level statements) that hold the diagnostics, each once.</summary>
    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);

        // dotnet format runs every fix of a rule on diagnostics computed once: a span whose text another fix already
        // changed is no longer this diagnostic's, and is left alone.
        var scopes = diagnostics.Where(d => IsCurrent(d, text))
            .Select(d => root is null ? null : ChatClientMigration.ScopeOf(root.FindNode(d.Location.SourceSpan)))
            .OfType<SyntaxNode>().Distinct().ToList();

        // Types from the end of the file up, so earlier spans still hold; top-level statements (the whole file) last.
        foreach (var scope in scopes.OrderBy(s => s is CompilationUnitSyntax).ThenByDescending(s => s.SpanStart))
        {
            var current = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var currentScope = scope is CompilationUnitSyntax
                ? current
                : current?.DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.SpanStart == scope.SpanStart);
            if (currentScope is not null && await ChatClientMigration.TryMigrateAsync(document, currentScope, cancellationToken).ConfigureAwait(false) is { } migrated)
            {
                document = migrated;
            }
        }

        return document;
    }

    private static bool IsCurrent(Diagnostic diagnostic, SourceText text)
    {
        var span = diagnostic.Location.SourceSpan;
        return diagnostic.Location.SourceTree is { } tree && span.End <= text.Length
               && tree.GetText().ToString(span) == text.ToString(span);
    }
}
