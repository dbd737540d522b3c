namespace ProviderLockin.Benchmarks;

/// <summary>A generated codebase: how many files and which share of methods call an LLM.</summary>
internal sealed record Scenario(string Name, int Files, int LlmMethodsPerThousand, string Description)
{
    public static readonly Scenario Small = new("S", 1_000, 0, "1,000 files, no provider SDK referenced");
    public static readonly Scenario Medium = new("M", 1_000, 20, "1,000 files, 2% of methods call OpenAI / Anthropic / IChatClient");
    public static readonly Scenario Large = new("L", 5_000, 20, "5,000 files, the same mix as M");

    public bool UsesProviders => LlmMethodsPerThousand > 0;

    /// <summary>Spreads the LLM methods evenly: every (1000 / share)-th method.</summary>
    public bool IsLlmMethod(int index) => UsesProviders && index % (1000 / LlmMethodsPerThousand) == 1000 / LlmMethodsPerThousand / 2;
}
