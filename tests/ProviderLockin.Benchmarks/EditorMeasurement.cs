using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.Benchmarks;

/// <summary>
/// The editor path: after an edit, the IDE builds a new compilation that shares every unchanged tree and asks the
/// analyzers for one document's diagnostics (syntax and semantic, the whole document). Measured per analyzer with the
/// driver's telemetry, median of the runs; the edited document is one that calls an LLM and, separately, one that does not.
/// </summary>
internal static class EditorMeasurement
{
    public static async Task<string> RunAsync(Scenario scenario, int runs, IReadOnlyList<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> analyzers)
    {
        var files = CodebaseGenerator.Generate(scenario);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "Editor" + scenario.Name, trees, CompilationReferences.For(scenario),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _ = compilation.GetDiagnostics();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InProcessMeasurement.InMemoryAdditionalText("BannedSymbols.txt", Peer.BannedSymbols)));
        var set = analyzers.SelectMany(a => a.Analyzers).ToImmutableArray();

        var report = new StringBuilder();
        report.AppendLine(FormattableString.Invariant($"Editor path on {scenario.Name} ({scenario.Description}): one document re-analysed after an edit, in a new compilation sharing the other {trees.Length - 1} trees; median of {runs} edits (ms)."));
        report.AppendLine();
        report.AppendLine("| Edited document | " + string.Join(" | ", analyzers.Select(a => a.Name + " (ms)")) + " | ProviderLockin / BannedApi |");
        report.AppendLine("|---|" + string.Concat(analyzers.Select(_ => "---:|")) + "---:|");
        foreach (var (label, index) in new[] { ("calls an LLM", FirstIndex(files, "GetResponseAsync")), ("no LLM call", FirstIndex(files, null)) })
        {
            var times = analyzers.ToDictionary(a => a.Name, _ => new List<double>());
            var current = compilation;
            var tree = current.SyntaxTrees.ElementAt(index);
            for (var run = -1; run < runs; run++)
            {
                // The edit: a comment added at the end, so the tree is new and nothing else changes.
                var text = tree.GetText();
                var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), "\n// edit " + run)));
                current = current.ReplaceSyntaxTree(tree, edited);
                tree = edited;
                var withAnalyzers = current.WithAnalyzers(set, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                _ = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, default);
                _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(current.GetSemanticModel(tree), null, default);
                if (run < 0)
                {
                    continue;
                }

                foreach (var (name, group) in analyzers)
                {
                    var total = TimeSpan.Zero;
                    foreach (var analyzer in group)
                    {
                        total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime;
                    }

                    times[name].Add(total.TotalMilliseconds);
                }
            }

            var medians = analyzers.Select(a => Median(times[a.Name])).ToList();
            var oursIndex = analyzers.ToList().FindIndex(a => a.Name == Program.Ours);
            var peerIndex = analyzers.ToList().FindIndex(a => a.Name == Program.BannedApi);
            var ours = oursIndex >= 0 ? medians[oursIndex] : 0;
            var peer = peerIndex >= 0 ? medians[peerIndex] : 0;
            report.AppendLine(FormattableString.Invariant($"| {files[index].Path} ({label}) | {string.Join(" | ", medians.Select(m => m.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} | **{(peer > 0 ? ours / peer : double.NaN):F2}** |"));
        }

        return report.ToString();
    }

    private static int FirstIndex(IReadOnlyList<(string Path, string Text)> files, string? marker)
    {
        for (var i = files.Count / 2; i < files.Count; i++)
        {
            var mentions = marker is not null && files[i].Text.Contains(marker, StringComparison.Ordinal);
            if (marker is null ? !files[i].Text.Contains("GetResponseAsync", StringComparison.Ordinal) && !files[i].Text.Contains("CompleteChat", StringComparison.Ordinal) : mentions)
            {
                return i;
            }
        }

        return files.Count / 2;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
