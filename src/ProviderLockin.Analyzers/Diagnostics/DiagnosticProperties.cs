using System.Collections.Immutable;
using System.Globalization;

namespace ProviderLockin.Analyzers.Diagnostics;

/// <summary>Keys of the properties analyzers attach to diagnostics for the code fixes.</summary>
public static class DiagnosticProperties
{
    /// <summary>The effective <c>provider_lockin.max_calls_per_loop</c> where a PLA3001 / PLA3002 was reported.</summary>
    public const string MaxCallsPerLoop = "MaxCallsPerLoop";

    public static ImmutableDictionary<string, string?> WithMaxCallsPerLoop(int value)
        => ImmutableDictionary<string, string?>.Empty.Add(MaxCallsPerLoop, value.ToString(CultureInfo.InvariantCulture));
}
