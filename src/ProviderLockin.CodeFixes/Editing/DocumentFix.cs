using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>One action a fix offers: its light-bulb title and the equivalence key Fix All and <c>dotnet format</c> use.</summary>
public sealed class FixAction
{
    public FixAction(string title, string key)
    {
        Title = title;
        Key = key;
    }

    public string Title { get; }

    public string Key { get; }

    public static ImmutableArray<FixAction> One(string title, string key) => ImmutableArray.Create(new FixAction(title, key));
}

/// <summary>
/// The skeleton of a fix that edits the flagged document only: the light bulb asks a cheap question per diagnostic
/// (<see cref="CanFix"/>) and the edit is made when chosen — or, for a fix whose result must exist to be judged
/// (<see cref="ComputeWhenOffered"/>: it must compile, or must change something), the edit is made when the light bulb
/// asks and offered only if it changed something. Fix All makes the chosen action's edit per document, one document
/// after the other (<see cref="SequentialDocumentFixAll"/>), so members a fix adds to a partial type are added once.
/// </summary>
public abstract class DocumentFix : CodeFixProvider
{
    /// <summary>The actions offered for a diagnostic, in light-bulb order; most fixes offer one.</summary>
    protected abstract ImmutableArray<FixAction> Actions { get; }

    public sealed override FixAllProvider GetFixAllProvider() => new ChosenActionFixAll(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !IsAvailable(model.Compilation))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in Actions)
            {
                if (!IsOffered(diagnostic, action))
                {
                    continue;
                }

                var single = ImmutableArray.Create(diagnostic);
                if (ComputeWhenOffered)
                {
                    var fixedDocument = await ApplyAsync(document, single, action, context.CancellationToken).ConfigureAwait(false);
                    if (!ReferenceEquals(fixedDocument, document))
                    {
                        context.RegisterCodeFix(CodeAction.Create(action.Title, _ => Task.FromResult(fixedDocument), action.Key), diagnostic);
                    }
                }
                else if (CanFix(root, model, diagnostic, context.CancellationToken))
                {
                    context.RegisterCodeFix(CodeAction.Create(action.Title, ct => ApplyAsync(document, single, action, ct), action.Key), diagnostic);
                }
            }
        }
    }

    /// <summary>The edit is made when the light bulb asks (the result decides whether the fix is offered: a shape check is not enough).</summary>
    protected virtual bool ComputeWhenOffered => false;

    /// <summary>What the project must reference for the edit to compile; checked again by <see cref="ApplyAsync"/>, which Fix All calls directly.</summary>
    protected virtual bool IsAvailable(Compilation compilation) => true;

    /// <summary>Whether <paramref name="action"/> applies to this diagnostic at all (read from its properties); Fix All passes only these.</summary>
    protected virtual bool IsOffered(Diagnostic diagnostic, FixAction action) => true;

    protected virtual bool CanFix(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) => true;

    /// <summary>Makes <paramref name="action"/>'s edit for every diagnostic of <paramref name="document"/> it can; returns the document unchanged when none applies.</summary>
    protected abstract Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken);

    /// <summary>Fix All of the action the user chose (by its equivalence key), on the diagnostics it is offered for.</summary>
    private sealed class ChosenActionFixAll : FixAllProvider
    {
        private readonly DocumentFix _fix;

        public ChosenActionFixAll(DocumentFix fix) => _fix = fix;

        public override System.Collections.Generic.IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var actions = _fix.Actions;
            var action = actions[0];
            foreach (var candidate in actions)
            {
                if (candidate.Key == fixAllContext.CodeActionEquivalenceKey)
                {
                    action = candidate;
                    break;
                }
            }

            return new SequentialDocumentFixAll((document, diagnostics, cancellationToken) =>
                {
                    var offered = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
                    foreach (var diagnostic in diagnostics)
                    {
                        if (_fix.IsOffered(diagnostic, action))
                        {
                            offered.Add(diagnostic);
                        }
                    }

                    return offered.Count == 0 ? Task.FromResult(document) : _fix.ApplyAsync(document, offered.ToImmutable(), action, cancellationToken);
                })
                .GetFixAsync(fixAllContext);
        }
    }
}
