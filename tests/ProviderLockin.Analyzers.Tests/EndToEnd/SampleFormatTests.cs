using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.EndToEnd;

/// <summary>
/// The code fixes as CI uses them: <c>dotnet format analyzers</c> on a copy of the sample app, which must still build,
/// with the fixed diagnostics gone and the others still there.
/// </summary>
[Collection(nameof(RepositoryBuilds))]
public class SampleFormatTests
{
    [Fact]
    public async Task Dotnet_format_applies_the_fixes_to_the_sample_and_it_still_builds()
    {
        var root = TestReferences.RepositoryRoot;

        // Same depth below the repository as docs/samples/ShopAssistant, so its relative project references hold.
        var parent = Path.Combine(root, "artifacts", "e2e-format-" + Guid.NewGuid().ToString("N")[..8]);
        var sample = Path.Combine(parent, "ShopAssistant");
        DotnetCli.CopyProject(Path.Combine(root, "docs", "samples", "ShopAssistant"), sample);
        try
        {
            // One rule per run: dotnet format computes the diagnostics of a run up front, and a fix for one rule moves the
            // text another rule's diagnostics point at (docs/adoption.md gives the same advice).
            // PLA2006 first: the retired model gets its successor before PLA1003 and PLA2002 move the literal elsewhere.
            foreach (var id in new[] { "PLA2006", "PLA2004", "PLA1002", "PLA1003", "PLA2001", "PLA2002", "PLA2005", "PLA3001", "PLA3004", "PLA1001" })
            {
                var format = await DotnetCli.RunAsync($"format analyzers ShopAssistant.csproj --diagnostics {id} --severity info", sample);
                Assert.True(format.ExitCode == 0, format.ToString());
                Assert.DoesNotContain("Unable to fix", format.Output);
            }

            var build = await DotnetCli.RunAsync("build ShopAssistant.csproj --no-incremental -nologo", sample);
            Assert.True(build.ExitCode == 0, build.ToString());
            var warnings = build.Output.Split('\n').Where(line => line.Contains(": warning PLA", StringComparison.Ordinal)).ToList();

            // Fixed: the OpenAI client field (now IChatClient), the prefill, the unbounded loop, the literal model IDs and the
            // turn markers in C#.
            var leftovers = warnings
                .Where(w => w.Contains("warning PLA2005") || w.Contains("warning PLA3001")
                            || w.Contains("warning PLA2001") && w.Contains(".cs(")
                            || w.Contains("warning PLA2002") && (w.Contains("ReplyDrafter.cs(") || w.Contains("OrderSummaryService.cs("))
                            || w.Contains("warning PLA1002") || w.Contains("warning PLA1003") || w.Contains("warning PLA3004")
                            || w.Contains("warning PLA2006"))
                .ToList();
            Assert.True(leftovers.Count == 0, "Still reported after dotnet format:\n" + string.Join("\n", leftovers));
            Assert.Contains("IChatClient _chat", File.ReadAllText(Path.Combine(sample, "Orders", "OrderSummaryService.cs")));

            // The retired Anthropic model became the successor Anthropic names, wherever the later fixes moved it, and so did
            // the deprecated default in AiSettings (a suggestion: --severity info includes it).
            var code = string.Concat(Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/")).Select(File.ReadAllText));
            Assert.DoesNotContain("claude-3-5-haiku-20241022", code);
            Assert.Contains("claude-haiku-4-5-20251001", code);
            Assert.Contains("\"gpt-5.6-sol\"", File.ReadAllText(Path.Combine(sample, "Ai", "AiSettings.cs")));

            // The escape hatch into OpenAI's options type became the portable ChatOptions member; the key only OpenAI reads stays reported.
            var drafter = File.ReadAllText(Path.Combine(sample, "Support", "ReplyDrafter.cs"));
            Assert.Contains("MaxOutputTokens = 400,", drafter);
            Assert.DoesNotContain("RawRepresentationFactory", drafter);
            Assert.Contains(warnings, w => w.Contains("warning PLA2004") && w.Contains("reasoning_effort"));

            // The drafts client's pipeline records its calls too.
            Assert.Contains("AsIChatClient()).UseOpenTelemetry();", File.ReadAllText(Path.Combine(sample, "Program.cs")));

            // The model catalogue joined the abstraction namespace's file (a new file would be added to the project by dotnet format).
            Assert.Contains("public static class ModelConfiguration", File.ReadAllText(Path.Combine(sample, "Ai", "Providers", "OpenAiReviewModerator.cs")));

            // The hand-written Anthropic request moved into the abstraction namespace's file, behind IAnthropicAdapter, and the
            // adapter joined TicketTriage's registration.
            Assert.Contains("anthropicAdapter.TriageAsync(", File.ReadAllText(Path.Combine(sample, "Support", "TicketTriage.cs")));
            Assert.Contains("builder.Services.AddSingleton<IAnthropicAdapter, AnthropicAdapter>();", File.ReadAllText(Path.Combine(sample, "Program.cs")));

            // EscalationService's SDK call joined the same adapter (PLA1001 runs last), which is registered once.
            Assert.Contains("_anthropicAdapter.DraftReplyAsync(ticket)", File.ReadAllText(Path.Combine(sample, "Support", "EscalationService.cs")));
            Assert.DoesNotContain(warnings, w => w.Contains("EscalationService.cs(") && w.Contains("warning PLA1001"));
            Assert.Single(File.ReadAllLines(Path.Combine(sample, "Program.cs")), line => line.Contains("IAnthropicAdapter", StringComparison.Ordinal));

            // In Development the host validates every registration when it is built: the fixed app still resolves.
            var run = await DotnetCli.RunAsync("run --no-build --project ShopAssistant.csproj", sample, ("DOTNET_ENVIRONMENT", "Development"));
            Assert.True(run.ExitCode == 0, run.ToString());

            // Not fixed by these fixes: still reported.
            Assert.Contains(warnings, w => w.Contains("PLA1001"));
            Assert.Contains(warnings, w => w.Contains("PLA2001") && w.Contains("legacy-completion.prompt.txt"));
            Assert.Contains(warnings, w => w.Contains("PLA2003"));
            Assert.Contains(warnings, w => w.Contains("PLA1004"));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>
    /// The resilience rules on the bundled samples: ShopAssistant shows PLA1004 and PLA3004 (checked above and in the
    /// README), ShopAssistant.Resilient is the cure and shows neither, ShopAssistant.Tests shows PLA1005 once, on the test
    /// that would call the paid API and not on the one against a local model.
    /// </summary>
    [Fact]
    public async Task The_resilient_variant_is_quiet_and_the_sample_tests_show_PLA1005_once()
    {
        var root = TestReferences.RepositoryRoot;
        var parent = Path.Combine(root, "artifacts", "e2e-variants-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var resilient = Path.Combine(parent, "ShopAssistant.Resilient");
            DotnetCli.CopyProject(Path.Combine(root, "docs", "samples", "ShopAssistant.Resilient"), resilient);
            var build = await DotnetCli.RunAsync("build --no-incremental -nologo", resilient);
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.DoesNotContain(": warning PLA", build.Output);

            var tests = Path.Combine(parent, "ShopAssistant.Tests");
            DotnetCli.CopyProject(Path.Combine(root, "docs", "samples", "ShopAssistant.Tests"), tests);
            build = await DotnetCli.RunAsync("build --no-incremental -nologo", tests);
            Assert.True(build.ExitCode == 0, build.ToString());
            var paid = build.Output.Split('\n').Where(line => line.Contains(": warning PLA1005", StringComparison.Ordinal)).Distinct().ToList();
            var finding = Assert.Single(paid);
            Assert.Contains("ReplyPromptTests.cs(14,", finding);
        }
        finally
        {
            if (Directory.Exists(parent))
            {
                Directory.Delete(parent, recursive: true);
            }
        }
    }
}
