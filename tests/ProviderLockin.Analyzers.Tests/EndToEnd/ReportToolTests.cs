using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.EndToEnd;

/// <summary>
/// <c>provider-lockin report</c> as a user runs it: the built tool, in its own process, on the bundled sample; every
/// format read back (JSON against docs/report.schema.json, SARIF's structure, the HTML rendered by headless Chromium),
/// and the error paths with their exit codes.
/// </summary>
[Collection(nameof(RepositoryBuilds))]
public class ReportToolTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Sample = Path.Combine(TestReferences.RepositoryRoot, "docs", "samples", "ShopAssistant", "ShopAssistant.csproj");

    [Fact]
    public async Task The_sample_report_names_its_providers_models_loops_and_portability()
    {
        var (result, json) = await ReportAsync("json");
        var console = result.Output;

        using var document = JsonDocument.Parse(json);
        var solution = document.RootElement.GetProperty("solution");
        Assert.Equal(new[] { "Anthropic", "Ollama", "OpenAI" }, solution.GetProperty("providers").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("gpt-4o", solution.GetProperty("modelIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1, solution.GetProperty("loopsFlagged").GetInt32());

        // The 23 warnings `dotnet build` of the sample prints, and the deprecated model in AiSettings (a suggestion).
        var byRule = solution.GetProperty("findingsByRule");
        Assert.Equal(4, byRule.GetProperty("PLA1001").GetInt32());
        Assert.Equal(1, byRule.GetProperty("PLA1003").GetInt32());
        Assert.Equal(1, byRule.GetProperty("PLA3001").GetInt32());
        Assert.Equal(1, byRule.GetProperty("PLA1004").GetInt32());
        Assert.Equal(1, byRule.GetProperty("PLA3004").GetInt32());
        Assert.Equal(2, byRule.GetProperty("PLA2006").GetInt32());
        Assert.Equal(24, byRule.EnumerateObject().Sum(r => r.Value.GetInt32()));

        // Retired first, then deprecated; each with the provider's successor and where it is written.
        var aging = solution.GetProperty("modelRetirements").EnumerateArray().ToList();
        Assert.Equal(new[] { "claude-3-5-haiku-20241022", "gpt-5-2025-08-07" }, aging.Select(m => m.GetProperty("model").GetString()));
        Assert.Equal(("retired", "2026-02-19", "claude-haiku-4-5-20251001"), (aging[0].GetProperty("status").GetString(), aging[0].GetProperty("date").GetString(), aging[0].GetProperty("successor").GetString()));
        Assert.Equal(("deprecated", "2026-12-11", "gpt-5.6-sol"), (aging[1].GetProperty("status").GetString(), aging[1].GetProperty("date").GetString(), aging[1].GetProperty("successor").GetString()));
        Assert.EndsWith(Path.Combine("Support", "TicketTriage.cs") + ":15", Assert.Single(aging[0].GetProperty("locations").EnumerateArray()).GetString());

        // Score = abstraction / (abstraction + SDK + raw HTTP), adapters in the abstraction layer left out.
        var sites = solution.GetProperty("callSites");
        var (abstraction, sdk, http) = (sites.GetProperty("abstraction").GetInt32(), sites.GetProperty("providerSdk").GetInt32(), sites.GetProperty("rawHttp").GetInt32());
        Assert.True(abstraction > 0 && sdk > 0 && http > 0 && sites.GetProperty("inAbstractionLayer").GetInt32() > 0, sites.ToString());
        Assert.Equal(Math.Round((double)abstraction / (abstraction + sdk + http), 3), solution.GetProperty("portabilityScore").GetDouble());

        var project = Assert.Single(document.RootElement.GetProperty("projects").EnumerateArray());
        var finding = project.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "PLA3001");
        Assert.EndsWith(Path.Combine("Batch", "NightlyReviewSummaries.cs"), finding.GetProperty("file").GetString());
        Assert.Equal(13, finding.GetProperty("line").GetInt32());
        Assert.StartsWith(Descriptors.HelpLinkBase, finding.GetProperty("helpUri").GetString());

        // One provider and no failover; one of the two chat pipelines without telemetry; not a test project.
        var resilience = project.GetProperty("resilience");
        Assert.Equal(new[] { "OpenAI" }, resilience.GetProperty("chatProviders").EnumerateArray().Select(p => p.GetString()));
        Assert.False(resilience.GetProperty("fallbackWired").GetBoolean());
        Assert.False(resilience.GetProperty("telemetryWired").GetBoolean());
        Assert.Equal(0, resilience.GetProperty("testsOnPaidProviders").GetInt32());

        Assert.Contains("ShopAssistant", console);
        Assert.Contains("fallback no (OpenAI), telemetry no, tests on paid providers 0", console);
        Assert.Contains("Portability", console);
        Assert.Contains("OpenAI (2 call sites)", console);
        Assert.Contains("claude-3-5-haiku-20241022 (Anthropic) retired 2026-02-19 → claude-haiku-4-5-20251001", console);

        // Redirected output (a CI log, this test) is plain text: no colour or cursor codes, no wrapped rows.
        Assert.DoesNotContain("\u001b[", console);
        Assert.Contains(console.Split('\n'), line => line.Contains("Resilience", StringComparison.Ordinal) && line.Contains("tests on paid providers 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_json_report_follows_its_documented_schema()
    {
        var (_, json) = await ReportAsync("json");
        using var report = JsonDocument.Parse(json);

        var errors = SchemaCheck.Validate(File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "docs", "report.schema.json")), report.RootElement);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// The AI bill of materials validates against the official CycloneDX 1.6 JSON schema, taken at test time from the
    /// CycloneDX dotnet tool's package (CycloneDX.Core embeds bom-1.6.schema.json and the SPDX and JSF schemas it refers
    /// to), not from a copy kept here.
    /// </summary>
    [SkippableFact]
    public async Task The_cyclonedx_bom_validates_against_the_official_schema_and_names_packages_models_and_services()
    {
        var folder = Directory.CreateTempSubdirectory("cyclonedx-").FullName;
        try
        {
            var install = await DotnetCli.RunAsync($"tool install CycloneDX --version 6.3.1 --tool-path \"{Path.Combine(folder, "tools")}\"", folder);
            Skip.If(install.ExitCode != 0, "The CycloneDX tool package (which carries the official schema) could not be installed: " + install.Output.Trim());
            var core = Directory.GetFiles(Path.Combine(folder, "tools"), "CycloneDX.Core.dll", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Last();
            var schemas = EmbeddedText(core, "CycloneDX.Core.Schemas.bom-1.6.schema.json", "CycloneDX.Core.Schemas.spdx.schema.json", "CycloneDX.Core.Schemas.jsf-0.82.schema.json");

            var (_, text) = await ReportAsync("cyclonedx");
            using var bom = JsonDocument.Parse(text);
            var errors = SchemaCheck.Validate(schemas[0], bom.RootElement, schemas[1], schemas[2]);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            using (var wrong = JsonDocument.Parse("{\"bomFormat\":\"SPDX\",\"specVersion\":\"1.6\"}"))
            {
                Assert.NotEmpty(SchemaCheck.Validate(schemas[0], wrong.RootElement, schemas[1], schemas[2])); // the validator does reject
            }

            var root = bom.RootElement;
            Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
            Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
            var components = root.GetProperty("components").EnumerateArray().ToList();
            Assert.Contains(components, c => c.GetProperty("type").GetString() == "library" && c.GetProperty("purl").GetString() == $"pkg:nuget/OpenAI@{TestReferences.VersionOf("OpenAI")}");
            var retired = Assert.Single(components, c => c.GetProperty("type").GetString() == "machine-learning-model" && c.GetProperty("name").GetString() == "claude-3-5-haiku-20241022");
            Assert.Equal("Anthropic", retired.GetProperty("publisher").GetString());
            var occurrence = Assert.Single(retired.GetProperty("evidence").GetProperty("occurrences").EnumerateArray());
            Assert.Equal(("Support/TicketTriage.cs", 15), (occurrence.GetProperty("location").GetString(), occurrence.GetProperty("line").GetInt32()));
            Assert.Contains(retired.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "providerLockin:status" && p.GetProperty("value").GetString() == "retired");
            Assert.Contains(root.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == "api.anthropic.com");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Resource texts of an assembly, read in a load context that is unloaded again.</summary>
    private static string[] EmbeddedText(string assemblyPath, params string[] names)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("schemas", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            return names.Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(name + " is not in " + assemblyPath);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }).ToArray();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>`--fixes` asks the package's code fixes, as the light bulb does, and the JSON (still valid) lists them per finding.</summary>
    [Fact]
    public async Task With_fixes_each_finding_lists_the_code_fixes_offered_on_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"provider-exposure-{Guid.NewGuid():N}.json");
        var result = await ToolAsync($"report {Sample} --fixes --format json --output {file}");
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = await File.ReadAllTextAsync(file);
        File.Delete(file);

        using var report = JsonDocument.Parse(json);
        var errors = SchemaCheck.Validate(File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "docs", "report.schema.json")), report.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var findings = report.RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.True(f.TryGetProperty("fixes", out _), f.ToString()));
        var loop = findings.First(f => f.GetProperty("ruleId").GetString() == "PLA3001");
        Assert.Contains(loop.GetProperty("fixes").EnumerateArray(), t => t.GetString()!.StartsWith("Cap the batch", StringComparison.Ordinal));
        var identity = findings.First(f => f.GetProperty("ruleId").GetString() == "PLA2003");
        Assert.Empty(identity.GetProperty("fixes").EnumerateArray());
        Assert.Contains("Code fixes", result.Output);
    }

    [Fact]
    public async Task The_sarif_report_is_sarif_2_1_with_every_rule_and_located_results()
    {
        var (_, sarif) = await ReportAsync("sarif");
        using var document = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", document.RootElement.GetProperty("$schema").GetString());

        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Descriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.StartsWith(Descriptors.HelpLinkBase, r.GetProperty("helpUri").GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(24, results.Count);
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "PLA2006" && r.GetProperty("level").GetString() == "note");
        Assert.Equal(2, run.GetProperty("properties").GetProperty("modelRetirements").GetArrayLength());
        Assert.All(results, result =>
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        });
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "Prompts/legacy-completion.prompt.txt");
    }

    [Fact]
    public async Task The_markdown_report_has_the_summary_matrix_and_findings()
    {
        var (_, markdown) = await ReportAsync("markdown");
        var lines = markdown.Split('\n');

        Assert.StartsWith("# Provider exposure report", markdown);
        Assert.Contains(lines, l => l.StartsWith("| Project | Providers | Portability | PLA1001 |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| ShopAssistant | Anthropic, Ollama, OpenAI |", StringComparison.Ordinal));
        Assert.Contains("## Provider by project", markdown);
        Assert.Contains(lines, l => l.StartsWith("| ShopAssistant | 2 | 1 | 2 |", StringComparison.Ordinal));
        Assert.Contains("## Resilience", markdown);
        Assert.Contains(lines, l => l.StartsWith("| ShopAssistant | no (OpenAI) | no | 0 |", StringComparison.Ordinal));
        Assert.Contains("## Retired and deprecated models", markdown);
        Assert.Contains(lines, l => l.StartsWith("| ShopAssistant | `gpt-5-2025-08-07` | OpenAI | deprecated | 2026-12-11 | `gpt-5.6-sol` | `Ai/AiSettings.cs:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("`Batch/NightlyReviewSummaries.cs:13`", StringComparison.Ordinal) && l.Contains("PLA3001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_report_renders_its_provider_matrix_in_headless_chromium()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (.ci/run does).");
        var (_, html) = await ReportAsync("html");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http-equiv", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("id=\"provider-matrix\"", html);
        Assert.Contains("id=\"model-retirements\"", html);
        Assert.Contains("<td>claude-3-5-haiku-20241022</td>", html);
        Assert.Contains("id=\"rule-chart\"", html);
        Assert.Contains("NightlyReviewSummaries.cs#L13", html);

        var folder = Directory.CreateTempSubdirectory("report-html-").FullName;
        try
        {
            var page = Path.Combine(folder, "report.html");
            await File.WriteAllTextAsync(page, html);
            var screenshot = Path.Combine(folder, "report.png");
            var shot = await DotnetCli.RunProgramAsync(Chromium, $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars --user-data-dir={Path.Combine(folder, "profile")} --window-size=1280,900 --screenshot={screenshot} {new Uri(page).AbsoluteUri}", folder, TimeSpan.FromMinutes(2));
            Assert.True(File.Exists(screenshot), shot.ToString());

            // The matrix header's colour fills a band of pixels only if the matrix was laid out and painted.
            var image = PngImage.Load(screenshot);
            Assert.Equal(1280, image.Width);
            var header = Convert.FromHexString("1b4965");
            Assert.True(image.Count(header[0], header[1], header[2]) > 5_000, "The provider matrix header is not in the screenshot.");
            // And its hot cells (providers with call sites).
            var hot = Convert.FromHexString("f4a261");
            Assert.True(image.Count(hot[0], hot[1], hot[2]) > 1_000, "The provider matrix has no highlighted cells in the screenshot.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The PR gate docs/adoption.md shows: a baseline report kept in the repository, --fail-on counting only what a change
    /// adds. Lines moved by an edit above the findings leave them known; a new SDK call is new, in every format.
    /// </summary>
    [Fact]
    public async Task A_baseline_gate_passes_known_findings_and_fails_on_a_new_one()
    {
        // Same depth below the repository as docs/samples/ShopAssistant, so its relative project references hold.
        var parent = Path.Combine(TestReferences.RepositoryRoot, "artifacts", "e2e-baseline-" + Guid.NewGuid().ToString("N")[..8]);
        var sample = Path.Combine(parent, "ShopAssistant");
        DotnetCli.CopyProject(Path.GetDirectoryName(Sample)!, sample);
        try
        {
            var baseline = Path.Combine(parent, "baseline.json");
            var first = await ToolAsync($"report {sample} --restore --quiet --format json --output {baseline}");
            Assert.True(first.ExitCode == 0, first.ToString());

            // docs/adoption.md's count per rule, as written there (jq is on most CI images; skipped where it is not).
            var jq = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "jq")).FirstOrDefault(File.Exists);
            if (jq is not null)
            {
                var count = await DotnetCli.RunProgramAsync(jq, $"-r \".projects[].findings[].ruleId\" {baseline}", parent, TimeSpan.FromMinutes(1));
                Assert.True(count.ExitCode == 0, count.ToString());
                Assert.Equal(4, count.Output.Split('\n').Count(line => line.Trim() == "PLA1001"));
            }

            // Code added above the findings moves every line below it: nothing is new.
            var triage = Path.Combine(sample, "Support", "TicketTriage.cs");
            await File.WriteAllTextAsync(triage, "// Reviewed.\n\n\n" + await File.ReadAllTextAsync(triage));
            var sarif = Path.Combine(parent, "moved.sarif");
            var moved = await ToolAsync($"report {sample} --quiet --baseline {baseline} --fail-on warning --format sarif --output {sarif}");
            Assert.True(moved.ExitCode == 0, moved.ToString());
            Assert.Contains("0 new", moved.Output);
            using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(sarif)))
            {
                var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
                Assert.All(results, r => Assert.Equal("unchanged", r.GetProperty("baselineState").GetString()));
                Assert.All(results, r => Assert.Matches("^[0-9a-f]{24}$", r.GetProperty("partialFingerprints").GetProperty("providerLockin/v1").GetString()));
            }

            // A new direct SDK call: the gate fails, and the findings it adds are the new ones.
            await File.WriteAllTextAsync(Path.Combine(sample, "Support", "Refunds.cs"), """
                namespace ShopAssistant.Support;

                public sealed class Refunds
                {
                    public object Client(string key) => new OpenAI.Chat.ChatClient("gpt-4o-mini", key);
                }
                """);
            var json = Path.Combine(parent, "added.json");
            var added = await ToolAsync($"report {sample} --quiet --baseline {baseline} --fail-on warning --format json --output {json}");
            Assert.True(added.ExitCode == 1, added.ToString());
            Assert.Contains("new PLA1001 Support/Refunds.cs:5", added.Output);
            using (var report = JsonDocument.Parse(await File.ReadAllTextAsync(json)))
            {
                var findings = report.RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();
                var fresh = findings.Where(f => f.GetProperty("new").GetBoolean()).ToList();
                Assert.Equal(report.RootElement.GetProperty("baseline").GetProperty("new").GetInt32(), fresh.Count);
                Assert.All(fresh, f => Assert.EndsWith("Refunds.cs", f.GetProperty("file").GetString()));
                Assert.Contains(fresh, f => f.GetProperty("ruleId").GetString() == "PLA1001" && f.GetProperty("member").GetString() == "ShopAssistant.Support.Refunds.Client(string)");
                Assert.Equal(0, report.RootElement.GetProperty("baseline").GetProperty("gone").GetInt32());
            }
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task The_tool_packs_installs_as_a_dotnet_tool_and_runs_as_provider_lockin()
    {
        await PrepareAsync();
        var folder = Directory.CreateTempSubdirectory("report-tool-").FullName;
        try
        {
            var version = "0.1.0-e2e." + Guid.NewGuid().ToString("N")[..8];
            var feed = Path.Combine(folder, "feed");
            var pack = await DotnetCli.RunAsync($"pack src/ProviderLockin.Cli --no-build --no-restore -c {Configuration} -o {feed} -p:PackageVersion={version} -nologo", TestReferences.RepositoryRoot);
            Assert.True(pack.ExitCode == 0, pack.ToString());

            var tools = Path.Combine(folder, "tools");
            var install = await DotnetCli.RunAsync(
                $"tool install ProviderLockin.Cli --tool-path {tools} --add-source {feed} --version {version}",
                TestReferences.RepositoryRoot,
                ("NUGET_PACKAGES", Path.Combine(folder, "packages")));
            Assert.True(install.ExitCode == 0, install.ToString());

            var run = await DotnetCli.RunProgramAsync(Path.Combine(tools, "provider-lockin"), $"report {Sample} --quiet", TestReferences.RepositoryRoot, TimeSpan.FromMinutes(5));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("ShopAssistant", run.Output);
            Assert.Contains("PLA1001 x4", run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_slnx_solution_reports_the_projects_it_lists_not_the_ones_they_reference()
    {
        var folder = Directory.CreateTempSubdirectory("report-slnx-").FullName;
        try
        {
            var solution = Path.Combine(folder, "Shop.slnx");
            await File.WriteAllTextAsync(solution, $"<Solution>\n  <Project Path=\"{Path.GetRelativePath(folder, Sample)}\" />\n</Solution>\n");
            var output = Path.Combine(folder, "report.json");

            var result = await ToolAsync($"report {solution} --quiet --output {output}");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            Assert.Equal("ShopAssistant", Assert.Single(report.RootElement.GetProperty("projects").EnumerateArray()).GetProperty("name").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Fail_on_gates_by_rule_and_by_severity()
    {
        var byRule = await ToolAsync($"report {Sample} --quiet --fail-on PLA3001");
        Assert.True(byRule.ExitCode == 1, byRule.ToString());
        Assert.Contains("--fail-on: 1 finding(s) matched, first: PLA3001", byRule.Output);

        var bySeverity = await ToolAsync($"report {Sample} --quiet --fail-on error");
        Assert.True(bySeverity.ExitCode == 0, bySeverity.ToString());

        var byPrefix = await ToolAsync($"report {Sample} --quiet --fail-on PLA9,warning");
        Assert.Equal(1, byPrefix.ExitCode);
    }

    /// <summary>System.CommandLine brings help, validation and response files; parse errors keep the documented exit code 2.</summary>
    [Fact]
    public async Task The_command_line_has_help_validation_and_response_files()
    {
        var help = await ToolAsync("report --help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("--baseline", help.Output);
        Assert.Contains("--fail-on", help.Output);
        Assert.Contains("cyclonedx", help.Output);

        Assert.Equal(2, (await ToolAsync(string.Empty)).ExitCode);
        var twoPaths = await ToolAsync($"report {Sample} {Sample}");
        Assert.Equal(2, twoPaths.ExitCode);
        var unknown = await ToolAsync($"report {Sample} --colour");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--colour", unknown.Output);

        var folder = Directory.CreateTempSubdirectory("report-rsp-").FullName;
        try
        {
            var rsp = Path.Combine(folder, "gate.rsp");
            await File.WriteAllTextAsync(rsp, $"report\n{Sample}\n--quiet\n--fail-on\nPLA3001\n");
            var gated = await ToolAsync("@" + rsp);
            Assert.True(gated.ExitCode == 1, gated.ToString());
            Assert.Contains("--fail-on: 1 finding(s) matched, first: PLA3001", gated.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Error_paths_say_what_is_wrong_and_exit_with_the_documented_codes()
    {
        var missing = await ToolAsync("report /no/such/App.sln");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'/no/such/App.sln' does not exist", missing.Output);

        var badFormat = await ToolAsync($"report {Sample} --format pdf");
        Assert.Equal(2, badFormat.ExitCode);
        Assert.Contains("Unknown format 'pdf'", badFormat.Output);

        var badGate = await ToolAsync($"report {Sample} --fail-on sometimes");
        Assert.Equal(2, badGate.ExitCode);

        var folder = Directory.CreateTempSubdirectory("report-errors-").FullName;
        try
        {
            var empty = Path.Combine(folder, "empty");
            Directory.CreateDirectory(empty);
            var nothing = await ToolAsync($"report {empty}");
            Assert.Equal(3, nothing.ExitCode);
            Assert.Contains("No C# projects found", nothing.Output);

            // One project that cannot load next to one that can: the failure is reported, the other analyzed.
            var mixed = Path.Combine(folder, "mixed");
            Directory.CreateDirectory(Path.Combine(mixed, "Broken"));
            Directory.CreateDirectory(Path.Combine(mixed, "Good"));
            await File.WriteAllTextAsync(Path.Combine(mixed, "Broken", "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
            await File.WriteAllTextAsync(Path.Combine(mixed, "Good", "Good.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
            await File.WriteAllTextAsync(Path.Combine(mixed, "Good", "Orders.cs"), "namespace Good; public class Orders { public int Count => 1; }");
            var output = Path.Combine(folder, "mixed.json");
            var partial = await ToolAsync($"report {mixed} --restore --quiet --output {output}");
            Assert.True(partial.ExitCode == 0, partial.ToString());
            Assert.Contains("Could not load", partial.Output);
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            Assert.Equal("Good", Assert.Single(report.RootElement.GetProperty("projects").EnumerateArray()).GetProperty("name").GetString());
            Assert.Contains(report.RootElement.GetProperty("loadFailures").EnumerateArray(), f => f.GetProperty("project").GetString()!.EndsWith("Broken.csproj", StringComparison.Ordinal));
            Assert.Null(report.RootElement.GetProperty("solution").GetProperty("portabilityScore").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly ConcurrentDictionary<string, Lazy<Task<(CommandResult, string)>>> Reports = new();
    private static readonly SemaphoreSlim BuildGate = new(1, 1);
    private static bool _prepared;

    /// <summary>The sample's report in one format, made once per test run.</summary>
    private static Task<(CommandResult Result, string Text)> ReportAsync(string format)
        => Reports.GetOrAdd(format, f => new Lazy<Task<(CommandResult, string)>>(async () =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"provider-exposure-{Guid.NewGuid():N}.{f}");
            var result = await ToolAsync($"report {Sample} --format {f} --output {file}");
            Assert.True(result.ExitCode == 0, result.ToString());
            var text = await File.ReadAllTextAsync(file);
            File.Delete(file);
            return (result, text);
        })).Value;

    private static async Task<CommandResult> ToolAsync(string arguments)
    {
        var tool = await PrepareAsync();
        return await DotnetCli.RunAsync($"exec {tool} {arguments}", TestReferences.RepositoryRoot);
    }

    /// <summary>The tool as the solution build left it (built here if it was not), and the sample restored.</summary>
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static async Task<string> PrepareAsync()
    {
        const string configuration = Configuration;
        var tool = Path.Combine(TestReferences.RepositoryRoot, "src", "ProviderLockin.Cli", "bin", configuration, "net10.0", "ProviderLockin.Cli.dll");
        await BuildGate.WaitAsync();
        try
        {
            if (!_prepared)
            {
                if (!File.Exists(tool))
                {
                    var build = await DotnetCli.RunAsync($"build src/ProviderLockin.Cli -c {configuration} -nologo", TestReferences.RepositoryRoot);
                    Assert.True(build.ExitCode == 0, build.ToString());
                }

                var restore = await DotnetCli.RunAsync($"restore {Sample} -nologo", TestReferences.RepositoryRoot);
                Assert.True(restore.ExitCode == 0, restore.ToString());
                _prepared = true;
            }
        }
        finally
        {
            BuildGate.Release();
        }

        return tool;
    }
}

/// <summary>
/// End-to-end tests that build, pack or format projects of this repository in place run one at a time: two dotnet
/// processes writing the same obj/ folder at once fail at random.
/// </summary>
[CollectionDefinition(nameof(RepositoryBuilds))]
public sealed class RepositoryBuilds
{
}
