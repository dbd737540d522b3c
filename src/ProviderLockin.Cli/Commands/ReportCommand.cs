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

/// <summary><c>provider-lockin report &lt;path&gt; [--format f] [--output file] [--fail-on x] [--quiet]</c>.</summary>
internal static class ReportCommand
{
    public const string Usage = """
        Usage: provider-lockin report <path> [options]

          <path>                 a .sln, .slnx or .csproj file, or a folder (its one solution, or every .csproj under it)

        Options:
          --format <format>      markdown | json | sarif | html | cyclonedx: also write the report in that format
                                 (cyclonedx: a CycloneDX 1.6 AI bill of materials)
          --output <file>        where to write it (default: provider-exposure.<ext> in the current folder)
          --fail-on <rule|sev>   exit with 1 if a finding matches: a rule ID or prefix (PLA1001, PLA3) or a severity
                                 (error, warning, info, hidden: that severity or worse); repeat or comma-separate
          --restore              run `dotnet restore` on the input first (projects must be restored to be analyzed)
          --baseline <file>      a previous JSON report: its findings are known, the others new; --fail-on then counts
                                 only new findings (matched by rule, file, member and subject, not by line)
          --fixes                ask the package's code fixes which findings they would fix (slower; JSON lists them per finding)
          --quiet                no progress output
          -h, --help             this help

        Exit codes: 0 done, 1 --fail-on matched, 2 bad arguments or path, 3 no C# project could be analyzed.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        string? path = null;
        ReportFormat? format = null;
        string? outputFile = null;
        string? baselineFile = null;
        var quiet = false;
        var restore = false;
        var withFixes = false;
        var failOn = new FailOn();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return ExitCodes.Success;
                case "--quiet":
                    quiet = true;
                    break;
                case "--restore":
                    restore = true;
                    break;
                case "--fixes":
                    withFixes = true;
                    break;
                case "--format" or "--output" or "--fail-on" or "--baseline" when i + 1 >= args.Length:
                    return Fail(errors, $"{arg} needs a value.");
                case "--format":
                    if (!ReportFormats.TryParse(args[++i], out var parsed))
                    {
                        return Fail(errors, $"Unknown format '{args[i]}'; use markdown, json, sarif, html or cyclonedx.");
                    }

                    format = parsed;
                    break;
                case "--output":
                    outputFile = args[++i];
                    break;
                case "--baseline":
                    baselineFile = args[++i];
                    break;
                case "--fail-on":
                    if (!failOn.TryAdd(args[++i], out var failOnError))
                    {
                        return Fail(errors, failOnError);
                    }

                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        return Fail(errors, $"Unknown option '{arg}'.");
                    }

                    if (path is not null)
                    {
                        return Fail(errors, $"Only one path, please ('{path}' and '{arg}' were given).");
                    }

                    path = arg;
                    break;
            }
        }

        if (path is null)
        {
            return Fail(errors, "Give the path of a .sln, .slnx or .csproj file, or of a folder.");
        }

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

        var progress = new ProgressDisplay(errors, interactive: !Console.IsErrorRedirected, quiet);
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

        using var loaded = await SolutionLoader.LoadAsync(input, progress.Loading, cancellationToken).ConfigureAwait(false);
        var projects = new List<ProjectReport>();
        var failures = loaded.Failures.ToList();
        for (var i = 0; i < loaded.Projects.Count; i++)
        {
            var project = loaded.Projects[i];
            progress.Analyzing(i, loaded.Projects.Count, project.Name);
            try
            {
                projects.Add(await ReportBuilder.AnalyzeAsync(project, withFixes, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures.Add(new LoadFailure(project.FilePath ?? project.Name, "analysis failed: " + exception.Message));
            }
        }

        progress.Done();
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

    private static ReportFormat? FormatFromExtension(string file) => file.EndsWith(".cdx.json", StringComparison.OrdinalIgnoreCase) ? ReportFormat.CycloneDx : Path.GetExtension(file).ToLowerInvariant() switch
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
        errors.WriteLine();
        errors.WriteLine(Usage);
        return ExitCodes.UsageError;
    }
}
