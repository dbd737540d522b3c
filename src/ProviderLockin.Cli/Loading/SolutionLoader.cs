using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Loading;

/// <summary>The C# projects to report on, opened in an MSBuildWorkspace, and the ones that could not be opened.</summary>
internal sealed class LoadedSolution : IDisposable
{
    public LoadedSolution(MSBuildWorkspace workspace, IReadOnlyList<Project> projects, IReadOnlyList<LoadFailure> failures)
    {
        Workspace = workspace;
        Projects = projects;
        Failures = failures;
    }

    public MSBuildWorkspace Workspace { get; }

    public IReadOnlyList<Project> Projects { get; }

    public IReadOnlyList<LoadFailure> Failures { get; }

    public void Dispose() => Workspace.Dispose();
}

/// <summary>
/// Opens the input with MSBuildWorkspace (design-time builds through the SDK Microsoft.Build.Locator found). A project
/// that fails to load is recorded and skipped; the rest is still analyzed.
/// </summary>
internal static class SolutionLoader
{
    public static async Task<LoadedSolution> LoadAsync(ReportInput input, Action<string> onProject, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create();
        var failures = new List<LoadFailure>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(new LoadFailure(ProjectNamedIn(e.Diagnostic.Message), e.Diagnostic.Message));
                }
            }
        });

        var progress = new Progress(onProject);
        var requested = new List<string>();
        if (input.Solution is { } solutionPath)
        {
            try
            {
                var solution = await workspace.OpenSolutionAsync(solutionPath, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);

                // The workspace also loads projects the solution's projects reference; the report covers the listed ones.
                var listed = SolutionFile.ProjectPaths(solutionPath);
                requested.AddRange(listed.Count > 0 ? listed : solution.Projects.Select(p => p.FilePath ?? string.Empty));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures.Add(new LoadFailure(solutionPath, exception.Message));
            }
        }
        else
        {
            foreach (var path in input.Projects)
            {
                requested.Add(path);
                if (workspace.CurrentSolution.Projects.Any(p => SamePath(p.FilePath, path)))
                {
                    continue;
                }

                try
                {
                    await workspace.OpenProjectAsync(path, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failures.Add(new LoadFailure(path, exception.Message));
                }
            }
        }

        // Multi-targeting projects load once per framework; the report takes the first.
        var projects = workspace.CurrentSolution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && requested.Any(r => SamePath(r, p.FilePath)))
            .GroupBy(p => p.FilePath, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        // MSBuildWorkspace reports warnings of projects that did load (NU1603, say) as failures too, and adds a project
        // it could not evaluate as an empty shell. A requested project failed when a failure names it and it came out
        // without sources or references; failures of projects that were only referenced are not the report's business.
        bool Failed(Project project) => !project.DocumentIds.Any() || !project.MetadataReferences.Any();
        var broken = projects.Where(p => Failed(p) && failures.Any(f => SamePath(f.Project, p.FilePath))).ToList();
        projects.RemoveAll(broken.Contains);
        var relevant = failures
            .Where(f => f.Project.Length == 0
                        || requested.Any(r => SamePath(r, f.Project)) && !projects.Any(p => SamePath(p.FilePath, f.Project)))
            .GroupBy(f => f.Project, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        return new LoadedSolution(workspace, projects, relevant);
    }

    private static bool SamePath(string? left, string? right)
        => left is not null && right is not null && string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.OrdinalIgnoreCase);

    private static string ProjectNamedIn(string message)
    {
        foreach (var word in message.Split(new[] { ' ', '\'', '"' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return string.Empty;
    }

    private sealed class Progress(Action<string> onProject) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                onProject(Path.GetFileNameWithoutExtension(value.FilePath));
            }
        }
    }
}
