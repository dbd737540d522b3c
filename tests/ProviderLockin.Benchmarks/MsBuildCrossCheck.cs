using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
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
    public static async Task<string> RunAsync(Scenario scenario)
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
        var ours = Path.Combine(AppContext.BaseDirectory, "ProviderLockin.Analyzers.dll");
        var peer = Path.Combine(AppContext.BaseDirectory, "peer");
        File.WriteAllText(Path.Combine(root, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1591;PLA1001;PLA1002;PLA2002;PLA2003;PLA3001;PLA3002;RS0030</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenAI" Version="2.15.0" />
                <PackageReference Include="Anthropic" Version="13.13.0" />
                <PackageReference Include="Microsoft.Extensions.AI" Version="10.11.0" />
                <Analyzer Include="{ours}" />
                <Analyzer Include="{peer}/*.dll" />
                <AdditionalFiles Include="BannedSymbols.txt" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");

        var output = await DotnetAsync(root, "build --no-incremental -nologo -v:d -p:ReportAnalyzer=true");
        var report = new StringBuilder();
        report.AppendLine(CultureInfo($"Cross-check with the compiler: `dotnet build -p:ReportAnalyzer=true` on {scenario.Name} ({scenario.Description})."));
        report.AppendLine();
        var ourTime = AssemblyTime(output, "ProviderLockin.Analyzers");
        var peerTime = AssemblyTime(output, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers") + AssemblyTime(output, "Microsoft.CodeAnalysis.BannedApiAnalyzers");
        var total = Regex.Match(output, @"Total analyzer execution time: ([\d.,]+) seconds");
        report.AppendLine("| Total analyzer time (s) | ProviderLockin (s) | BannedApiAnalyzers (s) | ProviderLockin / BannedApi |");
        report.AppendLine("|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo($"| {(total.Success ? total.Groups[1].Value : "n/a")} | {ourTime:F3} | {peerTime:F3} | {(peerTime > 0 ? (ourTime / peerTime).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "n/a")} |"));
        return report.ToString();
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
