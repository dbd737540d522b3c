using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ProviderLockin.Cli.Loading;

/// <summary>
/// <c>--restore</c>: design-time builds read restored package assets but do not restore, so an unrestored project
/// would be analyzed without its packages (and without its provider SDKs).
/// </summary>
internal static class Restore
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string target, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("restore");
        start.ArgumentList.Add(target);
        start.ArgumentList.Add("-nologo");
        start.ArgumentList.Add("-v:q");
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, output.ToString());
    }
}
