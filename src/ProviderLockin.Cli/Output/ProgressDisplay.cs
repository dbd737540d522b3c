using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace ProviderLockin.Cli.Output;

/// <summary>What the loading and analysis report as they go.</summary>
internal interface IProgressSink
{
    void Loading(string project);

    void Analyzing(int done, int total, string project);
}

/// <summary>
/// Progress on stderr while projects load and analyze: a Spectre.Console progress bar on a terminal, plain lines when
/// redirected (CI logs), nothing with --quiet. stdout stays clean for the summary.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter errors, bool quiet, Func<IProgressSink, Task<T>> work)
    {
        if (quiet)
        {
            return await work(new Silent()).ConfigureAwait(false);
        }

        var console = Terminal.Over(errors, Terminal.IsRedirected(errors));
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(new Lines(errors)).ConfigureAwait(false);
        }

        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(context => work(new Bar(context.AddTask("Loading", maxValue: 1))))
            .ConfigureAwait(false);
    }

    private sealed class Silent : IProgressSink
    {
        public void Loading(string project)
        {
        }

        public void Analyzing(int done, int total, string project)
        {
        }
    }

    private sealed class Lines(TextWriter writer) : IProgressSink
    {
        public void Loading(string project) => writer.WriteLine($"Loading {project}");

        public void Analyzing(int done, int total, string project) => writer.WriteLine($"Analyzing {project} ({done + 1}/{total})");
    }

    private sealed class Bar(ProgressTask task) : IProgressSink
    {
        public void Loading(string project) => task.Description = Markup.Escape("Loading " + project);

        public void Analyzing(int done, int total, string project)
        {
            task.MaxValue = Math.Max(1, total);
            task.Value = done;
            task.Description = Markup.Escape($"Analyzing {project} ({done + 1}/{total})");
        }
    }
}
