using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>
/// The skeleton of a fix whose edit is one text change inside the finding's own text, in C# or in an additional file
/// (prompt files, appsettings.json): the change is computed per diagnostic (<see cref="ChangeForAsync"/>), applied to the
/// solution (<see cref="ApplyAsync"/>, which may keep a project as it was when the result would not compile), and Fix All
/// applies every finding's change of the scope in one solution change.
/// </summary>
public abstract class TextChangeFix : CodeFixProvider
{
    protected abstract string Key { get; }

    /// <summary>The Fix All action's title.</summary>
    protected abstract string FixAllTitle { get; }

    /// <summary>The light-bulb title for one finding's change.</summary>
    protected abstract string TitleFor(Diagnostic diagnostic, TextChange change);

    /// <summary>The change for one finding, or null when this finding cannot be fixed.</summary>
    protected abstract Task<TextChange?> ChangeForAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>True when the change must be applied before it is offered (its result may have to be dropped).</summary>
    protected virtual Task<bool> MustApplyBeforeOfferingAsync(TextDocument document, TextChange change, CancellationToken cancellationToken)
        => Task.FromResult(false);

    protected virtual Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<(DocumentId Document, TextChange Change)> changes, CancellationToken cancellationToken)
        => TextEdits.ApplyAsync(solution, changes, cancellationToken);

    public sealed override FixAllProvider GetFixAllProvider() => new AllChangesFixAll(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        var solution = document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await ChangeForAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } change)
            {
                continue;
            }

            var edit = new[] { (document.Id, change) };
            var title = TitleFor(diagnostic, change);
            if (await MustApplyBeforeOfferingAsync(document, change, context.CancellationToken).ConfigureAwait(false))
            {
                var changed = await ApplyAsync(solution, edit, context.CancellationToken).ConfigureAwait(false);
                if (changed != solution)
                {
                    context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), Key), diagnostic);
                }
            }
            else
            {
                context.RegisterCodeFix(CodeAction.Create(title, ct => ApplyAsync(solution, edit, ct), Key), diagnostic);
            }
        }
    }

    /// <summary>Fix All: every finding of the scope it can change, C# and additional files, in one solution change.</summary>
    private sealed class AllChangesFixAll : FixAllProvider
    {
        private readonly TextChangeFix _fix;

        public AllChangesFixAll(TextChangeFix fix) => _fix = fix;

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var changes = new List<(DocumentId, TextChange)>();
            foreach (var (document, diagnostic) in await TextEdits.FindingsAsync(fixAllContext).ConfigureAwait(false))
            {
                if (await _fix.ChangeForAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } change)
                {
                    changes.Add((document.Id, change));
                }
            }

            if (changes.Count == 0)
            {
                return null;
            }

            // Computed here, so a run whose every change had to be dropped (it would not compile) offers nothing, rather
            // than an action that returns the solution unchanged.
            var changed = await _fix.ApplyAsync(fixAllContext.Solution, changes, fixAllContext.CancellationToken).ConfigureAwait(false);
            return changed == fixAllContext.Solution ? null : CodeAction.Create(_fix.FixAllTitle, _ => Task.FromResult(changed), _fix.Key);
        }
    }
}
