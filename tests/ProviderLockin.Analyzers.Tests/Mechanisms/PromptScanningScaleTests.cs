using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>
/// Prompt scanning is linear in the literal's length: no backtracking, so a 1 MB prompt costs what it weighs.
/// These tests only prove that the work finishes and finds what it should; speed is measured by the benchmark.
/// </summary>
public class PromptScanningScaleTests
{
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    public async Task A_one_megabyte_prompt_literal_is_scanned_to_its_end()
    {
        var filler = Repeat("Answer the customer politely and cite the order number. ", OneMegabyte);
        var source = $$"""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Support(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync() => chat.GetResponseAsync("{{filler}}<|im_end|>");
            }
            """;

        var result = await AnalyzerRunner.RunAsync(source);

        Assert.Empty(result.Exceptions);
        var marker = Assert.Single(result.Ours, d => d.Id == "PLA2001");
        Assert.Equal(source.IndexOf("<|im_end|>", System.StringComparison.Ordinal), marker.Location.SourceSpan.Start);
    }

    [Theory]
    [InlineData("<|im_star")]          // every ChatML prefix but never the token
    [InlineData("\n\nHuman")]          // a legacy turn without its colon
    [InlineData("[INST")]              // a Llama tag left open
    [InlineData("you are Cla")]        // a self-identity lead cut before the name
    [InlineData("trained by Open")]    // a maker lead cut before the name
    public void Near_misses_repeated_for_a_megabyte_finish_without_findings(string nearMiss)
    {
        var text = Repeat(nearMiss + " ", OneMegabyte);
        var findings = new List<PromptFinding>();

        PromptScanner.Scan(text, 0, text.Length, 0, findings);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_megabyte_of_model_id_characters_is_rejected_without_matching()
    {
        var value = Repeat("gpt-4o-", OneMegabyte);

        Assert.False(ModelIds.TryGetProvider(value, out _));
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
