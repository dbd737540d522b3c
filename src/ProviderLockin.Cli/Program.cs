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
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(ReportCommand.Usage);
            return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }

        if (args[0] != "report")
        {
            Console.Error.WriteLine($"error: unknown command '{args[0]}'.");
            Console.Error.WriteLine();
            Console.Error.WriteLine(ReportCommand.Usage);
            return ExitCodes.UsageError;
        }

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
                return ExitCodes.NothingToAnalyze;
            }
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await ReportCommand.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }
}
