using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// Fix All for fixes that add a shared member to the type they edit: documents are fixed one after the other, each on the
/// solution the previous one left, so a partial type split over two files gets the member once (the second file sees the
/// first one's member). Each document changes once, so the diagnostics' spans of the documents still to come hold.
/// </summary>
internal sealed class SequentialDocumentFixAll : FixAllProvider
{
    private readonly Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> _fix;

    public SequentialDocumentFixAll(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fix) => _fix = fix;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var documents = FixAllScopes.DocumentsOf(fixAllContext);

        var work = new List<(DocumentId Id, ImmutableArray<Diagnostic> Diagnostics)>();
        foreach (var document in documents)
        {
            var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                work.Add((document.Id, diagnostics));
            }
        }

        if (work.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            fixAllContext.CodeActionEquivalenceKey ?? "Fix all",
            async cancellationToken =>
            {
                var solution = fixAllContext.Solution;
                foreach (var (id, diagnostics) in work)
                {
                    if (solution.GetDocument(id) is { } document)
                    {
                        solution = (await _fix(document, diagnostics, cancellationToken).ConfigureAwait(false)).Project.Solution;
                    }
                }

                return solution;
            },
            fixAllContext.CodeActionEquivalenceKey);
    }
}
