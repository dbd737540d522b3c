// Accuracy scorer for the real-code corpus: compares the labels in manifest.json with the baseline findings in the
// harness's fix-results.json and prints precision, recall and F1 per rule family and per repository. Run from the
// repository root:
//
//   dotnet run tests/RealCode/AccuracyScorer.cs -- --manifest tests/RealCode/manifest.json --results <out>/fix-results.json
//       [--markdown <file>] [--repos <folder with owner+name/repo bare git dirs>] [--json <file>]
//
// Labels: { path, line, family (coupling | modelId | promptQuirk | providerOption | loop), expected, anchor, note }.
// Each label's anchor must appear on its line of the pinned commit's file (read with git from --repos, default
// /work/.mirror, else from the harness's kept baseline copy); a label whose anchor is not there is a label error and is
// skipped. Only repositories whose baseline compiled are scored; the others are listed apart.
//   TP = expected:true label with a finding of its family on its line (the finding's start line);
//   FN = expected:true label without one;
//   FP = finding of a family in one of the repository's labelledFiles that matches no expected:true label of that family
//        (findings on expected:false labels are counted here too, and listed as "trap hit").
// Uses only the base class library.
#:property TargetFramework=net10.0
#:property Nullable=enable
#:property ImplicitUsings=disable
#:property TreatWarningsAsErrors=false
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

return Scorer.Run(args);

static class Scorer
{
    static readonly Dictionary<string, string> FamilyOfRule = new()
    {
        ["PLA1001"] = "coupling", ["PLA1002"] = "coupling", ["PLA1003"] = "coupling",
        ["PLA2002"] = "modelId",
        ["PLA2001"] = "promptQuirk", ["PLA2003"] = "promptQuirk",
        ["PLA2004"] = "providerOption",
        ["PLA3001"] = "loop", ["PLA3002"] = "loop",
    };
    static readonly string[] Families = { "coupling", "modelId", "promptQuirk", "providerOption", "loop" };

    sealed record Label(string Repo, string Path, int Line, string Family, bool Expected, string Anchor, string Note);
    sealed record Finding(string Repo, string Id, string Family, string File, int Line, int Col, string Message);
    sealed class Count { public int Tp, Fn, Fp; }

    public static int Run(string[] args)
    {
        string? manifestPath = null, resultsPath = null, markdownPath = null, jsonPath = null;
        string reposDir = "/work/.mirror";
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
            switch (args[i])
            {
                case "--manifest": manifestPath = Next(); break;
                case "--results": resultsPath = Next(); break;
                case "--markdown": markdownPath = Next(); break;
                case "--json": jsonPath = Next(); break;
                case "--repos": reposDir = Next(); break;
                case "--": break;
                default: Console.Error.WriteLine("unknown option " + args[i]); return Usage();
            }
        }
        if (manifestPath is null || resultsPath is null) return Usage();

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var results = JsonNode.Parse(File.ReadAllText(resultsPath))!.AsObject();
        var resultByName = results["repositories"]!.AsArray().Select(r => r!.AsObject())
            .GroupBy(r => (string)r["name"]!).ToDictionary(g => g.Key, g => g.Last());

        var labelErrors = new List<string>();
        var notScored = new List<string>();
        var labels = new List<Label>();
        var findings = new List<Finding>();
        var labelledFiles = new Dictionary<string, HashSet<string>>();
        var scoredRepos = new List<string>();

        foreach (var repoNode in manifest["repositories"]!.AsArray())
        {
            var repo = repoNode!.AsObject();
            string name = (string)repo["name"]!;
            var repoLabels = (repo["labels"]?.AsArray() ?? new JsonArray()).Select(l => l!.AsObject()).ToList();
            if (repoLabels.Count == 0) continue;
            if (!resultByName.TryGetValue(name, out var res))
            {
                notScored.Add($"{name}: not in the results ({repoLabels.Count} labels)");
                continue;
            }
            string status = (string?)res["status"] ?? "?";
            if (status != "ok" || res["findings"] is not JsonArray fa)
            {
                string why = res["baselineBuild"]?["errors"] is JsonArray be && be.Count > 0 ? (string)be[0]! :
                    res["restore"]?["errors"] is JsonArray re && re.Count > 0 ? (string)re[0]! : (string?)res["error"] ?? "";
                notScored.Add($"{name}: {status}{(why.Length > 0 ? " (" + Short(why, 160) + ")" : "")}; {repoLabels.Count} labels not scored");
                continue;
            }
            scoredRepos.Add(name);
            var files = new HashSet<string>((repo["labelledFiles"]?.AsArray() ?? new JsonArray()).Select(f => Norm((string)f!)));
            labelledFiles[name] = files;

            var sources = new Dictionary<string, string[]?>();
            string[]? Lines(string path)
            {
                if (sources.TryGetValue(path, out var cached)) return cached;
                string? text = ReadPinned(reposDir, (string)repo["repo"]!, (string)repo["commit"]!, path);
                var arr = text?.Replace("\r\n", "\n").Split('\n');
                sources[path] = arr;
                return arr;
            }

            foreach (var l in repoLabels)
            {
                string path = Norm((string?)l["path"] ?? "");
                int line = (int?)l["line"] ?? 0;
                string family = (string?)l["family"] ?? "";
                string anchor = (string?)l["anchor"] ?? "";
                bool expected = (bool?)l["expected"] ?? false;
                string where = $"{name}: {path}:{line} [{family}] '{anchor}'";
                if (!Families.Contains(family)) { labelErrors.Add($"{where}: unknown family"); continue; }
                var src = Lines(path);
                if (src is null) { labelErrors.Add($"{where}: file not found at the pinned commit"); continue; }
                if (line < 1 || line > src.Length) { labelErrors.Add($"{where}: line out of range (file has {src.Length})"); continue; }
                if (anchor.Length == 0 || !src[line - 1].Contains(anchor, StringComparison.Ordinal))
                {
                    labelErrors.Add($"{where}: anchor not on that line (drift?): `{Short(src[line - 1].Trim(), 100)}`");
                    continue;
                }
                if (expected && !files.Contains(path)) labelErrors.Add($"{where}: file is not in labelledFiles (label still scored)");
                labels.Add(new Label(name, path, line, family, expected, anchor, (string?)l["note"] ?? ""));
            }
            foreach (var f in fa)
            {
                string id = (string)f!["id"]!;
                if (!FamilyOfRule.TryGetValue(id, out var fam)) continue;
                findings.Add(new Finding(name, id, fam, Norm((string)f["file"]!), (int)f["line"]!, (int?)f["col"] ?? 0, (string?)f["message"] ?? ""));
            }
        }

        // Matching.
        var byFamily = Families.ToDictionary(f => f, _ => new Count());
        var byRepo = scoredRepos.ToDictionary(r => r, _ => new Count());
        var byRepoFamily = new Dictionary<(string, string), Count>();
        var perRule = new SortedDictionary<string, Count>();
        Count RF(string r, string f) => byRepoFamily.TryGetValue((r, f), out var c) ? c : byRepoFamily[(r, f)] = new Count();
        Count PR(string id) => perRule.TryGetValue(id, out var c) ? c : perRule[id] = new Count();
        var misses = new List<string>();
        var falsePositives = new List<string>();

        foreach (var l in labels.Where(l => l.Expected))
        {
            var hits = findings.Where(f => f.Repo == l.Repo && f.Family == l.Family && f.File == l.Path && f.Line == l.Line).ToList();
            if (hits.Count > 0)
            {
                byFamily[l.Family].Tp++; byRepo[l.Repo].Tp++; RF(l.Repo, l.Family).Tp++;
                foreach (var id in hits.Select(h => h.Id).Distinct()) PR(id).Tp++;
            }
            else
            {
                byFamily[l.Family].Fn++; byRepo[l.Repo].Fn++; RF(l.Repo, l.Family).Fn++;
                misses.Add($"{l.Repo}: {l.Path}:{l.Line} [{l.Family}] `{l.Anchor}`: {l.Note}");
            }
        }
        var trueKeys = new HashSet<(string, string, string, int)>(labels.Where(l => l.Expected).Select(l => (l.Repo, l.Family, l.Path, l.Line)));
        var falseLabels = labels.Where(l => !l.Expected).ToLookup(l => (l.Repo, l.Family, l.Path, l.Line));
        int trapsHit = 0, trapsTotal = labels.Count(l => !l.Expected);
        var trapHitKeys = new HashSet<(string, string, string, int)>();
        foreach (var f in findings)
        {
            if (!labelledFiles.TryGetValue(f.Repo, out var files) || !files.Contains(f.File)) continue;
            if (trueKeys.Contains((f.Repo, f.Family, f.File, f.Line))) continue;
            byFamily[f.Family].Fp++; byRepo[f.Repo].Fp++; RF(f.Repo, f.Family).Fp++; PR(f.Id).Fp++;
            var trap = falseLabels[(f.Repo, f.Family, f.File, f.Line)].FirstOrDefault();
            if (trap is not null && trapHitKeys.Add((f.Repo, f.Family, f.File, f.Line))) trapsHit++;
            falsePositives.Add($"{f.Repo}: {f.File}:{f.Line}:{f.Col} {f.Id} [{f.Family}]{(trap is not null ? " (trap hit: " + trap.Note + ")" : " (unlabelled line)")}: {Short(f.Message, 140)}");
        }

        // Output.
        var sb = new StringBuilder();
        sb.AppendLine("# Accuracy on the real-code corpus");
        sb.AppendLine();
        sb.AppendLine($"Results: `{resultsPath}` (package {results["packageVersion"]}); manifest: `{manifestPath}`.");
        sb.AppendLine($"Labels scored: {labels.Count} ({labels.Count(l => l.Expected)} expected true, {trapsTotal} expected false) in {scoredRepos.Count} repositories; label errors: {labelErrors.Count}; traps hit: {trapsHit} of {trapsTotal}.");
        sb.AppendLine();
        sb.AppendLine("## Per family");
        sb.AppendLine();
        Table(sb, Families.Select(f => (f, byFamily[f])).Append(("**all**", Sum(byFamily.Values))));
        sb.AppendLine("## Per repository");
        sb.AppendLine();
        Table(sb, scoredRepos.Select(r => (r, byRepo[r])).Append(("**all**", Sum(byRepo.Values))));
        sb.AppendLine("## Per repository and family");
        sb.AppendLine();
        Table(sb, byRepoFamily.OrderBy(kv => kv.Key.Item1).ThenBy(kv => Array.IndexOf(Families, kv.Key.Item2)).Select(kv => ($"{kv.Key.Item1} / {kv.Key.Item2}", kv.Value)));
        sb.AppendLine("## Per rule (TP = labels matched by a finding of that rule; FP = its findings in labelled files that match no true label)");
        sb.AppendLine();
        sb.AppendLine("| Rule | TP | FP |");
        sb.AppendLine("|---|---:|---:|");
        foreach (var kv in perRule) sb.AppendLine($"| {kv.Key} | {kv.Value.Tp} | {kv.Value.Fp} |");
        sb.AppendLine();
        List(sb, "Misses (false negatives)", misses);
        List(sb, "False positives", falsePositives);
        List(sb, "Label errors (skipped)", labelErrors);
        List(sb, "Repositories not scored (did not restore or compile, or missing)", notScored);

        Console.Write(sb.ToString());
        if (markdownPath is not null) { File.WriteAllText(markdownPath, sb.ToString()); Console.Error.WriteLine($"wrote {markdownPath}"); }
        if (jsonPath is not null)
        {
            JsonObject C(Count c) => new() { ["tp"] = c.Tp, ["fn"] = c.Fn, ["fp"] = c.Fp, ["precision"] = P(c), ["recall"] = R(c), ["f1"] = F(c) };
            var doc = new JsonObject
            {
                ["families"] = new JsonObject(Families.Select(f => KeyValuePair.Create(f, (JsonNode?)C(byFamily[f])))),
                ["repositories"] = new JsonObject(scoredRepos.Select(r => KeyValuePair.Create(r, (JsonNode?)C(byRepo[r])))),
                ["misses"] = new JsonArray(misses.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
                ["falsePositives"] = new JsonArray(falsePositives.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
                ["labelErrors"] = new JsonArray(labelErrors.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
                ["notScored"] = new JsonArray(notScored.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            };
            File.WriteAllText(jsonPath, doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        return 0;
    }

    static Count Sum(IEnumerable<Count> cs) { var s = new Count(); foreach (var c in cs) { s.Tp += c.Tp; s.Fn += c.Fn; s.Fp += c.Fp; } return s; }
    static double? P(Count c) => c.Tp + c.Fp == 0 ? null : Math.Round((double)c.Tp / (c.Tp + c.Fp), 3);
    static double? R(Count c) => c.Tp + c.Fn == 0 ? null : Math.Round((double)c.Tp / (c.Tp + c.Fn), 3);
    static double? F(Count c) { var p = P(c); var r = R(c); return p is null || r is null || p + r == 0 ? null : Math.Round(2 * p.Value * r.Value / (p.Value + r.Value), 3); }
    static string Fmt(double? d) => d is null ? "–" : d.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    static void Table(StringBuilder sb, IEnumerable<(string Name, Count C)> rows)
    {
        sb.AppendLine("| | TP | FN | FP | Precision | Recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (n, c) in rows) sb.AppendLine($"| {n} | {c.Tp} | {c.Fn} | {c.Fp} | {Fmt(P(c))} | {Fmt(R(c))} | {Fmt(F(c))} |");
        sb.AppendLine();
    }

    static void List(StringBuilder sb, string title, List<string> items)
    {
        sb.AppendLine($"## {title} ({items.Count})");
        sb.AppendLine();
        foreach (var i in items) sb.AppendLine("- " + i.Replace("\n", " "));
        if (items.Count == 0) sb.AppendLine("none");
        sb.AppendLine();
    }

    static string Norm(string p) => p.Replace('\\', '/').TrimStart('.', '/');
    static string Short(string s, int n) { s = s.Replace("\n", " ").Replace("\r", ""); return s.Length <= n ? s : s.Substring(0, n) + "…"; }

    // The file at the pinned commit, from a bare git dir (owner+name/repo, the fetch tool's layout) or a checkout.
    static string? ReadPinned(string reposDir, string gh, string commit, string path)
    {
        string owner = gh.Split('/')[0], name = gh.Split('/')[1];
        foreach (var c in new[] { Path.Combine(reposDir, owner + "+" + name, "repo"), Path.Combine(reposDir, owner + "+" + name), Path.Combine(reposDir, owner, name), Path.Combine(reposDir, name) })
        {
            string? gitDir = Directory.Exists(Path.Combine(c, ".git")) ? Path.Combine(c, ".git") : File.Exists(Path.Combine(c, "HEAD")) ? c : null;
            if (gitDir is null) continue;
            var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
            psi.ArgumentList.Add("--git-dir=" + gitDir); psi.ArgumentList.Add("show"); psi.ArgumentList.Add(commit + ":" + path);
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            string text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            _ = err.Result;
            if (p.ExitCode == 0) return text.TrimStart('\uFEFF');
        }
        return null;
    }

    static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run tests/RealCode/AccuracyScorer.cs -- --manifest <manifest.json> --results <fix-results.json> [--markdown <file>] [--json <file>] [--repos <dir>]");
        return 2;
    }
}
