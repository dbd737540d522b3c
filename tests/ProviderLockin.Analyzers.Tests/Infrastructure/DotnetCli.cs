using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>The output and exit code of a command run by an end-to-end test.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI from end-to-end tests, in a clean environment: MSBuild variables of the test host would otherwise
/// leak into the child build.
/// </summary>
public static class DotnetCli
{
    public static Task<CommandResult> RunAsync(string arguments, string workingDirectory, params (string Name, string Value)[] environment)
        => RunProgramAsync("dotnet", arguments, workingDirectory, timeout: null, environment);

    /// <summary>Any program, in the same clean environment; <paramref name="timeout"/> stops a hang (not a speed check).</summary>
    public static async Task<CommandResult> RunProgramAsync(string program, string arguments, string workingDirectory, TimeSpan? timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name is "DOTNET_HOST_PATH"
                || name is "DOTNET_ROOT" && program == "dotnet") // an installed tool's apphost finds the runtime through it
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (var hangGuard = new System.Threading.CancellationTokenSource(timeout ?? System.Threading.Timeout.InfiniteTimeSpan))
        {
            await process.WaitForExitAsync(hangGuard.Token);
        }

        return new CommandResult(process.ExitCode, output.ToString());
    }

    /// <summary>Copies a project folder without its build output.</summary>
    public static void CopyProject(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
