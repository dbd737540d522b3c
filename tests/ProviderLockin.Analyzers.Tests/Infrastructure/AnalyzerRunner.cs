using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>What one analyzer run produced: diagnostics, and any exception an analyzer threw.</summary>
public sealed record AnalyzerRunResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)
{
    public IEnumerable<Diagnostic> Ours => Diagnostics.Where(d => d.Id.StartsWith("PLA", StringComparison.Ordinal));
}

/// <summary>
/// Runs the analyzers on a compilation directly (no expected-diagnostics bookkeeping): for code as it is typed,
/// hostile inputs and determinism checks, where the question is "did anything throw" rather than "what was reported".
/// </summary>
public static class AnalyzerRunner
{
    private static readonly ConcurrentDictionary<ReferenceAssemblies, ImmutableArray<MetadataReference>> Resolved = new();

    public static async Task<ImmutableArray<MetadataReference>> ReferencesAsync(ReferenceAssemblies references)
    {
        if (Resolved.TryGetValue(references, out var known))
        {
            return known;
        }

        var resolved = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return Resolved.GetOrAdd(references, resolved);
    }

    public static async Task<CSharpCompilation> CompileAsync(IEnumerable<(string Path, string Source)> sources, ReferenceAssemblies? references = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, new CSharpParseOptions(LanguageVersion.Latest), s.Path));
        return CSharpCompilation.Create(
            "Analyzed",
            trees,
            await ReferencesAsync(references ?? TestReferences.Providers),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static Task<AnalyzerRunResult> RunAsync(string source, ReferenceAssemblies? references = null)
        => RunAsync(new[] { ("/0/Test0.cs", source) }, references);

    public static async Task<AnalyzerRunResult> RunAsync(IEnumerable<(string Path, string Source)> sources, ReferenceAssemblies? references = null, AnalyzerOptions? options = null)
        => await RunAsync(await CompileAsync(sources, references), options);

    /// <summary>
    /// Runs every analyzer on <paramref name="compilation"/> (additional files included), or only on <paramref name="tree"/>
    /// when one is given; returns what was reported and what any analyzer threw (an AD0001 counts as thrown).
    /// </summary>
    public static async Task<AnalyzerRunResult> RunAsync(Compilation compilation, AnalyzerOptions? options = null, bool concurrent = true, SyntaxTree? tree = null, CancellationToken cancellationToken = default, DiagnosticAnalyzer? analyzer = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? new ProviderLockinAnalyzer()), analyzerOptions);
        var diagnostics = tree is null
            ? await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken)
            : (await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken))
                .AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken));
        var ad0001 = diagnostics.Where(d => d.Id == "AD0001").Select(d => new InvalidOperationException(d.GetMessage()));
        return new AnalyzerRunResult(diagnostics, exceptions.Concat(ad0001).ToList());
    }
}
