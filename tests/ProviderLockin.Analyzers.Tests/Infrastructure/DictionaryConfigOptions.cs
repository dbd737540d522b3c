using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>.editorconfig values for every file, without files: what the options reader sees in tests that call it directly.</summary>
public sealed class DictionaryConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(values);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            foreach (var (k, v) in values)
            {
                if (KeyComparer.Equals(k, key))
                {
                    value = v;
                    return true;
                }
            }

            value = null;
            return false;
        }
    }
}
