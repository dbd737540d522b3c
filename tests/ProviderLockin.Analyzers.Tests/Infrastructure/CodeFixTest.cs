using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// A code-fix test against the real provider packages. The testing library applies the fix and Fix All (document,
/// project, solution), compares with the expected output, and fails if the output does not compile.
/// </summary>
public sealed class CodeFixTest<TFix> : CSharpCodeFixTest<ProviderLockinAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource, ReferenceAssemblies? references = null)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = references ?? TestReferences.Providers;
    }

    public CodeFixTest<TFix> OnlyRules(params string[] idPrefixes)
    {
        DisabledDiagnostics.AddRange(TestSetup.RulesExcept(idPrefixes));
        return this;
    }

    public CodeFixTest<TFix> WithEditorConfig(string sections)
    {
        TestState.AnalyzerConfigFiles.Add(TestSetup.EditorConfig(sections));
        return this;
    }

    /// <summary>Another file of the project, the same before and after the fix.</summary>
    public CodeFixTest<TFix> WithSource(string path, string text)
    {
        TestState.Sources.Add((path, text));
        FixedState.Sources.Add((path, text));
        return this;
    }

    public Task RunAsync() => RunAsync(CancellationToken.None);
}
