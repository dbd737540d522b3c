using System.Collections.Generic;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// The base of every rule's test class: <see cref="Test"/> builds an <see cref="AnalyzerTest"/> that checks only that
/// rule (and the configuration rules), against the class's reference set, with its usings in front of each source.
/// </summary>
public abstract class RuleTests
{
    private readonly string[] _rules;
    private readonly ReferenceAssemblies? _references;
    private readonly string _usings;
    private readonly bool _application;

    protected RuleTests(string rule, ReferenceAssemblies? references = null, string usings = "", bool application = false)
        : this(new[] { rule }, references, usings, application)
    {
    }

    protected RuleTests(string[] rules, ReferenceAssemblies? references = null, string usings = "", bool application = false)
    {
        _rules = rules;
        _references = references;
        _usings = usings;
        _application = application;
    }

    protected AnalyzerTest Test(string source, ReferenceAssemblies? references = null)
    {
        var test = new AnalyzerTest(_usings + source, references ?? _references).OnlyRules(With(_rules, "PLA9"));
        return _application ? test.AsApplication() : test;
    }

    private static string[] With(string[] rules, string extra)
    {
        var all = new List<string>(rules) { extra };
        return all.ToArray();
    }
}

/// <summary>Setup shared by analyzer and code-fix tests.</summary>
internal static class TestSetup
{
    /// <summary>Every rule whose ID starts with none of the prefixes, to disable so a test stays about its rule.</summary>
    public static IEnumerable<string> RulesExcept(string[] idPrefixes)
    {
        foreach (var descriptor in ProviderLockin.Analyzers.Diagnostics.Descriptors.All)
        {
            if (!System.Array.Exists(idPrefixes, prefix => descriptor.Id.StartsWith(prefix, System.StringComparison.Ordinal)))
            {
                yield return descriptor.Id;
            }
        }
    }

    /// <summary>An .editorconfig at the root of the test project (sources live under /0/).</summary>
    public static (string Path, string Text) EditorConfig(string sections) => ("/.editorconfig", "root = true\n\n" + sections);
}
