using System.Collections.Immutable;

namespace ProviderLockin.Analyzers.Configuration;

/// <summary>
/// One <c>provider_lockin.*</c> option as docs/configuration.md documents it. The reader takes its keys from
/// <see cref="OptionKeys.Definitions"/>, and the documentation generator (tests/ProviderLockin.DocGen) writes the
/// configuration page's key table from the same list, so a new option is documented where it is declared.
/// </summary>
internal sealed class OptionDefinition
{
    public OptionDefinition(string key, string type, string defaultValue, string appliesTo, string example)
    {
        Key = key;
        Type = type;
        Default = defaultValue;
        AppliesTo = appliesTo;
        Example = example;
    }

    public string Key { get; }

    /// <summary>Markdown: the value's shape.</summary>
    public string Type { get; }

    /// <summary>Markdown: the value used when the key is absent or cannot be read.</summary>
    public string Default { get; }

    /// <summary>Markdown: which code the key applies to, and what it does there.</summary>
    public string AppliesTo { get; }

    /// <summary>Markdown: an example value.</summary>
    public string Example { get; }
}

/// <content>The documented options, in the order the configuration page lists them.</content>
internal static partial class OptionKeys
{
    public static readonly ImmutableArray<OptionDefinition> Definitions = ImmutableArray.Create<OptionDefinition>(
        new(AbstractionLayer, "`true` / `false`", "`false`", "the files its section matches", "`[src/Shop.Ai/**.cs]` then `provider_lockin.abstraction_layer = true`"),
        new(AbstractionNamespaces, "comma-separated namespaces", "none", "code in those namespaces (prefix match on whole segments: `Shop.Ai` covers `Shop.Ai.Providers`, not `Shop.AiTools`)", "`Shop.Ai.Providers, Shop.Infrastructure.Llm`"),
        new(AdditionalSdkNamespaces, "comma-separated namespaces", "none", "the whole compilation: types in these namespaces count as a provider SDK (in any assembly, source included); those named `*Client`, `*Service`, `*Endpoint`, `*ClientBuilder`, `*Api` or `*API` are its clients", "`Contoso.LlmGateway`"),
        new(AdditionalEndpoints, "comma-separated host patterns", "none", "the whole compilation: extra hosts for PLA1003; one `*` wildcard and a port allowed", "`llm.contoso.com, *.contoso-ai.net, gateway:8443`"),
        new(ModelIdPatterns, "space-separated regular expressions, each matched against a whole value", "none", "the files its section matches: extra model-ID shapes for PLA2002 (`;` and `#` start an .editorconfig comment, so patterns cannot contain them)", "`acme-[a-z]+-v\\d+ contoso-llm-\\d{1,3}`"),
        new(CallDepth, "whole number 0-10", "`3`", "the files its section matches: how many calls deep PLA3xxx follow methods of the compilation to find an LLM call (0: direct calls only)", "`2`"),
        new(MaxCallsPerLoop, "whole number, at least 1", "`100`", "the files its section matches: a loop or fan-out capped by a constant at or under this is not bulk usage (PLA3001, PLA3002)", "`25`"),
        new(AdaptersAreAbstraction, "`true` / `false`", "`true`", "the files its section matches: a type that implements a portable interface (`IChatClient`, `IEmbeddingGenerator<,>`, Semantic Kernel's `IChatCompletionService`, ...) or derives from `AIAgent` is an adapter, in the abstraction layer without configuration", "`false`"),
        new(ThrottleMethods, "comma-separated `Namespace.Type.Method`", "none", "the files its section matches: the team's own throttles; a call to one in a loop or fan-out counts as a rate limit", "`Contoso.Throttle.WaitTurnAsync`"),
        new(FallbackTypes, "comma-separated `Namespace.Type`", "none", "the whole project: the team's own failover or routing clients; one constructed or declared (or a subclass) means the app has a fallback ([PLA1004](rules/PLA1004.md))", "`Contoso.Ai.SwitchingChatClient`"),
        new(TelemetryMethods, "comma-separated `Namespace.Type.Method`", "none", "the whole project: builder methods from the team's packages that add telemetry to a client pipeline ([PLA3004](rules/PLA3004.md))", "`Contoso.Ai.AuditExtensions.UseAuditTrail`"),
        new(ModelCatalogDate, "a date, `yyyy-MM-dd`", "the model catalogue's checked-on date", "the files its section matches: the day [PLA2006](rules/PLA2006.md) judges model IDs on; a later date looks ahead (what breaks by then), the analyzer never reads the clock", "`2027-03-01`"));

    /// <summary>Every key, from <see cref="Definitions"/>: a key is known when it is documented.</summary>
    public static readonly ImmutableArray<string> All = KeysOf(Definitions);

    private static ImmutableArray<string> KeysOf(ImmutableArray<OptionDefinition> definitions)
    {
        var keys = ImmutableArray.CreateBuilder<string>(definitions.Length);
        foreach (var definition in definitions)
        {
            keys.Add(definition.Key);
        }

        return keys.MoveToImmutable();
    }
}
