using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using ProviderLockin.Cli.Commands;

namespace ProviderLockin.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await CommandLine.InvokeAsync(args, RunReportAsync, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }

    private static Task<int> RunReportAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        // Before any type of the workspace is touched: MSBuild comes from the installed SDK.
        if (!MSBuildLocator.IsRegistered)
        {
            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException exception)
            {
                Console.Error.WriteLine($"error: no .NET SDK found to load projects with ({exception.Message}).");
                return Task.FromResult(ExitCodes.NothingToAnalyze);
            }
        }

        return ReportCommand.RunAsync(request, Console.Out, Console.Error, cancellationToken);
    }
}
