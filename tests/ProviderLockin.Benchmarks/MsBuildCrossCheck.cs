using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ProviderLockin.Benchmarks;

/// <summary>
/// The same codebase built by the real compiler with <c>-p:ReportAnalyzer=true</c>: the per-analyzer table the build
/// prints at detailed verbosity, reduced to ProviderLockin and BannedApiAnalyzers.
/// </summary>
internal static class MsBuildCrossCheck
{
    /// <summary>
    /// Builds the scenario's codebase <paramref name="runs"/> times with <c>--no-incremental</c>, both analyzers in the same
    /// builds (as users run them), and takes the median of each analyzer's ReportAnalyzer time.
    /// </summary>
    public static async Task<CompilerFigures> RunAsync(Scenario scenario, int runs, bool portable, bool oursFirst)
    {
        var root = Path.Combine(Program.RepositoryRoot(), "artifacts", "benchmarks", "msbuild-" + scenario.Name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        foreach (var (path, text) in CodebaseGenerator.Generate(scenario))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        File.WriteAllText(Path.Combine(root, "BannedSymbols.txt"), Peer.BannedSymbols.Replace("        ", string.Empty, StringComparison.Ordinal));
        var rulesOff = string.Concat(scenario.RulesOff().Select(id => $"dotnet_diagnostic.{id}.severity = none\n"));
        File.WriteAllText(Path.Combine(root, "rules.globalconfig"), "is_global = true\n" + rulesOff);
        var ours = OurAnalyzer(portable);

        // The order a project gets when both come from NuGet: package analyzers by package id, so BannedApiAnalyzers
        // (Microsoft.CodeAnalysis...) before ProviderLockin. It matters: the first analyzer to visit an operation or symbol
        // pays for what the compiler builds lazily on first use. --ours-first measures the other order.
        var oursItem = $"<Analyzer Include=\"{ours}\" />";
        var peerItem = $"<Analyzer Include=\"{Path.Combine(AppContext.BaseDirectory, "peer")}/*.dll\" />";
        var analyzerItems = oursFirst ? oursItem + "\n    " + peerItem : peerItem + "\n    " + oursItem;
        var packages = scenario.UsesProviders
            ? """
                <PackageReference Include="OpenAI" Version="2.15.0" />
                <PackageReference Include="Anthropic" Version="13.13.0" />
                <PackageReference Include="Microsoft.Extensions.AI" Version="10.11.0" />
            """
            : string.Empty;
        File.WriteAllText(Path.Combine(root, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <!-- The analyzers' own IDs stay reported: /nowarn turns a rule off, and a rule that is off costs nothing. -->
                <NoWarn>$(NoWarn);CS1591;CS8618;CS8602</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {packages}
            {analyzerItems}
                <AdditionalFiles Include="BannedSymbols.txt" />
                <GlobalAnalyzerConfigFiles Include="rules.globalconfig" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");

        await DotnetAsync(root, "restore -nologo");
        var oursRuns = new List<double>();
        var peerRuns = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var output = await DotnetAsync(root, "build --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true");
            oursRuns.Add(AssemblyTime(output, "ProviderLockin.Analyzers"));
            peerRuns.Add(AssemblyTime(output, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers") + AssemblyTime(output, "Microsoft.CodeAnalysis.BannedApiAnalyzers"));
        }

        return new CompilerFigures(scenario, Median(oursRuns), Median(peerRuns), oursRuns, peerRuns, Path.GetFileName(Path.GetDirectoryName(ours))!, oursFirst);
    }

    /// <summary>
    /// The assembly the package hands to this compiler: the precompiled (ReadyToRun) copy where its build targets would
    /// choose it (linux-x64, a .NET 10 SDK), else the portable one; <c>--portable</c> measures the portable one anyway,
    /// which is what Visual Studio, Windows and other SDKs load.
    /// </summary>
    private static string OurAnalyzer(bool portable)
    {
        var precompiled = Path.Combine(AppContext.BaseDirectory, "readytorun", "ProviderLockin.Analyzers.dll");
        return !portable && RuntimeInformation.RuntimeIdentifier == "linux-x64" && Environment.Version.Major == 10 && File.Exists(precompiled)
            ? precompiled
            : Path.Combine(AppContext.BaseDirectory, "ProviderLockin.Analyzers.dll");
    }

    /// <summary>The headline table: the compiler's own per-analyzer figures, median of the builds.</summary>
    public static string Format(IReadOnlyList<CompilerFigures> figures)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo($"The compiler's figures: `dotnet build --no-incremental -p:ReportAnalyzer=true`, both analyzers in the same builds, median of {figures.Max(f => f.OursRuns.Count)} builds."));
        var precompiled = figures.Count > 0 && figures[0].Assembly == "readytorun";
        report.AppendLine(precompiled
            ? "ProviderLockin: the package's precompiled (ReadyToRun) analyzer, as `dotnet build` loads it on linux-x64 with a .NET 10 SDK (`--portable` measures the portable assembly)."
            : "ProviderLockin: the portable analyzer assembly, as Visual Studio, Windows and other SDKs load it.");
        report.AppendLine(figures.Count > 0 && figures[0].OursFirst
            ? "Order: ProviderLockin passed to the compiler before BannedApiAnalyzers (`--ours-first`)."
            : "Order: BannedApiAnalyzers passed to the compiler before ProviderLockin, as NuGet orders the two packages (`--ours-first` reverses it).");
        report.AppendLine();
        report.AppendLine("| Scenario | ProviderLockin (s) | BannedApiAnalyzers (s) | ProviderLockin / BannedApi | Builds (ours / peer, s) |");
        report.AppendLine("|---|---:|---:|---:|---|");
        foreach (var figure in figures)
        {
            var ratio = figure.Peer > 0 ? (figure.Ours / figure.Peer).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
            var builds = string.Join("; ", figure.OursRuns.Zip(figure.PeerRuns, (o, p) => CultureInfo($"{o:F3} / {p:F3}")));
            report.AppendLine(CultureInfo($"| {figure.Scenario.Name}: {figure.Scenario.Description} | {figure.Ours:F3} | {figure.Peer:F3} | **{ratio}** | {builds} |"));
        }

        return report.ToString();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The assembly row of the ReportAnalyzer table: "   0.123   10   Name, Version=...".</summary>
    private static double AssemblyTime(string output, string assembly)
    {
        foreach (var line in output.Split('\n'))
        {
            var match = Regex.Match(line, @"^\s*(<?[\d.,]+)\s+(<?\d+)\s+" + Regex.Escape(assembly) + ", Version=");
            if (match.Success)
            {
                var value = match.Groups[1].Value.TrimStart('<').Replace(',', '.');
                return double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static async Task<string> DotnetAsync(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The cross-check build failed:" + Environment.NewLine + string.Join(Environment.NewLine, output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(10)));
        }

        return output;
    }
}

/// <summary>
/// One scenario's ReportAnalyzer times, medians and every build; <paramref name="Assembly"/> names which of our assemblies
/// was measured ("readytorun" or the portable one's folder), <paramref name="OursFirst"/> the order the compiler got them in.
/// </summary>
internal sealed record CompilerFigures(Scenario Scenario, double Ours, double Peer, IReadOnlyList<double> OursRuns, IReadOnlyList<double> PeerRuns, string Assembly, bool OursFirst);
