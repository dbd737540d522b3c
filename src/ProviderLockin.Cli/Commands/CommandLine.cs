using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ProviderLockin.Cli.Output;

namespace ProviderLockin.Cli.Commands;

/// <summary>
/// The command line, declared with System.CommandLine: help (<c>-h</c>), validation with the documented messages,
/// response files (<c>@args.rsp</c>) and shell completion (<c>dotnet-suggest</c>) come with it. Parse errors exit with 2,
/// as docs/report.md documents, not System.CommandLine's default 1 (which means "--fail-on matched" here).
/// </summary>
internal static class CommandLine
{
    public static async Task<int> InvokeAsync(string[] args, Func<ReportRequest, CancellationToken, Task<int>> report, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var root = Create(report);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                errors.WriteLine($"error: {error.Message}");
            }

            errors.WriteLine("Run 'provider-lockin report --help' for the options.");
            return ExitCodes.UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand Create(Func<ReportRequest, CancellationToken, Task<int>> report)
    {
        var path = new Argument<string>("path")
        {
            Description = "A .sln, .slnx or .csproj file, or a folder (its one solution, or every .csproj under it).",
        };
        var format = new Option<string?>("--format")
        {
            Description = "Also write the report in this format: markdown, json, sarif, html or cyclonedx (a CycloneDX 1.6 AI bill of materials).",
            HelpName = "format",
        };
        format.CompletionSources.Add("markdown", "json", "sarif", "html", "cyclonedx");
        format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !ReportFormats.TryParse(value, out _))
            {
                result.AddError($"Unknown format '{value}'; use markdown, json, sarif, html or cyclonedx.");
            }
        });

        var outputFile = new Option<string?>("--output")
        {
            Description = "Where to write it (default: provider-exposure.<ext> in the current folder); the extension picks the format when --format is not given.",
            HelpName = "file",
        };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit with 1 if a finding matches: a rule ID or prefix (PLA1001, PLA3) or a severity (error, warning, info, hidden: that severity or worse). Repeat or comma-separate.",
            HelpName = "rule|severity",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        failOn.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!new FailOn().TryAdd(value, out var error))
                {
                    result.AddError(error);
                }
            }
        });

        var baseline = new Option<string?>("--baseline")
        {
            Description = "A previous JSON report: its findings are known, the others new; --fail-on then counts only new findings (matched by rule, file, member and subject, not by line).",
            HelpName = "report.json",
        };
        var restore = new Option<bool>("--restore") { Description = "Run `dotnet restore` on the input first (projects must be restored to be analyzed)." };
        var fixes = new Option<bool>("--fixes") { Description = "Ask the package's code fixes which findings they would fix (slower; JSON lists them per finding)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress output." };

        var command = new Command("report", "Provider exposure report: which LLM providers a solution uses, where, how much, which models and which bulk loops. Exit codes: 0 done, 1 --fail-on matched, 2 bad arguments or path, 3 no C# project could be analyzed.")
        {
            path, format, outputFile, failOn, baseline, restore, fixes, quiet,
        };
        command.SetAction((result, token) =>
        {
            var gate = new FailOn();
            foreach (var value in result.GetValue(failOn) ?? Array.Empty<string>())
            {
                gate.TryAdd(value, out _);
            }

            ReportFormat? chosen = result.GetValue(format) is { } text && ReportFormats.TryParse(text, out var parsedFormat) ? parsedFormat : null;
            return report(
                new ReportRequest(result.GetValue(path)!, chosen, result.GetValue(outputFile), result.GetValue(baseline), gate, result.GetValue(restore), result.GetValue(fixes), result.GetValue(quiet)),
                token);
        });

        return new RootCommand("provider-lockin: the ProviderLockin analyzers' report on a whole solution (docs/report.md).") { command };
    }
}
