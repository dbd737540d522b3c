using System;
using System.IO;
using Spectre.Console;

namespace ProviderLockin.Cli.Output;

/// <summary>
/// Spectre.Console consoles over the tool's stdout and stderr. Colour and cursor control only on a terminal that supports
/// them: Spectre turns them off for redirected output and when NO_COLOR is set. Redirected output (a CI log, a file) is
/// given a wide line so that rows are not wrapped mid-value.
/// </summary>
internal static class Terminal
{
    private const int RedirectedWidth = 400;

    public static IAnsiConsole Over(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Is <paramref name="writer"/> the process's own stdout or stderr on a terminal (not redirected, not a test's writer)?</summary>
    public static bool IsRedirected(TextWriter writer)
        => ReferenceEquals(writer, Console.Out) ? Console.IsOutputRedirected
            : ReferenceEquals(writer, Console.Error) ? Console.IsErrorRedirected
            : true;
}
