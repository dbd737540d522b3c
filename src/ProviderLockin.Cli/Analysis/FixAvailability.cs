using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ProviderLockin.CodeFixes;

namespace ProviderLockin.Cli.Analysis;

/// <summary>
/// Which of the package's code fixes the IDE would offer on a finding (`report --fixes`): each fix that handles the rule
/// is asked, as the light bulb asks it. Fixes compile their result before they offer it, so this costs a compilation per
/// finding for some of them; it is opt-in.
/// </summary>
internal static class FixAvailability
{
    private static readonly Lazy<ImmutableArray<CodeFixProvider>> Fixes = new(CodeFixCatalog.CreateAll);

    public static async Task<IReadOnlyList<string>> OfferedAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var titles = new List<string>();
        if (diagnostic.Location.SourceTree is not { } tree || project.GetDocument(tree) is not { } document)
        {
            return titles;
        }

        foreach (var fix in Fixes.Value)
        {
            if (!fix.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            var actions = new List<CodeAction>();
            try
            {
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A fix that throws is a fix the IDE would not show.
                continue;
            }

            titles.AddRange(actions.Select(a => a.Title));
        }

        return titles;
    }
}
