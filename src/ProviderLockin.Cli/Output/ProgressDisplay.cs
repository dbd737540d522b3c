using System;
using System.IO;

namespace ProviderLockin.Cli.Output;

/// <summary>
/// Progress on stderr while projects load and analyze: a redrawn bar on a terminal, plain lines when redirected (CI logs),
/// nothing with --quiet. stdout stays clean for the summary.
/// </summary>
internal sealed class ProgressDisplay(TextWriter writer, bool interactive, bool quiet)
{
    private const int Width = 24;
    private int _lastLength;

    public void Loading(string project)
    {
        if (quiet)
        {
            return;
        }

        if (interactive)
        {
            Redraw($"Loading {project}...");
        }
        else
        {
            writer.WriteLine($"Loading {project}");
        }
    }

    public void Analyzing(int done, int total, string project)
    {
        if (quiet)
        {
            return;
        }

        if (interactive)
        {
            var filled = total == 0 ? Width : done * Width / total;
            Redraw($"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {project}");
        }
        else
        {
            writer.WriteLine($"Analyzing {project} ({done + 1}/{total})");
        }
    }

    public void Done()
    {
        if (!quiet && interactive)
        {
            Redraw(string.Empty);
            writer.Write('\r');
        }
    }

    private void Redraw(string text)
    {
        var padded = text.Length < _lastLength ? text + new string(' ', _lastLength - text.Length) : text;
        writer.Write("\r" + padded);
        _lastLength = text.Length;
    }
}
