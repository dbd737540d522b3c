using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class UseIChatClientFix : CodeFixProvider
{
    public const string EquivalenceKey = "ProviderLockin.UseIChatClient";
    private const string Title = "Use IChatClient (Microsoft.Extensions.AI)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.DirectProviderSdkUse, RuleIdentifiers.ProviderClientTypeInSignature);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);

            // dotnet format runs every fix of a rule on diagnostics computed once: a span whose text another fix already
            // changed is no longer this diagnostic's, and is left alone.
            var scopes = diagnostics.Where(d => IsCurrent(d, text))
                .Select(d => root is null ? null : ChatClientMigration.ScopeOf(root.FindNode(d.Location.SourceSpan)))
                .OfType<SyntaxNode>().Distinct().ToList();

            // Types from the end of the file up, so earlier spans still hold; top-level statements (the whole file) last.
            foreach (var scope in scopes.OrderBy(s => s is CompilationUnitSyntax).ThenByDescending(s => s.SpanStart))
            {
                var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var currentScope = scope is CompilationUnitSyntax
                    ? current
                    : current?.DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.SpanStart == scope.SpanStart);
                if (currentScope is not null && await ChatClientMigration.TryMigrateAsync(document, currentScope, context.CancellationToken).ConfigureAwait(false) is { } migrated)
                {
                    document = migrated;
                }
            }

            return document;
        });

    private static bool IsCurrent(Diagnostic diagnostic, SourceText text)
    {
        var span = diagnostic.Location.SourceSpan;
        return diagnostic.Location.SourceTree is { } tree && span.End <= text.Length
               && tree.GetText().ToString(span) == text.ToString(span);
    }

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (ChatClientMigration.ScopeOf(root.FindNode(diagnostic.Location.SourceSpan)) is not { } scope)
            {
                continue;
            }

            // Computed now: the fix is only offered when its result compiles.
            var migrated = await ChatClientMigration.TryMigrateAsync(context.Document, scope, context.CancellationToken).ConfigureAwait(false);
            if (migrated is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(migrated), EquivalenceKey), diagnostic);
            }
        }
    }
}
