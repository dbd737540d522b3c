using System.Collections.Immutable;

namespace ProviderLockin.Benchmarks;

/// <summary>What a generated codebase looks like.</summary>
internal enum CodeShape
{
    /// <summary>Services with ordinary business methods; a share of methods calls an LLM.</summary>
    Business,

    /// <summary>
    /// Ordinary code dense in loops and member reads (<c>xs.Length</c>, <c>sb.Length</c>), every file importing
    /// <c>OpenAI.Chat</c> and <c>Microsoft.Extensions.AI</c>; 5% of files call OpenAI directly, 10% loop over
    /// <c>IChatClient</c> with a prompt constant (the shape issue #17 measured at 1.59x BannedApiAnalyzers).
    /// </summary>
    LoopHeavy,
}

/// <summary>A generated codebase: how many files and which share of methods call an LLM, and which rules are on.</summary>
internal sealed record Scenario(string Name, int Files, int LlmMethodsPerThousand, string Description, CodeShape Shape = CodeShape.Business)
{
    public static readonly Scenario Small = new("S", 1_000, 0, "1,000 files, no provider SDK referenced");
    public static readonly Scenario Medium = new("M", 1_000, 20, "1,000 files, 2% of methods call OpenAI / Anthropic / IChatClient");
    public static readonly Scenario Large = new("L", 5_000, 20, "5,000 files, the same mix as M");
    public static readonly Scenario LoopHeavy = new("H", 600, 20, "600 files dense in loops and member reads, provider namespaces imported everywhere, 5% of files call OpenAI, 10% loop over IChatClient", CodeShape.LoopHeavy);

    /// <summary>M with only the PLA1xxx rules on (the others set to none): rules that are off must cost nothing.</summary>
    public static readonly Scenario MediumCouplingOnly = new("M1", 1_000, 20, "M with only the PLA1xxx rules on") { OnlyRulesStartingWith = "PLA1" };

    /// <summary>When set, every ProviderLockin rule whose ID does not start with this is turned off (as .editorconfig would).</summary>
    public string? OnlyRulesStartingWith { get; init; }

    public bool UsesProviders => LlmMethodsPerThousand > 0;

    /// <summary>Spreads the LLM methods evenly: every (1000 / share)-th method.</summary>
    public bool IsLlmMethod(int index) => UsesProviders && index % (1000 / LlmMethodsPerThousand) == 1000 / LlmMethodsPerThousand / 2;

    public static Scenario Parse(string name) => name.ToUpperInvariant() switch
    {
        "S" => Small,
        "M" => Medium,
        "L" => Large,
        "H" => LoopHeavy,
        "M1" => MediumCouplingOnly,
        _ => throw new System.ArgumentException($"Unknown scenario '{name}' (S, M, L, H or M1)."),
    };

    /// <summary>When set, these ProviderLockin IDs are turned off (comma-separated), on top of <see cref="OnlyRulesStartingWith"/>.</summary>
    public string? ExtraRulesOff { get; init; }

    /// <summary>The ProviderLockin IDs this scenario turns off.</summary>
    public ImmutableArray<string> RulesOff()
    {
        var off = ImmutableArray.CreateBuilder<string>();
        if (ExtraRulesOff is { } extra)
        {
            off.AddRange(extra.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
        }

        if (OnlyRulesStartingWith is { } prefix)
        {
            foreach (var descriptor in ProviderLockin.Analyzers.Diagnostics.Descriptors.All)
            {
                if (!descriptor.Id.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    off.Add(descriptor.Id);
                }
            }
        }

        return off.ToImmutable();
    }
}
