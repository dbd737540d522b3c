using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ProviderLockin.Cli.Analysis;
using ProviderLockin.Cli.Loading;
using ProviderLockin.Cli.Model;
using ProviderLockin.Cli.Output;

namespace ProviderLockin.Cli.Commands;

/// <summary>Exit codes, documented in docs/report.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FailOnMatched = 1;
    public const int UsageError = 2;
    public const int NothingToAnalyze = 3;
}

/// <summary>What <c>provider-lockin report</c> was asked to do, as <see cref="CommandLine"/> parsed and validated it.</summary>
internal sealed record ReportRequest(
    string Path, ReportFormat? Format, string? OutputFile, string? BaselineFile, FailOn FailOn, bool Restore, bool WithFixes, bool Quiet);

/// <summary><c>provider-lockin report &lt;path&gt; [options]</c>: the options are declared in <see cref="CommandLine"/>.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(ReportRequest request, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var (path, format, outputFile, baselineFile, failOn, restore, withFixes, quiet) = request;
        if (outputFile is not null && format is null)
        {
            format = FormatFromExtension(outputFile);
            if (format is null)
            {
                return Fail(errors, $"Cannot tell the format of '{outputFile}' from its extension; add --format.");
            }
        }

        Dictionary<string, int>? baseline = null;
        if (baselineFile is not null && (baseline = Baseline.TryLoad(baselineFile, out var baselineError)) is null)
        {
            errors.WriteLine($"error: {baselineError}");
            return ExitCodes.UsageError;
        }

        var input = ReportInput.Resolve(path, out var inputError);
        if (input is null)
        {
            errors.WriteLine($"error: {inputError}");
            return inputError.StartsWith("No C# projects", StringComparison.Ordinal) ? ExitCodes.NothingToAnalyze : ExitCodes.UsageError;
        }

        if (restore)
        {
            foreach (var target in input.Solution is { } solution ? new[] { solution } : input.Projects)
            {
                var (exitCode, restoreOutput) = await Restore.RunAsync(target, cancellationToken).ConfigureAwait(false);
                if (exitCode != 0)
                {
                    errors.WriteLine($"warning: dotnet restore {target} failed (exit {exitCode}); analyzing what loads.");
                    errors.WriteLine(restoreOutput.Trim());
                }
            }
        }

        var projects = new List<ProjectReport>();
        var failures = new List<LoadFailure>();
        using var loaded = await ProgressDisplay.RunAsync(errors, quiet, async progress =>
        {
            var workspace = await SolutionLoader.LoadAsync(input, progress.Loading, cancellationToken).ConfigureAwait(false);
            failures.AddRange(workspace.Failures);
            for (var i = 0; i < workspace.Projects.Count; i++)
            {
                var project = workspace.Projects[i];
                progress.Analyzing(i, workspace.Projects.Count, project.Name);
                try
                {
                    projects.Add(await ReportBuilder.AnalyzeAsync(project, withFixes, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failures.Add(new LoadFailure(project.FilePath ?? project.Name, "analysis failed: " + exception.Message));
                }
            }

            return workspace;
        }).ConfigureAwait(false);

        var report = ReportBuilder.Assemble(path, projects, failures);
        var root = RootOf(input);
        Baseline.Fingerprint(report, root);
        if (baseline is not null)
        {
            report.Baseline = Baseline.Compare(report, baseline, baselineFile!);
        }

        ConsoleSummary.Write(report, output, root);

        if (format is { } chosen)
        {
            var file = Path.GetFullPath(outputFile ?? ReportFormats.DefaultFileName(chosen));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false)))
            {
                Write(report, chosen, writer, root);
            }

            output.WriteLine();
            output.WriteLine($"Report written to {file}");
        }

        if (projects.Count == 0)
        {
            errors.WriteLine(failures.Count > 0 ? "error: no C# project could be loaded (see above)." : "error: no C# projects found.");
            return ExitCodes.NothingToAnalyze;
        }

        if (!failOn.IsEmpty)
        {
            var matched = failOn.Matches(report).ToList();
            if (matched.Count > 0)
            {
                errors.WriteLine($"--fail-on: {matched.Count} {(report.Baseline is null ? string.Empty : "new ")}finding(s) matched, first: {matched[0].RuleId} at {matched[0].File}:{matched[0].Line}");
                return ExitCodes.FailOnMatched;
            }
        }

        return ExitCodes.Success;
    }

    public static void Write(ExposureReport report, ReportFormat format, TextWriter writer, string root)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(report, writer, root);
                break;
            case ReportFormat.Json:
                JsonReportWriter.Write(report, writer);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(report, writer, root);
                break;
            case ReportFormat.Html:
                HtmlReportWriter.Write(report, writer, root);
                break;
            case ReportFormat.CycloneDx:
                CycloneDxWriter.Write(report, writer, root);
                break;
        }
    }

    public static ReportFormat? FormatFromExtension(string file) => file.EndsWith(".cdx.json", StringComparison.OrdinalIgnoreCase) ? ReportFormat.CycloneDx : Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".md" => ReportFormat.Markdown,
        ".json" => ReportFormat.Json,
        ".sarif" => ReportFormat.Sarif,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>Paths in reports are relative to the solution's (or the first project's) folder.</summary>
    private static string RootOf(ReportInput input)
        => Path.GetDirectoryName(input.Solution ?? (input.Projects.Count == 1 ? input.Projects[0] : CommonFolder(input.Projects))) ?? string.Empty;

    private static string CommonFolder(IReadOnlyList<string> files)
    {
        var common = Path.GetDirectoryName(files[0]) ?? string.Empty;
        foreach (var file in files)
        {
            while (common.Length > 0 && !file.StartsWith(common + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                common = Path.GetDirectoryName(common) ?? string.Empty;
            }
        }

        return Path.Combine(common, "x");
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"error: {message}");
        errors.WriteLine("Run 'provider-lockin report --help' for the options.");
        return ExitCodes.UsageError;
    }
}
