using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ProviderLockin.Cli.Loading;

/// <summary>What the user pointed the report at: one solution, or a set of project files.</summary>
internal sealed class ReportInput
{
    private ReportInput(string? solution, IReadOnlyList<string> projects)
    {
        Solution = solution;
        Projects = projects;
    }

    /// <summary>A .sln or .slnx file, when the input is (or a folder holds exactly) one.</summary>
    public string? Solution { get; }

    /// <summary>The .csproj files to report on when there is no solution.</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>Resolves a path; null with <paramref name="error"/> set when there is nothing to open.</summary>
    public static ReportInput? Resolve(string path, out string error)
    {
        error = string.Empty;
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var extension = Path.GetExtension(full);
            if (extension.Equals(".sln", StringComparison.OrdinalIgnoreCase) || extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
            {
                return new ReportInput(full, Array.Empty<string>());
            }

            if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return new ReportInput(null, new[] { full });
            }

            error = $"'{path}' is not a .sln, .slnx or .csproj file.";
            return null;
        }

        if (!Directory.Exists(full))
        {
            error = $"'{path}' does not exist.";
            return null;
        }

        var solutions = Directory.EnumerateFiles(full, "*.sln").Concat(Directory.EnumerateFiles(full, "*.slnx")).ToList();
        if (solutions.Count == 1)
        {
            return new ReportInput(solutions[0], Array.Empty<string>());
        }

        var projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(full, p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (projects.Count == 0)
        {
            error = solutions.Count > 1
                ? $"'{path}' holds several solutions ({string.Join(", ", solutions.Select(Path.GetFileName))}); name one."
                : $"No C# projects found under '{path}'.";
            return null;
        }

        return new ReportInput(null, projects);
    }

    private static bool IsBuildOutput(string root, string project)
    {
        var relative = Path.GetRelativePath(root, project).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
            || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
    }
}
