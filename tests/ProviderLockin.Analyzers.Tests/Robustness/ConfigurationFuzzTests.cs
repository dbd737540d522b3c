using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// Every <c>provider_lockin.*</c> key with empty, malformed, duplicated and conflicting values: each gets a PLA9001
/// that names the key and the value, and the rules keep working with the documented default.
/// </summary>
public class ConfigurationFuzzTests
{
    private const string Business = """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Shop.Orders
        {
            class Business
            {
                public async Task RunAsync(IEnumerable<string> items, string key)
                {
                    var chat = new OpenAI.Chat.ChatClient("gpt-4o-mini", key);
                    foreach (var item in items)
                    {
                        await chat.CompleteChatAsync(item);
                    }
                }
            }
        }
        """;

    private static readonly string Long = string.Concat(Enumerable.Repeat("Shop.", 2000)) + "Ai";

    /// <summary>Values that no key accepts, and values that are wrong only for some keys.</summary>
    private static readonly Dictionary<string, string[]> Malformed = new(StringComparer.Ordinal)
    {
        [OptionKeys.AbstractionLayer] = new[] { "", "yes", "1", "true false", "\0", Long },
        [OptionKeys.AdaptersAreAbstraction] = new[] { "", "no", "0", "false true", "\0", Long },
        [OptionKeys.AbstractionNamespaces] = new[] { "", " , ", "Shop..Ai", "Shop.Ai,Shop.Ai", "3Shop", "Shop.*", "\0", Long + "!" },
        [OptionKeys.AdditionalSdkNamespaces] = new[] { "", ",", "Contoso..Gateway", "Contoso.Gateway, Contoso.Gateway", "Contoso Gateway", "\0" },
        [OptionKeys.AdditionalEndpoints] = new[] { "", ",", "llm.contoso.com, llm.contoso.com", "http://", "not a host", "\0" },
        [OptionKeys.ModelIdPatterns] = new[] { "", "   ", "((", "gpt-[", "contoso-.* contoso-.*", "[z-a]", "(?<" },
        [OptionKeys.CallDepth] = new[] { "", "-1", "three", "11", "99999999999999999999", "3.5", "\0" },
        [OptionKeys.MaxCallsPerLoop] = new[] { "", "0", "-5", "many", "1e3", "99999999999999999999", "\0" },
        [OptionKeys.ThrottleMethods] = new[] { "", ",", "Throttle", "Contoso.Throttle.Wait(", "A.B.C, A.B.C", "\0" },
        [OptionKeys.FallbackTypes] = new[] { "", ",", "Contoso..Router", "Contoso.Router(", "A.B, A.B", "\0" },
        [OptionKeys.TelemetryMethods] = new[] { "", ",", "Audit", "Contoso.Audit.Use(", "A.B.C, A.B.C", "\0" },
        [OptionKeys.ModelCatalogDate] = new[] { "", "tomorrow", "2027-02-30", "2027-3-1", "01/03/2027", "2027-03-01T00:00", "\0", Long },
    };

    public static IEnumerable<object[]> Cases()
    {
        foreach (var key in OptionKeys.All)
        {
            foreach (var value in Malformed[key])
            {
                yield return new object[] { key, value };
            }
        }
    }

    [Fact]
    public void Every_option_key_has_fuzz_values()
        => Assert.All(OptionKeys.All, key => Assert.True(Malformed.ContainsKey(key), $"{key} has no fuzz values"));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_value_is_reported_with_key_and_value_and_the_default_applies(string key, string value)
    {
        var result = await RunAsync(new Dictionary<string, string> { [key] = value });

        Assert.Empty(result.Exceptions);
        var problems = result.Diagnostics.Where(d => d.Id == "PLA9001").ToList();
        Assert.Contains(problems, d => d.GetMessage().Contains(key, StringComparison.Ordinal) && d.GetMessage().Contains(Shown(value), StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA1001");
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA3001");
    }

    [Fact]
    public async Task Every_key_broken_at_once_still_leaves_every_default_working()
    {
        var options = OptionKeys.All.ToDictionary(key => key, key => Malformed[key][2], StringComparer.Ordinal);

        var result = await RunAsync(options);

        Assert.Empty(result.Exceptions);
        foreach (var key in OptionKeys.All)
        {
            Assert.Contains(result.Diagnostics, d => d.Id == "PLA9001" && d.GetMessage().Contains(key, StringComparison.Ordinal));
        }

        Assert.Contains(result.Diagnostics, d => d.Id == "PLA1001");
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA3001");
    }

    [Fact]
    public async Task A_namespace_that_is_both_sdk_and_abstraction_is_a_conflict()
    {
        var result = await RunAsync(new Dictionary<string, string>
        {
            [OptionKeys.AbstractionNamespaces] = "Contoso.Gateway",
            [OptionKeys.AdditionalSdkNamespaces] = "Contoso.Gateway",
        });

        Assert.Empty(result.Exceptions);
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA9001" && d.GetMessage().Contains(OptionKeys.AdditionalSdkNamespaces, StringComparison.Ordinal) && d.GetMessage().Contains("Contoso.Gateway", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_in_another_case_and_misspelled_keys_do_not_stop_the_rules()
    {
        var result = await RunAsync(new Dictionary<string, string>
        {
            ["provider_lockin.call_depht"] = "2",
            ["provider_lockin."] = "x",
            ["PROVIDER_LOCKIN.MAX_CALLS_PER_LOOP"] = "not a number",
        });

        Assert.Empty(result.Exceptions);
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA9001" && d.GetMessage().Contains("provider_lockin.call_depht", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA1001");
        Assert.Contains(result.Diagnostics, d => d.Id == "PLA3001");
    }

    /// <summary>How a value appears in the message: the reader trims it, and may quote only one entry of a list.</summary>
    private static string Shown(string value)
    {
        var trimmed = value.Trim();
        var separator = trimmed.IndexOfAny(new[] { ',', ' ' });
        var first = separator < 0 ? trimmed : trimmed[..separator].Trim();
        return first.Length > 60 ? first[..60] : first;
    }

    private static async Task<Infrastructure.AnalyzerRunResult> RunAsync(IReadOnlyDictionary<string, string> options)
    {
        var tree = RobustnessHarness.Parse(Business);
        var compilation = (await RobustnessHarness.BaseAsync()).AddSyntaxTrees(tree);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryConfigOptions(options));
        return await RobustnessHarness.AnalyzeAsync(compilation, null, analyzerOptions);
    }
}
