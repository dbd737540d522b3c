using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>Keys of the properties analyzers attach to diagnostics, for the code fixes and the exposure report.</summary>
public static class DiagnosticProperties
{
    /// <summary>The effective <c>provider_lockin.max_calls_per_loop</c> where a PLA3001 / PLA3002 was reported.</summary>
    public const string MaxCallsPerLoop = "MaxCallsPerLoop";

    /// <summary>The provider a finding names (OpenAI, Anthropic, ...), on the rules whose message names one.</summary>
    public const string Provider = "Provider";

    /// <summary>What the finding is about: the member, type, host, marker, model ID or option its message quotes first.</summary>
    public const string Subject = "Subject";

    /// <summary>PLA2006: <c>retired</c> or <c>deprecated</c> on the day the finding was judged.</summary>
    public const string ModelStatus = "ModelStatus";

    /// <summary>PLA2006: the retirement date (or, for a model deprecated with no shutdown date, the deprecation date), yyyy-MM-dd.</summary>
    public const string ModelDate = "ModelDate";

    /// <summary>PLA2006: the day the catalogue was read for (its checked-on date or provider_lockin.model_catalog_date).</summary>
    public const string CatalogDate = "CatalogDate";

    /// <summary>PLA2006: the one model ID to use instead, when the provider names one that is not itself retired.</summary>
    public const string Successor = "Successor";

    /// <summary>
    /// PLA2001 / PLA2003: present (<c>true</c>) when the text is not known to be sent to a chat API (a template a helper
    /// returns, a string kept in a local or field): its destination may be a text-completion endpoint that needs the
    /// markers, so a fix that deletes them is not offered.
    /// </summary>
    public const string DestinationUnknown = "DestinationUnknown";

    public static ImmutableDictionary<string, string?> WithMaxCallsPerLoop(int value)
        => ImmutableDictionary<string, string?>.Empty.Add(MaxCallsPerLoop, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <see cref="Subject"/> and <see cref="Provider"/> from the message arguments, so readers need not parse messages.</summary>
    internal static ImmutableDictionary<string, string?> Describe(DiagnosticDescriptor descriptor, ImmutableDictionary<string, string?>? properties, object[] arguments)
    {
        properties ??= ImmutableDictionary<string, string?>.Empty;
        if (arguments.Length > 0 && arguments[0] is { } subject)
        {
            properties = properties.SetItem(Subject, subject.ToString());
        }

        if (arguments.Length > 1 && NamesProvider(descriptor.Id) && arguments[1] is { } provider)
        {
            properties = properties.SetItem(Provider, provider.ToString());
        }

        return properties;
    }

    private static bool NamesProvider(string id)
        => id is RuleIdentifiers.DirectProviderSdkUse or RuleIdentifiers.ProviderClientTypeInSignature or RuleIdentifiers.RawHttpToProviderEndpoint
            or RuleIdentifiers.HardCodedModelId or RuleIdentifiers.ProviderOnlyOption or RuleIdentifiers.RetiredModelId;
}
