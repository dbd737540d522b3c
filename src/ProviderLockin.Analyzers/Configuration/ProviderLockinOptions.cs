using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Catalog;

namespace ProviderLockin.Analyzers.Configuration;

/// <summary>The <c>provider_lockin.*</c> keys users set in .editorconfig / .globalconfig. docs/configuration.md lists them.</summary>
internal static class OptionKeys
{
    public const string Prefix = "provider_lockin.";
    public const string AbstractionLayer = Prefix + "abstraction_layer";
    public const string AbstractionNamespaces = Prefix + "abstraction_namespaces";
    public const string AdditionalSdkNamespaces = Prefix + "additional_sdk_namespaces";
    public const string AdditionalEndpoints = Prefix + "additional_endpoints";

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        AbstractionLayer,
        AbstractionNamespaces,
        AdditionalSdkNamespaces,
        AdditionalEndpoints);
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
        false, ImmutableArray<NamespaceName>.Empty, ImmutableArray<NamespaceName>.Empty, ImmutableArray<EndpointPattern>.Empty);

    public FileOptions(
        bool isAbstractionLayer,
        ImmutableArray<NamespaceName> abstractionNamespaces,
        ImmutableArray<NamespaceName> additionalSdkNamespaces,
        ImmutableArray<EndpointPattern> additionalEndpoints)
    {
        IsAbstractionLayer = isAbstractionLayer;
        AbstractionNamespaces = abstractionNamespaces;
        AdditionalSdkNamespaces = additionalSdkNamespaces;
        AdditionalEndpoints = additionalEndpoints;
    }

    /// <summary><c>provider_lockin.abstraction_layer = true</c>: the whole file may use provider SDKs.</summary>
    public bool IsAbstractionLayer { get; }

    /// <summary><c>provider_lockin.abstraction_namespaces</c>: code in these namespaces may use provider SDKs.</summary>
    public ImmutableArray<NamespaceName> AbstractionNamespaces { get; }

    /// <summary><c>provider_lockin.additional_sdk_namespaces</c>: in-house SDKs that count as providers.</summary>
    public ImmutableArray<NamespaceName> AdditionalSdkNamespaces { get; }

    /// <summary><c>provider_lockin.additional_endpoints</c>: extra hosts for PLA1003.</summary>
    public ImmutableArray<EndpointPattern> AdditionalEndpoints { get; }
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
    private readonly Func<SyntaxTree, FileOptions> _read;

    public OptionsReader(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
        _read = tree => Read(_provider.GetOptions(tree));
    }

    public FileOptions For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _read);

    /// <summary>Options that apply to every file (.globalconfig, or the same value in every file's section).</summary>
    public FileOptions Global => _global ??= Read(_provider.GlobalOptions);

    private FileOptions? _global;

    public ICollection<ConfigurationProblem> Problems => _problems.Keys;

    /// <summary>Union of one list option over the global options and every file: SDKs and endpoints are compilation-wide.</summary>
    public ImmutableArray<T> Union<T>(IEnumerable<SyntaxTree> trees, Func<FileOptions, ImmutableArray<T>> select)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        var seen = new HashSet<T>();
        AddAll(select(Global));
        foreach (var tree in trees)
        {
            AddAll(select(For(tree)));
        }

        return result.ToImmutable();

        void AddAll(ImmutableArray<T> items)
        {
            foreach (var item in items)
            {
                if (seen.Add(item))
                {
                    result.Add(item);
                }
            }
        }
    }

    /// <summary>Looks at every key of every file for misspelled <c>provider_lockin.*</c> options.</summary>
    public void CheckForUnknownKeys(IEnumerable<SyntaxTree> trees)
    {
        CheckKeys(_provider.GlobalOptions);
        foreach (var tree in trees)
        {
            CheckKeys(_provider.GetOptions(tree));
        }
    }

    private void CheckKeys(AnalyzerConfigOptions options)
    {
        foreach (var key in options.Keys)
        {
            if (key.StartsWith(OptionKeys.Prefix, StringComparison.OrdinalIgnoreCase) && !IsKnown(key))
            {
                options.TryGetValue(key, out var value);
                Problem(key, value ?? string.Empty, "unknown option; known options are " + string.Join(", ", OptionKeys.All));
            }
        }
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
        var isAbstractionLayer = ReadBool(options, OptionKeys.AbstractionLayer);
        var abstractionNamespaces = ReadNamespaces(options, OptionKeys.AbstractionNamespaces);
        var sdkNamespaces = ReadNamespaces(options, OptionKeys.AdditionalSdkNamespaces);
        var endpoints = ReadEndpoints(options, OptionKeys.AdditionalEndpoints);

        if (abstractionNamespaces.IsEmpty && sdkNamespaces.IsEmpty && endpoints.IsEmpty && !isAbstractionLayer)
        {
            return FileOptions.Default;
        }

        foreach (var ns in sdkNamespaces)
        {
            if (abstractionNamespaces.Contains(ns))
            {
                Problem(OptionKeys.AdditionalSdkNamespaces, ns.Text, "the namespace is also listed in " + OptionKeys.AbstractionNamespaces + "; a namespace is either an SDK or the abstraction layer, it is treated as the abstraction layer");
            }
        }

        return new FileOptions(isAbstractionLayer, abstractionNamespaces, RemoveAll(sdkNamespaces, abstractionNamespaces), endpoints);
    }

    private bool ReadBool(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var raw))
        {
            return false;
        }

        var value = raw.Trim();
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            Problem(key, raw, "expected true or false; using false");
        }

        return false;
    }

    private ImmutableArray<NamespaceName> ReadNamespaces(AnalyzerConfigOptions options, string key)
        => ReadList(options, key, NamespaceName.TryParse, "not a namespace name (expected dotted identifiers such as Shop.Ai.Providers)");

    private ImmutableArray<EndpointPattern> ReadEndpoints(AnalyzerConfigOptions options, string key)
        => ReadList(options, key, EndpointPattern.TryParse, "not a host pattern (expected a host such as llm.contoso.com, *.contoso-ai.net or localhost:8080)");

    private ImmutableArray<T> ReadList<T>(AnalyzerConfigOptions options, string key, Func<string, T?> parse, string invalidReason)
        where T : class
    {
        if (!options.TryGetValue(key, out var raw))
        {
            return ImmutableArray<T>.Empty;
        }

        if (raw.Trim().Length == 0)
        {
            Problem(key, raw, "the value is empty; remove the line or list at least one entry");
            return ImmutableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in raw.Split(','))
        {
            var entry = part.Trim();
            if (entry.Length == 0)
            {
                Problem(key, raw, "the list has an empty entry");
                continue;
            }

            var parsed = parse(entry);
            if (parsed is null)
            {
                Problem(key, entry, invalidReason + "; the entry is ignored");
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
