using System;
using System.Collections.Generic;
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

namespace ProviderLockin.CodeFixes.Fixes;

/// <summary>
/// PLA3004 "Add UseOpenTelemetry() to the pipeline" (and "Add UseLogging()" where the pipeline is registered on a host's
/// services, which always provide the ILoggerFactory UseLogging requires): the call goes last in the builder chain, just
/// before <c>Build()</c>, so every request that reaches the provider is recorded. Offered only when the result compiles;
/// not offered for an SDK client registered without a pipeline (there is no chain to add to).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPipelineTelemetryFix)), Shared]
public sealed class AddPipelineTelemetryFix : DocumentFix
{
    public const string OpenTelemetryKey = "ProviderLockin.AddPipelineTelemetry.OpenTelemetry";
    public const string LoggingKey = "ProviderLockin.AddPipelineTelemetry.Logging";
    private const string HostLoggingAvailable = "HostLoggingAvailable";

    private static readonly FixAction OpenTelemetry = new("Add UseOpenTelemetry() to the pipeline", OpenTelemetryKey);
    private static readonly FixAction Logging = new("Add UseLogging() to the pipeline", LoggingKey);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PipelineWithoutTelemetry);

    protected override ImmutableArray<FixAction> Actions { get; } = ImmutableArray.Create(OpenTelemetry, Logging);

    // Offered only when the result compiles.
    protected override bool ComputeWhenOffered => true;

    protected override bool IsOffered(Diagnostic diagnostic, FixAction action)
        => action == OpenTelemetry || diagnostic.Properties.ContainsKey(HostLoggingAvailable);

    protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAction action, CancellationToken cancellationToken)
        => await AddAsync(document, diagnostics, action == Logging ? "UseLogging" : "UseOpenTelemetry", cancellationToken).ConfigureAwait(false) ?? document;

    /// <summary>Adds <paramref name="method"/> to every flagged pipeline of the document; null when nothing applies or the result does not compile.</summary>
    private static async Task<Document?> AddAsync(Document document, IEnumerable<Diagnostic> diagnostics, string method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax || model is null)
        {
            return null;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics)
        {
            if (InsertionFor(root, model, diagnostic.Location.SourceSpan, method, text, cancellationToken) is { } change
                && !changes.Any(c => c.Span.Start == change.Span.Start))
            {
                changes.Add(change);
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var edited = document.WithText(text.WithChanges(changes));
        var editedRoot = (CompilationUnitSyntax)(await edited.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var compilation = await edited.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is not null)
        {
            edited = edited.WithSyntaxRoot(DocumentEditing.EnsureUsing(editedRoot, compilation, "Microsoft.Extensions.AI"));
        }

        return await CompileCheck.CompilesAsWellAsync(document.Project.Solution, edited.Project.Solution, document.Project.Id, cancellationToken).ConfigureAwait(false)
            ? edited
            : null;
    }

    /// <summary>
    /// Where the call goes: after the last builder of the chain that starts at the flagged node (before <c>.Build()</c>,
    /// or at the end of a registration statement), laid out like the chain (a new line when its calls are on new lines).
    /// </summary>
    private static TextChange? InsertionFor(SyntaxNode root, SemanticModel model, TextSpan span, string method, SourceText text, CancellationToken cancellationToken)
    {
        var builders = new[]
        {
            model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatClientBuilder"),
            model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.EmbeddingGeneratorBuilder`2"),
        };
        bool IsBuilder(ITypeSymbol? type)
            => type is INamedTypeSymbol named && Array.Exists(builders, b => SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, b));

        var start = root.FindNode(span).AncestorsAndSelf()
            .FirstOrDefault(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax) as ExpressionSyntax;
        if (start is null || !IsBuilder(model.GetTypeInfo(start, cancellationToken).Type))
        {
            return null;
        }

        ExpressionSyntax last = start;
        SyntaxToken? nextDot = null;
        while (last.Parent is MemberAccessExpressionSyntax access && access.Expression == last && access.Parent is InvocationExpressionSyntax call)
        {
            nextDot = access.OperatorToken;
            if (!IsBuilder(model.GetTypeInfo(call, cancellationToken).Type))
            {
                break;
            }

            last = call;
            nextDot = null;
        }

        // Layout: follow the dot of the next call, else the dot of the last call, when it starts a line.
        var dot = nextDot ?? ((last as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax)?.OperatorToken;
        var insertion = "." + method + "()";
        if (dot is { } token && StartsLine(token, text))
        {
            var line = text.Lines.GetLineFromPosition(token.SpanStart);
            var indent = text.ToString(TextSpan.FromBounds(line.Start, token.SpanStart));
            insertion = DocumentEditing.EndOfLine(root) + indent + insertion;
        }

        return new TextChange(new TextSpan(last.Span.End, 0), insertion);
    }

    private static bool StartsLine(SyntaxToken token, SourceText text)
    {
        var line = text.Lines.GetLineFromPosition(token.SpanStart);
        return string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(line.Start, token.SpanStart)));
    }
}
