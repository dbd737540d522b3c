// Real-code fix harness: applies every ProviderLockin code fix, one rule at a time, to pinned public repositories and
// records whether the fix changed files, broke the build, broke tests or left findings. Run from the repository root:
//
//   dotnet run tests/RealCode/FixHarness.cs -- --repos <folder> (--package <folder> | --pack <repo root>) [--out <dir>] [--only <name>] [--work <dir>] [--keep] [--baseline-only]
//
// --baseline-only builds each repository once with the analyzers and records the findings (rule, file, line, column,
// message) in fix-results.json; no fix is applied. The accuracy scorer (AccuracyScorer.cs) reads that output.
//
// See tests/RealCode/README.md. Uses only the base class library (no #:package), so it needs no restore of its own.
#:property TargetFramework=net10.0
#:property Nullable=enable
#:property ImplicitUsings=disable
#:property TreatWarningsAsErrors=false
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

return Harness.Run(args);

static class Harness
{
    static readonly string[] FallbackFixableRules = { "PLA1001", "PLA1002", "PLA1003", "PLA2001", "PLA2002", "PLA2005", "PLA3001", "PLA3002" };
    static readonly Regex DiagnosticLine = new(
        @"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\): (?<sev>warning|error|info) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[(?<proj>[^\]]+)\])?\s*$",
        RegexOptions.Compiled);
    static readonly Regex HelpLink = new(@" \(https?://[^)]*\)$", RegexOptions.Compiled);
    static readonly Regex ProjectLevelError = new(@"^\s*(?<file>[^\s].*?) : (?<sev>error) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[(?<proj>[^\]]+)\])?\s*$", RegexOptions.Compiled);

    public static int Run(string[] args)
    {
        var opts = Options.Parse(args);
        if (opts is null) { PrintUsage(); return 2; }
        string manifestPath = opts.Manifest ?? Path.Combine(ScriptDirectory(), "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        Directory.CreateDirectory(opts.Out);
        Directory.CreateDirectory(opts.Work);
        Log($"manifest {manifestPath}; work {opts.Work}; out {opts.Out}");

        // 1. The package under test.
        string packageDir, version;
        if (opts.Pack is not null)
        {
            version = "0.0.0-harness." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            packageDir = Path.Combine(opts.Work, "package");
            Directory.CreateDirectory(packageDir);
            var r = Exec("dotnet", new[] { "pack", Path.Combine(opts.Pack, "src", "ProviderLockin.Package"), "-c", "Release", $"-p:Version={version}", "-o", packageDir }, opts.Pack, null, 900);
            if (r.Code != 0) { Log("pack failed:\n" + Tail(r.Output, 40)); return 1; }
        }
        else
        {
            packageDir = Path.GetFullPath(opts.Package!);
            version = "";
        }
        var nupkgs = Directory.GetFiles(packageDir, "ProviderLockin.Analyzers.*.nupkg")
            .Where(p => version.Length == 0 || Path.GetFileName(p) == $"ProviderLockin.Analyzers.{version}.nupkg")
            .OrderBy(File.GetLastWriteTimeUtc).ToList();
        if (nupkgs.Count == 0) { Log($"no ProviderLockin.Analyzers.*.nupkg in {packageDir}"); return 1; }
        string nupkg = nupkgs[^1];
        version = Path.GetFileNameWithoutExtension(nupkg).Substring("ProviderLockin.Analyzers.".Length);
        if (nupkgs.Count > 1) Log($"several packages in {packageDir}; using the newest: {version}");
        EnsureNoStalePackage(nupkg, version);
        var fixable = FixableRules(nupkg, opts.Work, out string fixableSource);
        Log($"package {nupkg} (version {version}); rules with a code fix ({fixableSource}): {string.Join(", ", fixable)}");

        // 2. Each repository.
        var results = new List<JsonObject>();
        foreach (var repoNode in manifest["repositories"]!.AsArray())
        {
            var repo = repoNode!.AsObject();
            string name = (string)repo["name"]!;
            if (opts.Only.Count > 0 && !opts.Only.Contains(name)) continue;
            var sw = Stopwatch.StartNew();
            JsonObject result;
            try { result = RunRepository(repo, opts, packageDir, version, fixable); }
            catch (Exception ex) { result = new JsonObject { ["name"] = name, ["status"] = "harness-error", ["error"] = ex.ToString() }; }
            result["seconds"] = Math.Round(sw.Elapsed.TotalSeconds);
            results.Add(result);
            Log($"{name}: {result["status"]} in {sw.Elapsed.TotalSeconds:F0}s");
            WriteOutputs(opts, manifestPath, nupkg, version, fixable, fixableSource, results);
        }
        WriteOutputs(opts, manifestPath, nupkg, version, fixable, fixableSource, results);
        Log($"wrote {Path.Combine(opts.Out, "fix-results.md")} and fix-results.json");
        return 0;
    }

    // ---------------------------------------------------------------- repository run

    static JsonObject RunRepository(JsonObject repo, Options opts, string packageDir, string version, List<string> fixable)
    {
        string name = (string)repo["name"]!;
        string gh = (string)repo["repo"]!;
        string commit = (string)repo["commit"]!;
        var result = new JsonObject { ["name"] = name, ["repo"] = gh, ["commit"] = commit, ["shape"] = repo["shape"]?.DeepClone() };

        string? gitDir = FindGitDir(opts.Repos, gh);
        if (gitDir is null)
        {
            result["status"] = "missing";
            result["error"] = $"not in --repos {opts.Repos}: looked for {gh.Replace('/', '+')}/repo, {gh.Replace('/', '+')}, {gh.Split('/')[1]}, {gh} (bare git dir or checkout)";
            Log($"{name}: MISSING from --repos ({gh})");
            return result;
        }
        if (Exec("git", new[] { $"--git-dir={gitDir}", "cat-file", "-e", commit + "^{commit}" }, null, null, 60).Code != 0)
        {
            result["status"] = "missing";
            result["error"] = $"{gitDir} does not contain commit {commit}";
            return result;
        }

        string root = Path.Combine(opts.Work, name);
        if (Directory.Exists(root)) ForceDelete(root);
        string pristine = Path.Combine(root, "pristine");
        Directory.CreateDirectory(pristine);

        // Materialise the pinned commit's project folders.
        var paths = repo["paths"]!.AsArray().Select(p => (string)p!).ToList();
        string tar = Path.Combine(root, "src.tar");
        var archive = Exec("git", new[] { $"--git-dir={gitDir}", "archive", "--format=tar", "-o", tar, commit }.Concat(paths).ToArray(), null, null, 600);
        if (archive.Code != 0) { result["status"] = "materialise-failed"; result["error"] = Tail(archive.Output, 20); return result; }
        var untar = Exec("tar", new[] { "-xf", tar, "-C", pristine }, null, null, 600);
        File.Delete(tar);
        if (untar.Code != 0) { result["status"] = "materialise-failed"; result["error"] = Tail(untar.Output, 20); return result; }
        foreach (var rm in repo["removeFiles"]?.AsArray() ?? new JsonArray())
        {
            string p = Path.Combine(pristine, (string)rm!);
            if (Directory.Exists(p)) ForceDelete(p); else if (File.Exists(p)) File.Delete(p);
        }

        // The package, added the way a user would without editing the projects: a nuget.config adding the local feed,
        // and one imported targets file holding the PackageReference (PackageVersion under central package management),
        // the manifest's restore overrides and the .editorconfig keys.
        var projects = repo["projects"]!.AsArray().Select(p => (string)p!).ToList();
        var tests = (repo["testProjects"]?.AsArray() ?? new JsonArray()).Select(t => t!.AsObject()).ToList();
        WriteOverlay(pristine, repo, packageDir, version, fixable);
        string sln = "HarnessRepo.sln";
        var slnNew = Exec("dotnet", new[] { "new", "sln", "-n", "HarnessRepo", "--format", "sln", "-o", pristine }, pristine, null, 120);
        if (slnNew.Code != 0) { result["status"] = "setup-failed"; result["error"] = Tail(slnNew.Output, 20); return result; }
        foreach (var p in projects.Concat(tests.Select(t => (string)t["path"]!)).Distinct())
        {
            var add = Exec("dotnet", new[] { "sln", sln, "add", p }, pristine, null, 120);
            if (add.Code != 0) { result["status"] = "setup-failed"; result["error"] = Tail(add.Output, 20); return result; }
        }
        GitInit(pristine);

        // Baseline.
        string baseDir = CopyTree(pristine, Path.Combine(root, "baseline"));
        var env = Env(baseDir);
        var restore = Restore(baseDir, env, sln);
        result["restore"] = new JsonObject { ["exitCode"] = restore.Code, ["errors"] = ToJson(ErrorsOf(restore.Output, baseDir).Take(15)) };
        if (restore.Code != 0) { result["status"] = "restore-failed"; return result; }
        var build = Build(baseDir, env, sln);
        result["baselineBuild"] = new JsonObject { ["exitCode"] = build.Code, ["errors"] = ToJson(build.Errors.Take(15)) };
        if (build.Code != 0) { result["status"] = "baseline-build-failed"; return result; }
        var baseFindings = build.Findings;
        result["findings"] = FindingsJson(baseFindings);
        Log($"{name}: baseline builds; PLA findings: {string.Join(", ", baseFindings.GroupBy(f => f.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"))}");
        var baseTests = RunTests(baseDir, env, tests, Path.Combine(root, "trx-baseline"));
        result["baselineTests"] = TestsJson(baseTests);

        // --baseline-only: the baseline build's findings are the result; no fix is applied (the accuracy corpus needs nothing else).
        if (opts.BaselineOnly)
        {
            result["fixes"] = new JsonArray();
            result["baselineOnly"] = true;
            result["status"] = "ok";
            if (!opts.Keep) ForceDelete(baseDir);
            return result;
        }

        // One fresh copy per rule with a code fix.
        var fixes = new JsonArray();
        foreach (string rule in fixable)
        {
            var mine = baseFindings.Where(f => f.Id == rule).ToList();
            var fr = new JsonObject { ["rule"] = rule, ["findingsBefore"] = mine.Count };
            fixes.Add(fr);
            if (mine.Count == 0) { fr["status"] = "no-findings"; continue; }
            string dir = CopyTree(pristine, Path.Combine(root, "fix-" + rule));
            var e = Env(dir);
            var rr = Restore(dir, e, sln);
            if (rr.Code != 0) { fr["status"] = "restore-failed"; continue; }
            var format = Exec("dotnet", new[] { "format", "analyzers", sln, "--diagnostics", rule, "--severity", "info", "--no-restore", "-v", "q" }, dir, e, 1800);
            fr["formatExitCode"] = format.Code;
            if (format.Code != 0) fr["formatOutput"] = Tail(format.Output, 30);
            Exec("git", new[] { "add", "-A" }, dir, null, 120);
            var changed = Exec("git", new[] { "diff", "--cached", "--name-status", "--no-renames" }, dir, null, 120).Output
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(p => p.Length == 2)
                .Select(p => new JsonObject { ["status"] = p[0], ["path"] = p[1] }).ToList();
            fr["filesChanged"] = changed.Count;
            fr["changes"] = new JsonArray(changed.Select(c => (JsonNode)c).ToArray());
            fr["diffStat"] = Exec("git", new[] { "diff", "--cached", "--stat=160" }, dir, null, 120).Output.TrimEnd();
            var damage = Damage(dir, changed);
            fr["damage"] = ToJson(damage);
            string diff = Exec("git", new[] { "diff", "--cached", "--no-renames" }, dir, null, 120).Output;

            var after = Build(dir, e, sln);
            bool broken = after.Code != 0;
            fr["buildBroken"] = broken;
            fr["buildErrors"] = ToJson(after.Errors.Take(10));
            var left = after.Findings.Where(f => f.Id == rule).ToList();
            fr["findingsAfter"] = broken ? null : left.Count;
            fr["findingsGone"] = broken ? null : mine.Count - left.Count;
            fr["perFinding"] = PerFinding(mine, broken ? null : left);
            if (!broken)
            {
                var otherBefore = baseFindings.Where(f => f.Id != rule).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Count());
                var otherAfter = after.Findings.Where(f => f.Id != rule).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Count());
                var delta = new JsonObject();
                foreach (var id in otherBefore.Keys.Union(otherAfter.Keys).OrderBy(x => x))
                {
                    int d = otherAfter.GetValueOrDefault(id) - otherBefore.GetValueOrDefault(id);
                    if (d != 0) delta[id] = d;
                }
                fr["otherRulesDelta"] = delta;
                var newWarnings = after.OtherWarnings.Except(build.OtherWarnings).Take(10).ToList();
                fr["newCompilerWarnings"] = ToJson(newWarnings);
            }
            List<TestOutcome>? afterTests = null;
            if (tests.Count > 0 && !broken) afterTests = RunTests(dir, e, tests, Path.Combine(root, "trx-" + rule));
            fr["tests"] = afterTests is null ? null : TestsJson(afterTests);
            var brokenTests = afterTests is null ? new List<string>() :
                baseTests.Where(b => b.Outcome == "Passed").Select(b => b.Name)
                    .Where(n => afterTests.FirstOrDefault(a => a.Name == n)?.Outcome != "Passed").ToList();
            fr["testsBroken"] = tests.Count == 0 ? null : (broken ? (JsonNode?)"not run (build broken)" : brokenTests.Count > 0);
            fr["brokenTests"] = ToJson(brokenTests);
            fr["status"] = broken ? "build-broken" : brokenTests.Count > 0 ? "tests-broken" : changed.Count == 0 ? "no-change" : "applied";
            if (changed.Count > 0)
            {
                string diffDir = Path.Combine(opts.Out, "diffs", name);
                Directory.CreateDirectory(diffDir);
                string diffPath = Path.Combine(diffDir, rule + ".diff");
                File.WriteAllText(diffPath, diff);
                fr["diffFile"] = Path.GetRelativePath(opts.Out, diffPath);
                fr["diff"] = diff.Length > 200_000 ? diff.Substring(0, 200_000) + "\n[truncated]" : diff;
            }
            Log($"{name} {rule}: {fr["status"]}; files changed {changed.Count}; findings {mine.Count} -> {(broken ? "?" : left.Count.ToString())}{(broken ? "; first error: " + after.Errors.FirstOrDefault() : "")}");
            if (!opts.Keep) ForceDelete(dir);
        }
        result["fixes"] = fixes;
        result["status"] = "ok";
        if (!opts.Keep) ForceDelete(baseDir);
        return result;
    }

    static void WriteOverlay(string dir, JsonObject repo, string packageDir, string version, List<string> fixable)
    {
        File.WriteAllText(Path.Combine(dir, "nuget.config"),
$@"<?xml version=""1.0"" encoding=""utf-8""?>
<!-- Written by the real-code fix harness: the machine's sources plus the folder holding the package under test. -->
<configuration>
  <packageSources>
    <add key=""providerlockin-harness"" value=""{packageDir}"" />
  </packageSources>
</configuration>
");
        var sb = new StringBuilder();
        sb.AppendLine("<Project>");
        sb.AppendLine("  <!-- Written by the real-code fix harness; imported by each project's obj/<project>.providerlockin-harness.targets. -->");
        sb.AppendLine("  <PropertyGroup>");
        sb.AppendLine("    <NuGetAudit>false</NuGetAudit>");
        // NuGet's restore does not read WarningsNotAsErrors: the mirror's version substitutions (NU1603) are silenced with NoWarn.
        sb.AppendLine("    <NoWarn>$(NoWarn);NU1603;NU1608</NoWarn>");
        sb.AppendLine("    <WarningsNotAsErrors>$(WarningsNotAsErrors);NU1603;NU1608</WarningsNotAsErrors>");
        sb.AppendLine("  </PropertyGroup>");
        // Only for the harness's builds (baseline, after each fix): a repository with TreatWarningsAsErrors would fail on the
        // findings themselves. Not set for dotnet format: a rule listed in WarningsNotAsErrors is silently not fixed by it.
        sb.AppendLine("  <PropertyGroup Condition=\"'$(ProviderLockinHarnessBuild)' == 'true'\">");
        sb.AppendLine($"    <WarningsNotAsErrors>$(WarningsNotAsErrors);{string.Join(";", AllRuleIds(fixable))}</WarningsNotAsErrors>");
        sb.AppendLine("  </PropertyGroup>");
        sb.AppendLine("  <ItemGroup Condition=\"'$(ManagePackageVersionsCentrally)' == 'true'\">");
        sb.AppendLine($"    <PackageVersion Include=\"ProviderLockin.Analyzers\" Version=\"{version}\" />");
        sb.AppendLine("    <PackageReference Include=\"ProviderLockin.Analyzers\" PrivateAssets=\"all\" />");
        sb.AppendLine("  </ItemGroup>");
        sb.AppendLine("  <ItemGroup Condition=\"'$(ManagePackageVersionsCentrally)' != 'true'\">");
        sb.AppendLine($"    <PackageReference Include=\"ProviderLockin.Analyzers\" Version=\"{version}\" PrivateAssets=\"all\" />");
        sb.AppendLine("  </ItemGroup>");
        foreach (var o in repo["overrides"]?.AsArray() ?? new JsonArray())
        {
            var ov = o!.AsObject();
            string kind = (string)ov["kind"]!;
            string pkg = (string?)ov["package"] ?? "";
            string ver = (string?)ov["version"] ?? "";
            sb.AppendLine($"  <!-- override: {System.Security.SecurityElement.Escape((string?)ov["why"] ?? kind)} -->");
            if (kind == "packageVersion")
            {
                sb.AppendLine("  <ItemGroup>");
                sb.AppendLine($"    <PackageReference Update=\"{pkg}\" Version=\"{ver}\" Condition=\"'$(ManagePackageVersionsCentrally)' != 'true'\" />");
                sb.AppendLine($"    <PackageVersion Update=\"{pkg}\" Version=\"{ver}\" />");
                sb.AppendLine("  </ItemGroup>");
            }
            else if (kind == "replaceProjectReference")
            {
                // Removing the ProjectReference from an imported file works for dotnet build but not for dotnet format's
                // workspace (it still sees the missing project and loads the project without the SDK, so no finding is
                // reported and nothing is fixed). So this one override is a textual edit of the project file, made
                // before the baseline commit: it is in the baseline, never in a fix's diff.
                string pr = (string)ov["projectReference"]!;
                var re = new Regex("<ProjectReference\\s+Include=\"" + Regex.Escape(pr) + "\"\\s*/>");
                foreach (var proj in Directory.GetFiles(dir, "*.csproj", SearchOption.AllDirectories))
                {
                    string text = File.ReadAllText(proj);
                    if (!re.IsMatch(text)) continue;
                    bool cpm = File.Exists(Path.Combine(dir, "Directory.Packages.props")) && !text.Contains("<ManagePackageVersionsCentrally>false");
                    string replacement = cpm ? $"<PackageReference Include=\"{pkg}\" VersionOverride=\"{ver}\" />" : $"<PackageReference Include=\"{pkg}\" Version=\"{ver}\" />";
                    File.WriteAllText(proj, re.Replace(text, replacement));
                }
            }
            else if (kind == "removePackageReference")
            {
                // A package the mirror does not serve and the code does not use.
                sb.AppendLine($"  <ItemGroup><PackageReference Remove=\"{pkg}\" /></ItemGroup>");
            }
            else if (kind == "property")
            {
                sb.AppendLine($"  <PropertyGroup><{ov["name"]}>{ov["value"]}</{ov["name"]}></PropertyGroup>");
            }
            else throw new InvalidOperationException("unknown override kind " + kind);
        }
        var adoption = repo["adoption"]?.AsObject();
        foreach (var a in adoption?["packages"]?.AsArray() ?? new JsonArray())
        {
            string pkg = (string)a!["package"]!, ver = (string)a["version"]!;
            sb.AppendLine($"  <!-- adoption: {System.Security.SecurityElement.Escape((string?)adoption!["why"] ?? "")} -->");
            sb.AppendLine("  <ItemGroup>");
            sb.AppendLine($"    <PackageReference Include=\"{pkg}\" Version=\"{ver}\" Condition=\"'$(ManagePackageVersionsCentrally)' != 'true'\" />");
            sb.AppendLine($"    <PackageReference Include=\"{pkg}\" VersionOverride=\"{ver}\" Condition=\"'$(ManagePackageVersionsCentrally)' == 'true'\" />");
            sb.AppendLine("  </ItemGroup>");
        }
        sb.AppendLine("</Project>");
        Directory.CreateDirectory(Path.Combine(dir, ".harness"));
        File.WriteAllText(Path.Combine(dir, ".harness", "ProviderLockin.Harness.targets"), sb.ToString());
        // Import it into every project through the project-extension hook every SDK project has
        // (obj/<project file>.*.targets, the way NuGet's nuget.g.targets is imported): unlike an environment variable or
        // -p:CustomAfterMicrosoftCommonTargets, it is seen by dotnet format's workspace too, and unlike a root
        // Directory.Build.targets it is not shadowed by a repository's own nested Directory.Build.targets.
        foreach (var proj in Directory.GetFiles(dir, "*.csproj", SearchOption.AllDirectories))
        {
            string obj = Path.Combine(Path.GetDirectoryName(proj)!, "obj");
            Directory.CreateDirectory(obj);
            string rel = Path.GetRelativePath(obj, Path.Combine(dir, ".harness", "ProviderLockin.Harness.targets")).Replace('\\', '/');
            File.WriteAllText(Path.Combine(obj, Path.GetFileName(proj) + ".providerlockin-harness.targets"),
                $"<Project>\n  <Import Project=\"$(MSBuildThisFileDirectory){rel}\" />\n</Project>\n");
        }

        foreach (var f in adoption?["files"]?.AsArray() ?? new JsonArray())
        {
            string path = Path.Combine(dir, (string)f!["path"]!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, (string)f["content"]!);
        }

        var lines = (repo["editorconfig"]?.AsArray() ?? new JsonArray()).Select(l => (string)l!).ToList();

        // Info findings are not printed by a build, so the harness would never see them nor apply their fixes: the rules
        // that are Info by default are raised to warnings here, as the bundled sample does.
        lines.AddRange(InfoRules.Select(id => $"dotnet_diagnostic.{id}.severity = warning"));
        if (lines.Count > 0)
        {
            string ec = Path.Combine(dir, ".editorconfig");
            string existing = File.Exists(ec) ? File.ReadAllText(ec) : "root = true\n";
            string nl = existing.Contains("\r\n") ? "\r\n" : "\n";
            if (!existing.EndsWith("\n")) existing += nl;
            existing += nl + "# ProviderLockin real-code harness" + nl + "[*.{cs,razor,cshtml}]" + nl + string.Join(nl, lines) + nl;
            File.WriteAllText(ec, existing);
        }
    }

    static IEnumerable<string> AllRuleIds(List<string> fixable) =>
        fixable.Concat(new[] { "PLA1001", "PLA1002", "PLA1003", "PLA1004", "PLA1005", "PLA2001", "PLA2002", "PLA2003", "PLA2004", "PLA2005", "PLA3001", "PLA3002", "PLA3003", "PLA3004", "PLA9001" }).Distinct().OrderBy(x => x);

    /// <summary>Rules whose default severity is Info (rules.md's "Default severity" column).</summary>
    static readonly string[] InfoRules = { "PLA1004", "PLA1005", "PLA3003", "PLA3004" };

    static Dictionary<string, string?> Env(string dir) => new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_ROLL_FORWARD"] = "Major", // tests of net8/net9 projects run on the .NET 10 runtime here
    };

    // ---------------------------------------------------------------- build, tests

    record Finding(string Id, string File, int Line, int Col, string Message);
    record BuildResult(int Code, List<Finding> Findings, List<string> Errors, List<string> OtherWarnings, string Output);
    record TestOutcome(string Name, string Outcome);

    // Restore evaluates projects with ImportProjectExtensionTargets=false (so obj/*.targets are not imported): the overlay
    // is passed to it through CustomAfterMicrosoftCommonTargets instead. Build, test and dotnet format see it through obj/.
    static ExecResult Restore(string dir, Dictionary<string, string?> env, string sln) =>
        Exec("dotnet", new[] { "restore", sln,
            "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(dir, ".harness", "ProviderLockin.Harness.targets"),
            "-p:CustomAfterMicrosoftCommonCrossTargetingTargets=" + Path.Combine(dir, ".harness", "ProviderLockin.Harness.targets") }, dir, env, 1200);

    static BuildResult Build(string dir, Dictionary<string, string?> env, string sln)
    {
        var r = Exec("dotnet", new[] { "build", sln, "--no-incremental", "--no-restore", "-v:m", "-clp:NoSummary", "-nologo", "-p:ProviderLockinHarnessBuild=true" }, dir, env, 1800);
        var findings = new HashSet<Finding>();
        var warnings = new HashSet<string>();
        foreach (var raw in r.Output.Split('\n'))
        {
            var m = DiagnosticLine.Match(raw.TrimEnd('\r'));
            if (!m.Success) continue;
            string file = Rel(dir, m.Groups["file"].Value);
            if (m.Groups["id"].Value.StartsWith("PLA", StringComparison.Ordinal))
                findings.Add(new Finding(m.Groups["id"].Value, file, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), HelpLink.Replace(m.Groups["msg"].Value, "")));
            else if (m.Groups["sev"].Value == "warning")
                warnings.Add($"{m.Groups["id"].Value}: {m.Groups["msg"].Value}");
        }
        return new BuildResult(r.Code, findings.OrderBy(f => f.Id).ThenBy(f => f.File).ThenBy(f => f.Line).ToList(), ErrorsOf(r.Output, dir), warnings.ToList(), r.Output);
    }

    static List<string> ErrorsOf(string output, string dir)
    {
        var list = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            var m = DiagnosticLine.Match(line);
            if (m.Success && m.Groups["sev"].Value == "error")
                list.Add($"{Rel(dir, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}): {m.Groups["id"].Value}: {m.Groups["msg"].Value}");
            else if ((m = ProjectLevelError.Match(line)).Success)
                list.Add($"{Rel(dir, m.Groups["file"].Value)}: {m.Groups["id"].Value}: {m.Groups["msg"].Value}");
        }
        return list.Distinct().ToList();
    }

    static List<TestOutcome> RunTests(string dir, Dictionary<string, string?> env, List<JsonObject> tests, string trxDir)
    {
        var outcomes = new List<TestOutcome>();
        if (Directory.Exists(trxDir)) ForceDelete(trxDir);
        int i = 0;
        foreach (var t in tests)
        {
            string proj = (string)t["path"]!;
            var a = new List<string> { "test", proj, "--no-build", "--results-directory", trxDir, "--logger", $"trx;LogFileName=t{i++}.trx" };
            if (t["filter"] is JsonNode f) { a.Add("--filter"); a.Add((string)f!); }
            var r = Exec("dotnet", a.ToArray(), dir, env, 1800);
            var trx = Directory.Exists(trxDir) ? Directory.GetFiles(trxDir, $"t{i - 1}.trx", SearchOption.AllDirectories).FirstOrDefault() : null;
            if (trx is null) { outcomes.Add(new TestOutcome($"{proj} (exit code)", r.Code == 0 ? "Passed" : "Failed")); continue; }
            XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
            foreach (var u in XDocument.Load(trx).Descendants(ns + "UnitTestResult"))
                outcomes.Add(new TestOutcome($"{proj}::{u.Attribute("testName")?.Value}", u.Attribute("outcome")?.Value ?? "?"));
            if (outcomes.Count == 0) outcomes.Add(new TestOutcome($"{proj} (exit code)", r.Code == 0 ? "Passed" : "Failed"));
        }
        return outcomes;
    }

    // ---------------------------------------------------------------- damage checks

    static List<string> Damage(string dir, List<JsonObject> changed)
    {
        var notes = new List<string>();
        int commentsBefore = 0, commentsAfter = 0;
        foreach (var c in changed)
        {
            string status = (string)c["status"]!, path = (string)c["path"]!;
            string ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext is ".csproj" or ".props" or ".targets" or ".sln" or ".slnx" or ".json")
                notes.Add($"{status} {path}: a project/build file was {(status == "A" ? "created" : status == "D" ? "deleted" : "modified")}");
            if (status == "D") { notes.Add($"D {path}: file deleted"); continue; }
            byte[] now = File.ReadAllBytes(Path.Combine(dir, path));
            bool nowBom = now.Length >= 3 && now[0] == 0xEF && now[1] == 0xBB && now[2] == 0xBF;
            int nowCrlf = CountCrlf(now), nowLf = CountLf(now) - nowCrlf;
            if (status == "A")
            {
                commentsAfter += CountComments(now);
                if (nowCrlf > 0 && nowLf > 0) notes.Add($"A {path}: new file mixes CRLF ({nowCrlf}) and LF ({nowLf}) line ends");
                continue;
            }
            byte[] before = GitShow(dir, path);
            bool beforeBom = before.Length >= 3 && before[0] == 0xEF && before[1] == 0xBB && before[2] == 0xBF;
            int beforeCrlf = CountCrlf(before), beforeLf = CountLf(before) - beforeCrlf;
            if (beforeBom != nowBom) notes.Add($"M {path}: byte-order mark {(beforeBom ? "removed" : "added")}");
            if (beforeCrlf == 0 && nowCrlf > 0) notes.Add($"M {path}: CRLF written into an LF file ({nowCrlf} lines)");
            if (beforeLf == 0 && beforeCrlf > 0 && nowLf > 0) notes.Add($"M {path}: LF written into a CRLF file ({nowLf} lines)");
            // A fix may move comments to another file (the adapter), so they are counted over the whole change.
            commentsBefore += CountComments(before);
            commentsAfter += CountComments(now);
        }
        if (commentsAfter < commentsBefore) notes.Add($"{commentsBefore - commentsAfter} comment line(s) lost over the changed files");
        return notes;
    }

    static int CountCrlf(byte[] b) { int n = 0; for (int i = 1; i < b.Length; i++) if (b[i] == '\n' && b[i - 1] == '\r') n++; return n; }
    static int CountLf(byte[] b) { int n = 0; foreach (var x in b) if (x == '\n') n++; return n; }
    static int CountComments(byte[] b) => Encoding.UTF8.GetString(b).Split('\n').Count(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal));

    static byte[] GitShow(string dir, string path)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("show"); psi.ArgumentList.Add("HEAD:" + path);
        using var p = Process.Start(psi)!;
        using var ms = new MemoryStream();
        var errTask = p.StandardError.ReadToEndAsync();
        p.StandardOutput.BaseStream.CopyTo(ms);
        p.WaitForExit();
        _ = errTask.Result;
        return ms.ToArray();
    }

    static JsonArray PerFinding(List<Finding> before, List<Finding>? after)
    {
        var arr = new JsonArray();
        var remaining = after?.GroupBy(f => (f.File, f.Message)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var g in before.GroupBy(f => (f.File, f.Message)))
        {
            int left = remaining is null ? -1 : remaining.GetValueOrDefault(g.Key);
            foreach (var (f, i) in g.Select((f, i) => (f, i)))
                arr.Add(new JsonObject
                {
                    ["file"] = f.File, ["line"] = f.Line, ["col"] = f.Col, ["message"] = f.Message,
                    ["fixed"] = remaining is null ? null : (JsonNode)(i >= left),
                });
        }
        return arr;
    }

    // ---------------------------------------------------------------- package handling

    static void EnsureNoStalePackage(string nupkg, string version)
    {
        string global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } g ? g
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string folder = Path.Combine(global, "providerlockin.analyzers", version.ToLowerInvariant());
        if (!Directory.Exists(folder)) return;
        string hashFile = Path.Combine(folder, $"providerlockin.analyzers.{version.ToLowerInvariant()}.nupkg.sha512");
        string mine = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(nupkg)));
        if (File.Exists(hashFile) && File.ReadAllText(hashFile).Trim() == mine) return;
        Log($"the global packages folder holds a different ProviderLockin.Analyzers {version}; deleting {folder} so the package under test is used");
        ForceDelete(folder);
    }

    // The rules with a code fix, from the package's code-fix assembly (each CodeFixProvider's FixableDiagnosticIds,
    // loaded against the Roslyn that dotnet format ships), else rules.md's "Code fix" column, else a fixed list.
    static bool DerivesFrom(Type type, string baseFullName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.FullName == baseFullName) return true;
        }

        return false;
    }

    static List<string> FixableRules(string nupkg, string work, out string source)
    {
        try
        {
            string dir = Path.Combine(work, "package-contents");
            if (Directory.Exists(dir)) ForceDelete(dir);
            ZipFile.ExtractToDirectory(nupkg, dir);
            string fixesDll = Directory.GetFiles(dir, "ProviderLockin.CodeFixes.dll", SearchOption.AllDirectories).First();
            string sdkDir = Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))!; // shared/Microsoft.NETCore.App
            string dotnetRoot = Path.GetFullPath(Path.Combine(sdkDir, "..", ".."));
            string? formatDir = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk")).OrderByDescending(d => d)
                .Select(d => Path.Combine(d, "DotnetTools", "dotnet-format")).FirstOrDefault(Directory.Exists);
            var probe = new[] { Path.GetDirectoryName(fixesDll)!, formatDir ?? "" }.Where(d => d.Length > 0).ToArray();
            var alc = new AssemblyLoadContext("harness-fixes", isCollectible: true);
            alc.Resolving += (ctx, an) =>
            {
                foreach (var d in probe)
                {
                    string p = Path.Combine(d, an.Name + ".dll");
                    if (File.Exists(p)) return ctx.LoadFromAssemblyPath(p);
                }
                return null;
            };
            var asm = alc.LoadFromAssemblyPath(fixesDll);
            var ids = new SortedSet<string>();
            Type[] types;
            try { types = asm.GetTypes(); } catch (ReflectionTypeLoadException e) { types = e.Types.Where(t => t is not null).ToArray()!; }
            foreach (var t in types)
            {
                // Any class deriving from CodeFixProvider, also through a shared base (DocumentFix).
                if (t.IsAbstract || !DerivesFrom(t, "Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider")) continue;
                var inst = Activator.CreateInstance(t);
                var prop = t.GetProperty("FixableDiagnosticIds")!.GetValue(inst);
                foreach (var id in (System.Collections.IEnumerable)prop!) ids.Add((string)id);
            }
            alc.Unload();
            if (ids.Count > 0) { source = "FixableDiagnosticIds of the package's ProviderLockin.CodeFixes.dll"; return ids.Where(i => i.StartsWith("PLA")).ToList(); }
        }
        catch (Exception ex) { Log("could not read the code-fix assembly: " + ex.Message); }
        string rulesMd = Path.GetFullPath(Path.Combine(ScriptDirectory(), "..", "..", "rules.md"));
        if (File.Exists(rulesMd))
        {
            var list = File.ReadAllLines(rulesMd).Where(l => l.StartsWith("| [PLA")).Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
                .Where(c => c.Length > 6 && c[^2] == "Yes").Select(c => Regex.Match(c[1], @"PLA\d{4}").Value).ToList();
            if (list.Count > 0) { source = rulesMd; return list; }
        }
        source = "built-in list";
        return FallbackFixableRules.ToList();
    }

    // ---------------------------------------------------------------- output

    static void WriteOutputs(Options opts, string manifestPath, string nupkg, string version, List<string> fixable, string fixableSource, List<JsonObject> results)
    {
        var doc = new JsonObject
        {
            ["generated"] = DateTime.UtcNow.ToString("u"),
            ["manifest"] = manifestPath,
            ["package"] = nupkg,
            ["packageVersion"] = version,
            ["fixableRules"] = ToJson(fixable),
            ["fixableRulesSource"] = fixableSource,
            ["repositories"] = new JsonArray(results.Select(r => (JsonNode)r.DeepClone()).ToArray()),
        };
        File.WriteAllText(Path.Combine(opts.Out, "fix-results.json"), doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var md = new StringBuilder();
        md.AppendLine("# Real-code fix results");
        md.AppendLine();
        md.AppendLine($"Package `ProviderLockin.Analyzers {version}`; rules with a code fix: {string.Join(", ", fixable)} (from {fixableSource}). Generated {doc["generated"]}.");
        md.AppendLine();
        md.AppendLine("## Repositories");
        md.AppendLine();
        md.AppendLine("| Repository | Commit | Status | Baseline PLA findings | Baseline tests |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var r in results)
        {
            string findings = r["findings"] is JsonArray fa ? string.Join(", ", fa.GroupBy(f => (string)f!["id"]!).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")) : "";
            string tests = r["baselineTests"] is JsonObject bt && ((int)bt["passed"]! + (int)bt["failed"]!) > 0 ? $"{bt["passed"]} passed, {bt["failed"]} failed" : "none listed";
            string status = (string)r["status"]!;
            if (r["error"] is JsonNode err) status += ": " + Short((string)err!, 160);
            if (r["baselineBuild"]?["errors"] is JsonArray be && be.Count > 0 && status.StartsWith("baseline")) status += ": " + Short((string)be[0]!, 160);
            if (r["restore"]?["errors"] is JsonArray re && re.Count > 0 && status.StartsWith("restore")) status += ": " + Short((string)re[0]!, 160);
            md.AppendLine($"| {r["name"]} ({r["repo"]}) | `{Short((string?)r["commit"] ?? "", 12, false)}` | {Esc(status)} | {findings} | {tests} |");
        }
        md.AppendLine();
        md.AppendLine("## Per rule and repository");
        md.AppendLine();
        md.AppendLine("Fixes applied = files changed / findings gone. Build broken and tests broken compare with the baseline; findings left are that rule's findings after the fix.");
        md.AppendLine();
        md.AppendLine("| Rule | Repository | Findings | Fixes applied | Build broken | Tests broken | Findings left | Notes |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (string rule in fixable)
            foreach (var r in results)
            {
                if (r["fixes"] is not JsonArray fx) continue;
                var f = fx.FirstOrDefault(x => (string)x!["rule"]! == rule)?.AsObject();
                if (f is null) continue;
                int before = (int)f["findingsBefore"]!;
                if ((string)f["status"]! == "no-findings") { md.AppendLine($"| {rule} | {r["name"]} | 0 | – | – | – | – | |"); continue; }
                var notes = new List<string>();
                if (f["buildErrors"] is JsonArray be && be.Count > 0) notes.Add("first error: " + Short((string)be[0]!, 140));
                if (f["damage"] is JsonArray dm) notes.AddRange(dm.Select(d => Short((string)d!, 120)));
                if (f["brokenTests"] is JsonArray bt && bt.Count > 0) notes.Add("broken: " + string.Join(", ", bt.Select(t => (string)t!)));
                if (f["otherRulesDelta"] is JsonObject od && od.Count > 0) notes.Add("other rules: " + string.Join(", ", od.Select(kv => $"{kv.Key} {(int)kv.Value! :+#;-#}")));
                if (f["formatExitCode"] is JsonNode fe && (int)fe! != 0) notes.Add($"dotnet format exit {(int)fe!}");
                if (f["diffFile"] is JsonNode df) notes.Add($"diff: {df}");
                string gone = f["findingsGone"] is JsonNode g ? g.ToString() : "?";
                string left = f["findingsAfter"] is JsonNode l ? l.ToString() : "? (build broken)";
                string tb = f["testsBroken"] is JsonNode t ? (t.GetValueKind() == JsonValueKind.True ? "**yes**" : t.GetValueKind() == JsonValueKind.False ? "no" : t.ToString()) : "n/a";
                md.AppendLine($"| {rule} | {r["name"]} | {before} | {f["filesChanged"]} / {gone} | {((bool?)f["buildBroken"] == true ? "**yes**" : "no")} | {tb} | {left} | {Esc(string.Join("; ", notes))} |");
            }
        File.WriteAllText(Path.Combine(opts.Out, "fix-results.md"), md.ToString());
    }

    static JsonObject TestsJson(List<TestOutcome> t) => new()
    {
        ["passed"] = t.Count(x => x.Outcome == "Passed"),
        ["failed"] = t.Count(x => x.Outcome != "Passed"),
        ["results"] = new JsonArray(t.Select(x => (JsonNode)new JsonObject { ["name"] = x.Name, ["outcome"] = x.Outcome }).ToArray()),
    };

    static JsonArray FindingsJson(List<Finding> fs) => new(fs.Select(f => (JsonNode)new JsonObject
    { ["id"] = f.Id, ["file"] = f.File, ["line"] = f.Line, ["col"] = f.Col, ["message"] = f.Message }).ToArray());

    static JsonArray ToJson(IEnumerable<string> xs) => new(xs.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray());
    static string Esc(string s) => s.Replace("|", "\\|").Replace("\n", " ").Replace("\r", "");
    static string Short(string s, int n, bool dots = true) { s = s.Replace("\n", " ").Replace("\r", ""); return s.Length <= n ? s : s.Substring(0, n) + (dots ? "…" : ""); }

    // ---------------------------------------------------------------- plumbing

    static string? FindGitDir(string reposDir, string gh)
    {
        string owner = gh.Split('/')[0], name = gh.Split('/')[1];
        var candidates = new[]
        {
            Path.Combine(reposDir, owner + "+" + name, "repo"), Path.Combine(reposDir, owner + "+" + name),
            Path.Combine(reposDir, owner, name), Path.Combine(reposDir, name), Path.Combine(reposDir, name + ".git"),
        };
        foreach (var c in candidates)
        {
            if (!Directory.Exists(c)) continue;
            if (Directory.Exists(Path.Combine(c, ".git"))) return Path.Combine(c, ".git");
            if (File.Exists(Path.Combine(c, "HEAD")) && Directory.Exists(Path.Combine(c, "objects"))) return c;
        }
        return null;
    }

    static void GitInit(string dir)
    {
        File.WriteAllText(Path.Combine(dir, ".gitignore.harness"), "");
        File.Delete(Path.Combine(dir, ".gitignore.harness"));
        var excludes = "bin/\nobj/\n";
        Exec("git", new[] { "init", "-q" }, dir, null, 60);
        File.AppendAllText(Path.Combine(dir, ".git", "info", "exclude"), excludes);
        Exec("git", new[] { "-c", "core.autocrlf=false", "add", "-A", "." }, dir, null, 300);
        Exec("git", new[] { "-c", "user.name=harness", "-c", "user.email=harness@localhost", "commit", "-q", "-m", "baseline", "--no-gpg-sign" }, dir, null, 300);
        Exec("git", new[] { "config", "core.autocrlf", "false" }, dir, null, 60);
    }

    static string CopyTree(string from, string to)
    {
        if (Directory.Exists(to)) ForceDelete(to);
        var r = Exec("cp", new[] { "-a", from, to }, null, null, 600);
        if (r.Code != 0) throw new IOException("copy failed: " + r.Output);
        return to;
    }

    static void ForceDelete(string path)
    {
        if (!Directory.Exists(path)) return;
        Exec("rm", new[] { "-rf", path }, null, null, 600);
    }

    record ExecResult(int Code, string Output);

    static ExecResult Exec(string file, string[] args, string? cwd, Dictionary<string, string?>? env, int timeoutSeconds)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (cwd is not null) psi.WorkingDirectory = cwd;
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env is not null) foreach (var kv in env) psi.Environment[kv.Key] = kv.Value;
        var sb = new StringBuilder();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (sb) sb.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (sb) sb.AppendLine(e.Data); };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            lock (sb) sb.AppendLine($"[harness] timed out after {timeoutSeconds}s: {file} {string.Join(' ', args)}");
            return new ExecResult(124, sb.ToString());
        }
        p.WaitForExit();
        lock (sb) return new ExecResult(p.ExitCode, sb.ToString());
    }

    static string Rel(string dir, string file)
    {
        file = file.Trim();
        if (!Path.IsPathRooted(file)) return file.Replace('\\', '/');
        string rel = Path.GetRelativePath(dir, file);
        return rel.Replace('\\', '/');
    }

    static string Tail(string s, int lines) => string.Join("\n", s.Split('\n').TakeLast(lines));
    static void Log(string s) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {s}");

    static string ScriptDirectory()
    {
        // `dotnet run file.cs` exposes the entry point's path through AppContext data (EntryPointFileDirectoryPath, .NET 10).
        if (AppContext.GetData("EntryPointFileDirectoryPath") is string d && d.Length > 0) return d;
        string guess = Path.Combine(Directory.GetCurrentDirectory(), "tests", "RealCode");
        return Directory.Exists(guess) ? guess : Directory.GetCurrentDirectory();
    }

    static void PrintUsage() => Console.Error.WriteLine(
        "usage: dotnet run tests/RealCode/FixHarness.cs -- --repos <folder> (--package <folder with ProviderLockin.Analyzers.*.nupkg> | --pack <repo root>)\n" +
        "       [--out <dir>] [--work <dir>] [--only <name>[,<name>]] [--manifest <file>] [--keep] [--baseline-only]");

    sealed class Options
    {
        public string Repos = "";
        public string? Package, Pack, Manifest;
        public string Out = Path.GetFullPath("artifacts/realcode");
        public string Work = Path.Combine(Path.GetTempPath(), "providerlockin-realcode");
        public HashSet<string> Only = new();
        public bool Keep, BaselineOnly;

        public static Options? Parse(string[] args)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
                switch (args[i])
                {
                    case "--repos": o.Repos = Path.GetFullPath(Next()); break;
                    case "--package": o.Package = Path.GetFullPath(Next()); break;
                    case "--pack": o.Pack = Path.GetFullPath(Next()); break;
                    case "--out": o.Out = Path.GetFullPath(Next()); break;
                    case "--work": o.Work = Path.GetFullPath(Next()); break;
                    case "--manifest": o.Manifest = Path.GetFullPath(Next()); break;
                    case "--only": foreach (var n in Next().Split(',', StringSplitOptions.RemoveEmptyEntries)) o.Only.Add(n.Trim()); break;
                    case "--keep": o.Keep = true; break;
                    case "--baseline-only": o.BaselineOnly = true; break;
                    case "--": break;
                    default: Console.Error.WriteLine("unknown option " + args[i]); return null;
                }
            }
            if (o.Repos.Length == 0 || (o.Package is null) == (o.Pack is null)) return null;
            return o;
        }
    }
}
