using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// The skeleton of a fix that edits the flagged document only: the light bulb asks a cheap question per diagnostic
/// (<see cref="CanFix"/>) and the edit is made when chosen — or, for a fix whose result must exist to be judged
/// (<see cref="ComputeWhenOffered"/>), the edit is made when the light bulb asks and offered only if it changed something.
/// Fix All makes the same edit per document, one document after the other (<see cref="SequentialDocumentFixAll"/>), so
/// members a fix adds to a partial type are added once.
/// </summary>
public abstract class DocumentFix : CodeFixProvider
{
    protected abstract string Title { get; }

    protected abstract string Key { get; }

    public sealed override FixAllProvider GetFixAllProvider() => new SequentialDocumentFixAll(ApplyAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !IsAvailable(model.Compilation))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (ComputeWhenOffered)
            {
                var document = context.Document;
                var fixedDocument = await ApplyAsync(document, ImmutableArray.Create(diagnostic), context.CancellationToken).ConfigureAwait(false);
                if (!ReferenceEquals(fixedDocument, document))
                {
                    context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), Key), diagnostic);
                }
            }
            else if (CanFix(root, model, diagnostic, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), Key),
                    diagnostic);
            }
        }
    }

    /// <summary>The edit is made when the light bulb asks (the result decides whether the fix is offered: a shape check is not enough).</summary>
    protected virtual bool ComputeWhenOffered => false;

    /// <summary>What the project must reference for the edit to compile; checked again by <see cref="ApplyAsync"/>, which Fix All calls directly.</summary>
    protected virtual bool IsAvailable(Compilation compilation) => true;

    protected virtual bool CanFix(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) => true;

    /// <summary>Fixes every diagnostic of <paramref name="document"/> it can; returns the document unchanged when none applies.</summary>
    protected abstract Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);
}
