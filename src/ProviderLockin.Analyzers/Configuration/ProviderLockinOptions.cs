using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Configuration;

/// <summary>The <c>provider_lockin.*</c> keys users set in .editorconfig / .globalconfig. docs/configuration.md lists them.</summary>
internal static partial class OptionKeys
{
    public const string Prefix = "provider_lockin.";
    public const string AbstractionLayer = Prefix + "abstraction_layer";
    public const string AbstractionNamespaces = Prefix + "abstraction_namespaces";
    public const string AdditionalSdkNamespaces = Prefix + "additional_sdk_namespaces";
    public const string AdditionalEndpoints = Prefix + "additional_endpoints";
    public const string ModelIdPatterns = Prefix + "model_id_patterns";
    public const string CallDepth = Prefix + "call_depth";
    public const string MaxCallsPerLoop = Prefix + "max_calls_per_loop";
    public const string ThrottleMethods = Prefix + "throttle_methods";
    public const string AdaptersAreAbstraction = Prefix + "adapters_are_abstraction";
    public const string FallbackTypes = Prefix + "fallback_types";
    public const string TelemetryMethods = Prefix + "telemetry_methods";
    public const string ModelCatalogDate = Prefix + "model_catalog_date";

    /// <summary>The MSBuild property <c>ProviderLockinModelCatalogDate</c> (<c>dotnet build -p:...</c>), for a look-ahead CI job.</summary>
    public const string ModelCatalogDateProperty = "build_property.ProviderLockinModelCatalogDate";

    public const int DefaultCallDepth = 3;
    public const int MaxCallDepth = 10;
    public const int DefaultMaxCallsPerLoop = 100;
}

/// <summary>A value that could not be read; reported as PLA9001 and replaced by the default.</summary>
internal readonly struct ConfigurationProblem : IEquatable<ConfigurationProblem>
{
    public ConfigurationProblem(string key, string value, string reason)
    {
        Key = key;
        Value = value;
        Reason = reason;
    }

    public string Key { get; }

    public string Value { get; }

    public string Reason { get; }

    public bool Equals(ConfigurationProblem other)
        => Key == other.Key && Value == other.Value && Reason == other.Reason;

    public override bool Equals(object? obj) => obj is ConfigurationProblem other && Equals(other);

    public override int GetHashCode() => (Key.GetHashCode() * 31 + Value.GetHashCode()) * 31 + Reason.GetHashCode();
}

/// <summary>The options that apply to one source file.</summary>
internal sealed class FileOptions
{
    public static readonly FileOptions Default = new(
        false,
        ImmutableArray<NamespaceName>.Empty,
        ImmutableArray<NamespaceName>.Empty,
        ImmutableArray<EndpointPattern>.Empty,
        ImmutableArray<ModelIdPattern>.Empty,
        OptionKeys.DefaultCallDepth,
        OptionKeys.DefaultMaxCallsPerLoop,
        ImmutableArray<MethodName>.Empty,
        adaptersAreAbstraction: true,
        ImmutableArray<TypeName>.Empty,
        ImmutableArray<MethodName>.Empty,
        modelCatalogDate: null);

    public FileOptions(
        bool isAbstractionLayer,
        ImmutableArray<NamespaceName> abstractionNamespaces,
        ImmutableArray<NamespaceName> additionalSdkNamespaces,
        ImmutableArray<EndpointPattern> additionalEndpoints,
        ImmutableArray<ModelIdPattern> modelIdPatterns,
        int callDepth,
        int maxCallsPerLoop,
        ImmutableArray<MethodName> throttleMethods,
        bool adaptersAreAbstraction,
        ImmutableArray<TypeName> fallbackTypes,
        ImmutableArray<MethodName> telemetryMethods,
        DateTime? modelCatalogDate)
    {
        ModelCatalogDate = modelCatalogDate;
        FallbackTypes = fallbackTypes;
        TelemetryMethods = telemetryMethods;
        AdaptersAreAbstraction = adaptersAreAbstraction;
        IsAbstractionLayer = isAbstractionLayer;
        AbstractionNamespaces = abstractionNamespaces;
        AdditionalSdkNamespaces = additionalSdkNamespaces;
        AdditionalEndpoints = additionalEndpoints;
        ModelIdPatterns = modelIdPatterns;
        CallDepth = callDepth;
        MaxCallsPerLoop = maxCallsPerLoop;
        ThrottleMethods = throttleMethods;
    }

    /// <summary><c>provider_lockin.abstraction_layer = true</c>: the whole file may use provider SDKs.</summary>
    public bool IsAbstractionLayer { get; }

    /// <summary><c>provider_lockin.abstraction_namespaces</c>: code in these namespaces may use provider SDKs.</summary>
    public ImmutableArray<NamespaceName> AbstractionNamespaces { get; }

    /// <summary><c>provider_lockin.additional_sdk_namespaces</c>: in-house SDKs that count as providers.</summary>
    public ImmutableArray<NamespaceName> AdditionalSdkNamespaces { get; }

    /// <summary><c>provider_lockin.additional_endpoints</c>: extra hosts for PLA1003.</summary>
    public ImmutableArray<EndpointPattern> AdditionalEndpoints { get; }

    /// <summary><c>provider_lockin.model_id_patterns</c>: extra model-ID shapes for PLA2002.</summary>
    public ImmutableArray<ModelIdPattern> ModelIdPatterns { get; }

    /// <summary><c>provider_lockin.call_depth</c>: how many calls deep a method of the compilation is followed to find an LLM call.</summary>
    public int CallDepth { get; }

    /// <summary><c>provider_lockin.max_calls_per_loop</c>: a loop bounded by a constant at or under this is not bulk usage.</summary>
    public int MaxCallsPerLoop { get; }

    /// <summary><c>provider_lockin.throttle_methods</c>: the team's own throttles, as Namespace.Type.Method.</summary>
    public ImmutableArray<MethodName> ThrottleMethods { get; }

    /// <summary>
    /// <c>provider_lockin.adapters_are_abstraction</c> (default true): a type that implements IChatClient or another
    /// portable interface (or derives from AIAgent) is an adapter by definition and may use a provider SDK.
    /// </summary>
    public bool AdaptersAreAbstraction { get; }

    /// <summary><c>provider_lockin.fallback_types</c>: the team's own failover or routing clients, as Namespace.Type (PLA1004).</summary>
    public ImmutableArray<TypeName> FallbackTypes { get; }

    /// <summary><c>provider_lockin.telemetry_methods</c>: builder methods that add the team's own telemetry, as Namespace.Type.Method (PLA3004).</summary>
    public ImmutableArray<MethodName> TelemetryMethods { get; }

    /// <summary><c>provider_lockin.model_catalog_date</c>: the day PLA2006 judges model IDs on; null means the catalogue's own checked-on date.</summary>
    public DateTime? ModelCatalogDate { get; }
}

/// <summary>
/// Reads <c>provider_lockin.*</c> options once per file and remembers what could not be read.
/// Every rule asks this reader; none parses options itself.
/// </summary>
internal sealed class OptionsReader
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, FileOptions> _byTree = new();
    private readonly ConcurrentDictionary<ConfigurationProblem, byte> _problems = new();

    // Many files share one .editorconfig section: parse each distinct (key, value) once, not once per file.
    private readonly ConcurrentDictionary<(string Key, string Value), object> _parsed = new();
    public OptionsReader(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
    }

    public FileOptions For(SyntaxTree tree)
    {
        if (_byTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        var read = ReadShared(_provider.GetOptions(tree));
        _byTree.TryAdd(tree, read);
        return read;
    }

    /// <summary>Trees that share their .editorconfig sections get the same options object from the compiler: read it once.</summary>
    private FileOptions ReadShared(AnalyzerConfigOptions options)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Source, options))
        {
            return last.Options;
        }

        var read = Read(options);
        _last = new LastRead(options, read);
        return read;
    }

    private sealed class LastRead
    {
        public LastRead(AnalyzerConfigOptions source, FileOptions options)
        {
            Source = source;
            Options = options;
        }

        public AnalyzerConfigOptions Source { get; }

        public FileOptions Options { get; }
    }

    private volatile LastRead? _last;

    /// <summary>Options of a prompt file given to the compiler as an AdditionalFile.</summary>
    public FileOptions For(AdditionalText file) => Read(_provider.GetOptions(file));

    /// <summary>Options that apply to every file (.globalconfig, or the same value in every file's section).</summary>
    public FileOptions Global => _global ??= Read(_provider.GlobalOptions);

    private FileOptions? _global;

    public ICollection<ConfigurationProblem> Problems => _problems.Keys;

    /// <summary>Union of one list option over the global options and every file: SDKs and endpoints are compilation-wide.</summary>
    public ImmutableArray<T> Union<T>(IEnumerable<SyntaxTree> trees, Func<FileOptions, ImmutableArray<T>> select)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        var seen = new HashSet<T>();
        foreach (var options in DistinctOptions(trees))
        {
            foreach (var item in select(options))
            {
                if (seen.Add(item))
                {
                    result.Add(item);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The global options and each distinct per-file options object of the compilation's trees. Whole-compilation
    /// questions (four of them) visit every tree at compilation start, for every new compilation the IDE makes: the trees
    /// are visited once, trees that share one options object (the usual case) are read once, and nothing is cached per tree.
    /// Every caller passes the same compilation's trees.
    /// </summary>
    private List<FileOptions> DistinctOptions(IEnumerable<SyntaxTree> trees)
    {
        var known = _distinct;
        if (known is not null)
        {
            return known;
        }

        var distinct = new List<FileOptions> { Global };
        var sources = new HashSet<AnalyzerConfigOptions>();
        AnalyzerConfigOptions? previous = null;
        foreach (var tree in trees)
        {
            var options = _provider.GetOptions(tree);
            if (ReferenceEquals(options, previous) || !sources.Add(options))
            {
                continue;
            }

            previous = options;
            distinct.Add(ReadShared(options));
        }

        _distinct = distinct;
        return distinct;
    }

    private volatile List<FileOptions>? _distinct;

    /// <summary>The MSBuild property <c>ProviderLockinAnalysisMode</c>, seen through the package's CompilerVisibleProperty.</summary>
    public void CheckAnalysisMode()
    {
        if (_provider.GlobalOptions.TryGetValue("build_property.ProviderLockinAnalysisMode", out var mode)
            && mode.Length > 0
            && !(string.Equals(mode, "Default", StringComparison.OrdinalIgnoreCase) || string.Equals(mode, "Strict", StringComparison.OrdinalIgnoreCase)
                 || string.Equals(mode, "Audit", StringComparison.OrdinalIgnoreCase) || string.Equals(mode, "None", StringComparison.OrdinalIgnoreCase)))
        {
            Problem("ProviderLockinAnalysisMode", mode, "expected Default, Strict, Audit or None; using Default");
        }
    }

    /// <summary>
    /// Every file's <c>provider_lockin.*</c> options, for PLA9001: misspelled keys, and values that do not parse. Each
    /// file's keys are listed once; only a file that has keys of ours is read (a file without any has the defaults,
    /// which cannot be wrong), and a file the rules already read is not read again.
    /// </summary>
    public void CheckEveryFile(IEnumerable<SyntaxTree> trees)
    {
        CheckKeys(_provider.GlobalOptions);
        _ = Global;
        foreach (var tree in trees)
        {
            var options = _provider.GetOptions(tree);
            if (CheckKeys(options) && !_byTree.ContainsKey(tree))
            {
                ReadShared(options);
            }
        }
    }

    /// <summary>Reports misspelled keys of ours; true when the options have any key of ours.</summary>
    private bool CheckKeys(AnalyzerConfigOptions options)
    {
        var any = false;
        foreach (var key in options.Keys)
        {
            if (!key.StartsWith(OptionKeys.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            any = true;
            if (!IsKnown(key))
            {
                options.TryGetValue(key, out var value);
                Problem(key, value ?? string.Empty, "unknown option; known options are " + string.Join(", ", OptionKeys.All));
            }
        }

        return any;
    }

    private static bool IsKnown(string key)
    {
        foreach (var known in OptionKeys.All)
        {
            if (AnalyzerConfigOptions.KeyComparer.Equals(known, key))
            {
                return true;
            }
        }

        return false;
    }

    private FileOptions Read(AnalyzerConfigOptions options)
    {
        var isAbstractionLayer = ReadBool(options, OptionKeys.AbstractionLayer, defaultValue: false);
        var adaptersAreAbstraction = ReadBool(options, OptionKeys.AdaptersAreAbstraction, defaultValue: true);
        var abstractionNamespaces = ReadNamespaces(options, OptionKeys.AbstractionNamespaces);
        var sdkNamespaces = ReadNamespaces(options, OptionKeys.AdditionalSdkNamespaces);
        var endpoints = ReadEndpoints(options, OptionKeys.AdditionalEndpoints);
        var modelIdPatterns = ReadModelIdPatterns(options, OptionKeys.ModelIdPatterns);
        var callDepth = ReadInt(options, OptionKeys.CallDepth, OptionKeys.DefaultCallDepth, 0, OptionKeys.MaxCallDepth);
        var maxCallsPerLoop = ReadInt(options, OptionKeys.MaxCallsPerLoop, OptionKeys.DefaultMaxCallsPerLoop, 1, int.MaxValue);
        var throttleMethods = ReadList(options, OptionKeys.ThrottleMethods, ',', static (string entry, out string reason) =>
        {
            reason = "not a method name (expected Namespace.Type.Method, such as Contoso.Throttle.WaitTurnAsync)";
            return MethodName.TryParse(entry);
        });

        var fallbackTypes = ReadList(options, OptionKeys.FallbackTypes, ',', static (string entry, out string reason) =>
        {
            reason = "not a type name (expected Namespace.Type, such as Contoso.Ai.FailoverChatClient)";
            return TypeName.TryParse(entry);
        });
        var telemetryMethods = ReadList(options, OptionKeys.TelemetryMethods, ',', static (string entry, out string reason) =>
        {
            reason = "not a method name (expected Namespace.Type.Method, such as Contoso.Ai.AuditExtensions.UseAuditTrail)";
            return MethodName.TryParse(entry);
        });

        var modelCatalogDate = ReadDate(options, OptionKeys.ModelCatalogDate) ?? ReadDate(_provider.GlobalOptions, OptionKeys.ModelCatalogDateProperty);

        foreach (var ns in sdkNamespaces)
        {
            if (abstractionNamespaces.Contains(ns))
            {
                Problem(OptionKeys.AdditionalSdkNamespaces, ns.Text, "the namespace is also listed in " + OptionKeys.AbstractionNamespaces + "; a namespace is either an SDK or the abstraction layer, it is treated as the abstraction layer");
            }
        }

        return new FileOptions(
            isAbstractionLayer, abstractionNamespaces, RemoveAll(sdkNamespaces, abstractionNamespaces), endpoints, modelIdPatterns,
            callDepth, maxCallsPerLoop, throttleMethods, adaptersAreAbstraction, fallbackTypes, telemetryMethods, modelCatalogDate);
    }

    private bool ReadBool(AnalyzerConfigOptions options, string key, bool defaultValue)
    {
        if (!options.TryGetValue(key, out var raw))
        {
            return defaultValue;
        }

        var value = raw.Trim();
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Problem(key, raw, "expected true or false; using " + (defaultValue ? "true" : "false"));
        return defaultValue;
    }

    private DateTime? ReadDate(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var raw) || raw.Trim().Length == 0 && key == OptionKeys.ModelCatalogDateProperty)
        {
            return null;
        }

        if (ModelLifecycle.TryParseDate(raw.Trim(), out var date))
        {
            return date;
        }

        Problem(key, raw, "expected a date as yyyy-MM-dd (such as 2027-03-01); using the model catalogue's own date");
        return null;
    }

    private int ReadInt(AnalyzerConfigOptions options, string key, int defaultValue, int min, int max)
    {
        if (!options.TryGetValue(key, out var raw))
        {
            return defaultValue;
        }

        if (int.TryParse(raw.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        var range = max == int.MaxValue ? "a whole number of at least " + min : "a whole number from " + min + " to " + max;
        Problem(key, raw, "expected " + range + "; using " + defaultValue);
        return defaultValue;
    }

    private delegate T? EntryParser<T>(string entry, out string reason);

    private ImmutableArray<NamespaceName> ReadNamespaces(AnalyzerConfigOptions options, string key)
        => ReadList(options, key, ',', static (string entry, out string reason) =>
        {
            reason = "not a namespace name (expected dotted identifiers such as Shop.Ai.Providers)";
            return NamespaceName.TryParse(entry);
        });

    private ImmutableArray<EndpointPattern> ReadEndpoints(AnalyzerConfigOptions options, string key)
        => ReadList(options, key, ',', static (string entry, out string reason) =>
        {
            reason = "not a host pattern (expected a host such as llm.contoso.com, *.contoso-ai.net or localhost:8080)";
            return EndpointPattern.TryParse(entry);
        });

    /// <summary>
    /// Regular expressions are separated by spaces (a trailing comma is dropped), because a regex may contain commas
    /// (<c>\d{1,3}</c>) and .editorconfig treats <c>;</c> and <c>#</c> as the start of a comment.
    /// </summary>
    private ImmutableArray<ModelIdPattern> ReadModelIdPatterns(AnalyzerConfigOptions options, string key)
        => ReadList(options, key, ' ', static (string entry, out string reason) =>
        {
            var pattern = ModelIdPattern.TryParse(entry, out var error);
            reason = "not a valid regular expression (" + error + ")";
            return pattern;
        });

    private ImmutableArray<T> ReadList<T>(AnalyzerConfigOptions options, string key, char separator, EntryParser<T> parse)
        where T : class
    {
        if (!options.TryGetValue(key, out var raw))
        {
            return ImmutableArray<T>.Empty;
        }

        if (_parsed.TryGetValue((key, raw), out var cached))
        {
            return (ImmutableArray<T>)cached;
        }

        var list = ParseList(key, raw, separator, parse);
        _parsed[(key, raw)] = list;
        return list;
    }

    private ImmutableArray<T> ParseList<T>(string key, string raw, char separator, EntryParser<T> parse)
        where T : class
    {
        if (raw.Trim().Length == 0)
        {
            Problem(key, raw, "the value is empty; remove the line or list at least one entry");
            return ImmutableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in raw.Split(separator))
        {
            var entry = separator == ' ' ? part.Trim().TrimEnd(',') : part.Trim();
            if (entry.Length == 0)
            {
                if (separator == ' ')
                {
                    continue;
                }

                Problem(key, raw, "the list has an empty entry");
                continue;
            }

            var parsed = parse(entry, out var reason);
            if (parsed is null)
            {
                Problem(key, entry, reason + "; the entry is ignored");
                continue;
            }

            if (!seen.Add(parsed.ToString()))
            {
                Problem(key, entry, "listed more than once");
                continue;
            }

            items.Add(parsed);
        }

        return items.ToImmutable();
    }

    private static ImmutableArray<NamespaceName> RemoveAll(ImmutableArray<NamespaceName> items, ImmutableArray<NamespaceName> remove)
    {
        if (remove.IsEmpty || items.IsEmpty)
        {
            return items;
        }

        var kept = ImmutableArray.CreateBuilder<NamespaceName>();
        foreach (var item in items)
        {
            if (!remove.Contains(item))
            {
                kept.Add(item);
            }
        }

        return kept.ToImmutable();
    }

    private void Problem(string key, string value, string reason) => _problems.TryAdd(new ConfigurationProblem(key, value, reason), 0);
}
