using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// The guard of every fix that rewrites more than a token: the result may not add a compiler error. Errors are counted
/// by ID, so code that was already broken may stay broken, but not in a new way.
/// </summary>
internal static class CompileCheck
{
    public static Dictionary<string, int> Errors(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }

    public static bool HasNoNewErrors(Dictionary<string, int> before, Dictionary<string, int> after)
    {
        foreach (var error in after)
        {
            if (!before.TryGetValue(error.Key, out var count) || error.Value > count)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="after"/>'s project compiles with no error <paramref name="before"/>'s did not have.</summary>
    public static async Task<bool> CompilesAsWellAsync(Solution before, Solution after, ProjectId projectId, CancellationToken cancellationToken)
    {
        var old = await before.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var now = await after.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return HasNoNewErrors(
            Errors(old?.GetDiagnostics(cancellationToken) ?? ImmutableArray<Diagnostic>.Empty),
            Errors(now?.GetDiagnostics(cancellationToken) ?? ImmutableArray<Diagnostic>.Empty));
    }
}
