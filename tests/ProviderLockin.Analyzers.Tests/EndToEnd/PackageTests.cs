using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs ProviderLockin.Analyzers with a unique version into a temporary feed and installs it in a consumer project that
/// uses OpenAI directly, with its own NUGET_PACKAGES folder: what a user sees after <c>dotnet add package</c>.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pla-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public string Consumer => Path.Combine(Root, "Consumer");

    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    public (string, string)[] Environment => new[] { ("NUGET_PACKAGES", Path.Combine(Root, "packages")) };

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(Consumer);

        var pack = await DotnetCli.RunAsync(
            $"pack src/ProviderLockin.Package/ProviderLockin.Package.csproj -c Release -p:Version={Version} -o \"{feed}\" -nologo",
            TestReferences.RepositoryRoot);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenAI" Version="{TestReferences.VersionOf("OpenAI")}" />
                <PackageReference Include="ProviderLockin.Analyzers" Version="{Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Consumer, "Summaries.cs"), """
            using OpenAI.Chat;

            namespace Consumer;

            public sealed class Summaries(string key)
            {
                public string Summarize(string text)
                {
                    var client = new ChatClient(Models.Default, key);
            #pragma warning disable PLA1001 // reviewed: legacy path
                    var legacy = client.CompleteChat("Legacy: " + text);
            #pragma warning restore PLA1001
                    return client.CompleteChat("Summarize: " + text).Value.Content[0].Text + legacy.Value.Content[0].Text;
                }
            }

            public static class Models
            {
                public static string Default => Environment.GetEnvironmentVariable("MODEL") ?? "unknown";
            }
            """);

        Directory.CreateDirectory(Path.Combine(Consumer, "Prompts"));
        File.WriteAllText(Path.Combine(Consumer, "Prompts", "triage.prompt.txt"), "<|im_start|>system\nSort the ticket.\n");

        var restore = await DotnetCli.RunAsync("restore -nologo", Consumer, Environment);
        Assert.True(restore.ExitCode == 0, restore.ToString());
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS.
        }

        return Task.CompletedTask;
    }

    public Task<CommandResult> BuildAsync(string arguments = "")
        => DotnetCli.RunAsync($"build --no-incremental --no-restore -nologo -p:TreatWarningsAsErrors=false {arguments}", Consumer, Environment);
}

[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}

[Collection(nameof(PackageCollection))]
public sealed class PackageTests(PackageFixture package)
{
    [Fact]
    public void The_package_has_both_assemblies_under_analyzers_and_no_lib_or_dependencies()
    {
        var nupkg = Path.Combine(package.Root, "feed", $"ProviderLockin.Analyzers.{package.Version}.nupkg");
        using var archive = System.IO.Compression.ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/ProviderLockin.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ProviderLockin.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/ProviderLockin.Analyzers.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.GetEntry("ProviderLockin.Analyzers.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", metadata);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("PLA1001", metadata); // release notes from AnalyzerReleases
        Assert.DoesNotContain("<dependency ", metadata);
    }

    [Fact]
    public async Task Build_shows_the_warning_with_its_help_link_and_loads_cleanly()
    {
        var build = await package.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning PLA1001: 'ChatClient.CompleteChat' calls the OpenAI SDK directly", build.Output);
        Assert.Contains(Analyzers.Diagnostics.Descriptors.HelpLink("PLA1001"), build.Output);

        // #pragma suppresses the legacy call: one CompleteChat finding, not two.
        Assert.Single(build.Output.Split('\n').Where(l => l.Contains("warning PLA1001: 'ChatClient.CompleteChat'")).Distinct());

        // The analyzers load on this SDK's compiler and do not crash.
        Assert.DoesNotContain("CS9057", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("CS8032", build.Output);
    }

    /// <summary>
    /// On linux-x64 with a .NET 10 SDK the compiler gets the precompiled (ReadyToRun) copy of the analyzer instead of the
    /// portable one, never both; <c>ProviderLockinReadyToRun=false</c> keeps the portable one. Same findings either way.
    /// </summary>
    [SkippableFact]
    public async Task Dotnet_build_on_linux_x64_uses_the_precompiled_analyzer_with_the_same_findings()
    {
        const string precompiled = "readytorun/net10.0/linux-x64/ProviderLockin.Analyzers.dll";
        const string portable = "analyzers/dotnet/cs/ProviderLockin.Analyzers.dll";
        var nupkg = Path.Combine(package.Root, "feed", $"ProviderLockin.Analyzers.{package.Version}.nupkg");
        using (var archive = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            var packedOnLinux = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";
            Assert.Equal(packedOnLinux, archive.GetEntry(precompiled) is not null);
            Skip.IfNot(packedOnLinux && System.Environment.Version.Major == 10, "the precompiled copy is for linux-x64 with a .NET 10 SDK");
        }

        var build = await package.BuildAsync("-v:d");
        var optedOut = await package.BuildAsync("-v:d -p:ProviderLockinReadyToRun=false");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());

        string[] AnalyzerArguments(CommandResult result) => result.Output.Replace('\\', '/').Split(' ', '\n')
            .Where(a => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.Contains("providerlockin.analyzers/", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.TrimEnd('\r')).Distinct().ToArray();
        string[] Findings(CommandResult result) => result.Output.Split('\n')
            .Where(l => l.Contains(": warning PLA", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();

        var used = AnalyzerArguments(build);
        Assert.Single(used, a => a.EndsWith(precompiled, StringComparison.Ordinal));
        Assert.DoesNotContain(used, a => a.EndsWith(portable, StringComparison.Ordinal));
        Assert.Contains(used, a => a.EndsWith("analyzers/dotnet/cs/ProviderLockin.CodeFixes.dll", StringComparison.Ordinal));
        var usedWhenOptedOut = AnalyzerArguments(optedOut);
        Assert.Single(usedWhenOptedOut, a => a.EndsWith(portable, StringComparison.Ordinal));
        Assert.DoesNotContain(usedWhenOptedOut, a => a.EndsWith(precompiled, StringComparison.Ordinal));

        Assert.NotEmpty(Findings(build));
        Assert.Equal(Findings(optedOut), Findings(build));
        Assert.DoesNotContain("AD0001", build.Output);
    }

    [Fact]
    public async Task Prompt_files_in_the_project_are_checked_unless_turned_off()
    {
        var build = await package.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("triage.prompt.txt(1,1): warning PLA2001", build.Output.Replace('\\', '/'));

        var optedOut = await package.BuildAsync("-p:ProviderLockinIncludePromptFiles=false");
        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());
        Assert.DoesNotContain("PLA2001", optedOut.Output);
    }

    /// <summary>
    /// docs/adoption.md's local-feed recipe, as written there: its nuget.config (with packageSourceMapping) next to a new
    /// consumer, `dotnet add package` without --source, then README's first run: Audit keeps a TreatWarningsAsErrors
    /// build green, while the default severities fail it.
    /// </summary>
    [Fact]
    public async Task A_consumer_with_package_source_mapping_installs_from_a_local_feed_and_audit_keeps_it_green()
    {
        var adoption = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "docs", "adoption.md"));
        var marker = adoption.IndexOf("<!-- tested: PackageTests.A_consumer_with_package_source_mapping", StringComparison.Ordinal);
        Assert.True(marker >= 0, "docs/adoption.md no longer has the tested nuget.config");
        var start = adoption.IndexOf("```xml\n", marker, StringComparison.Ordinal) + "```xml\n".Length;
        var config = adoption[start..adoption.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Contains("<packageSourceMapping>", config);

        var folder = Path.Combine(package.Root, "mapped");
        var feed = Path.Combine(folder, "packages-local");
        Directory.CreateDirectory(feed);
        File.Copy(Path.Combine(package.Root, "feed", $"ProviderLockin.Analyzers.{package.Version}.nupkg"), Path.Combine(feed, $"ProviderLockin.Analyzers.{package.Version}.nupkg"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), config);
        var consumer = Path.Combine(folder, "Mapped");
        Directory.CreateDirectory(consumer);
        File.Copy(Path.Combine(package.Consumer, "Summaries.cs"), Path.Combine(consumer, "Summaries.cs"));
        File.WriteAllText(Path.Combine(consumer, "Mapped.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenAI" Version="{TestReferences.VersionOf("OpenAI")}" />
              </ItemGroup>
            </Project>
            """);

        var add = await DotnetCli.RunAsync($"add package ProviderLockin.Analyzers --version {package.Version}", consumer, package.Environment);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("PrivateAssets", File.ReadAllText(Path.Combine(consumer, "Mapped.csproj")));

        var strict = await DotnetCli.RunAsync("build --no-restore -nologo", consumer, package.Environment);
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error PLA1001", strict.Output);

        // README's first run, as written there: its PropertyGroup with the Audit preset, in the project file.
        var readme = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "README.md"));
        var auditStart = readme.IndexOf("<PropertyGroup>\n  <ProviderLockinAnalysisMode>Audit", StringComparison.Ordinal);
        Assert.True(auditStart >= 0, "README.md no longer shows the Audit PropertyGroup");
        var auditBlock = readme[auditStart..(readme.IndexOf("</PropertyGroup>", auditStart, StringComparison.Ordinal) + "</PropertyGroup>".Length)];
        var project = Path.Combine(consumer, "Mapped.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", auditBlock + "\n</Project>", StringComparison.Ordinal));
        var audit = await DotnetCli.RunAsync("build --no-restore --no-incremental -nologo", consumer, package.Environment);
        Assert.True(audit.ExitCode == 0, audit.ToString());

        // The SARIF step of docs/adoption.md, as written: one file per project under sarif/ at the root.
        var sarifMarker = adoption.IndexOf("<!-- tested: PackageTests.A_consumer_with_package_source_mapping (the SARIF step)", StringComparison.Ordinal);
        Assert.True(sarifMarker >= 0, "docs/adoption.md no longer has the tested Directory.Build.props");
        var propsStart = adoption.IndexOf("```xml\n", sarifMarker, StringComparison.Ordinal) + "```xml\n".Length;
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), adoption[propsStart..adoption.IndexOf("```", propsStart, StringComparison.Ordinal)]);
        var withLog = await DotnetCli.RunAsync("build --no-incremental -nologo", consumer, package.Environment);
        Assert.True(withLog.ExitCode == 0, withLog.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sarif", "Mapped.sarif")));
        Assert.Contains(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PLA1001");
    }

    [Fact]
    public async Task Warnaserror_fails_the_build()
    {
        var build = await package.BuildAsync("-warnaserror");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error PLA1001", build.Output);
    }

    [Fact]
    public async Task ErrorLog_writes_sarif_2_1_with_results_and_rule_metadata()
    {
        var sarif = Path.Combine(package.Root, "lockin.sarif");
        var build = await package.BuildAsync($"\"-p:ErrorLog={sarif}%2Cversion=2.1\"");
        Assert.True(build.ExitCode == 0, build.ToString());

        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("PLA", StringComparison.Ordinal)).ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "PLA1001" && r.GetProperty("level").GetString() == "warning");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "PLA1001");
        Assert.Equal(Analyzers.Diagnostics.Descriptors.HelpLink("PLA1001"), rule.GetProperty("helpUri").GetString());
        Assert.Equal("ProviderCoupling", rule.GetProperty("properties").GetProperty("category").GetString());
    }

    [Fact]
    public async Task Editorconfig_severity_overrides_and_wins_over_the_presets()
    {
        var editorconfig = Path.Combine(package.Consumer, ".editorconfig");
        File.WriteAllText(editorconfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.PLA1001.severity = error\ndotnet_diagnostic.PLA1002.severity = none\n");
        try
        {
            var errors = await package.BuildAsync("-p:ProviderLockinAnalysisMode=Audit");
            Assert.NotEqual(0, errors.ExitCode);
            Assert.Contains("error PLA1001", errors.Output);

            File.WriteAllText(editorconfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.PLA1001.severity = none\n");
            var silenced = await package.BuildAsync();
            Assert.True(silenced.ExitCode == 0, silenced.ToString());
            Assert.DoesNotContain("PLA1001", silenced.Output);
        }
        finally
        {
            File.Delete(editorconfig);
        }
    }

    [Theory]
    [InlineData("Strict", "error")]
    [InlineData("Audit", "note")]
    [InlineData("None", null)]
    [InlineData("Default", "warning")]
    public async Task Presets_change_every_rules_severity(string mode, string? sarifLevel)
    {
        var sarif = Path.Combine(package.Root, $"preset-{mode}.sarif");
        var build = await package.BuildAsync($"-p:ProviderLockinAnalysisMode={mode} \"-p:ErrorLog={sarif}%2Cversion=2.1\"");
        Assert.Equal(mode == "Strict" ? 1 : 0, build.ExitCode);

        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("PLA", StringComparison.Ordinal))
            .Select(r => r.GetProperty("level").GetString())
            .ToList();
        if (sarifLevel is null)
        {
            Assert.Empty(results);
        }
        else
        {
            Assert.NotEmpty(results);
            Assert.All(results, level => Assert.Equal(sarifLevel, level));
        }
    }

    [Fact]
    public async Task An_unknown_preset_is_reported_and_the_defaults_apply()
    {
        var build = await package.BuildAsync("-p:ProviderLockinAnalysisMode=Paranoid");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning PLA9001: 'ProviderLockinAnalysisMode' has an invalid value 'Paranoid'", build.Output);
        Assert.Contains("warning PLA1001", build.Output);
    }
}
