using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test compiled against the real provider packages. Sources use the testing library's markup:
/// <c>{|PLA1001:CompleteChat|}</c> marks where a diagnostic is expected.
/// </summary>
public sealed class AnalyzerTest : CSharpAnalyzerTest<ProviderLockinAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source, ReferenceAssemblies? references = null)
    {
        TestCode = source;
        ReferenceAssemblies = references ?? TestReferences.Providers;
    }

    /// <summary>Adds an .editorconfig at the root of the test project (sources live under /0/).</summary>
    public AnalyzerTest WithEditorConfig(string sections)
    {
        TestState.AnalyzerConfigFiles.Add(TestSetup.EditorConfig(sections));
        return this;
    }

    /// <summary>Adds another source file, for example <c>/0/Shop.AI/Adapter.cs</c> to match an .editorconfig glob.</summary>
    public AnalyzerTest WithSource(string path, string source)
    {
        TestState.Sources.Add((path, source));
        return this;
    }

    /// <summary>Compiles the API-shape fixture of an SDK that does not restore here and references it.</summary>
    public AnalyzerTest WithSdkFixture(string assemblyName)
    {
        SdkFixtures.Add(TestState, assemblyName);
        return this;
    }

    /// <summary>Drops a reference the reference set brings, e.g. the real OpenAI.dll when a fixture reuses its assembly name.</summary>
    public AnalyzerTest WithoutReference(string fileName)
    {
        SolutionTransforms.Add((solution, projectId) =>
        {
            foreach (var project in solution.Projects)
            {
                foreach (var reference in project.MetadataReferences)
                {
                    if (reference.Display?.EndsWith("/" + fileName, System.StringComparison.OrdinalIgnoreCase) == true
                        || reference.Display?.EndsWith("\\" + fileName, System.StringComparison.OrdinalIgnoreCase) == true)
                    {
                        solution = solution.RemoveMetadataReference(project.Id, reference);
                    }
                }
            }

            return solution;
        });
        return this;
    }

    /// <summary>Compiles the test code as an executable: an app with a composition root of its own (PLA1004).</summary>
    public AnalyzerTest AsApplication()
    {
        TestState.OutputKind = OutputKind.ConsoleApplication;
        return this;
    }

    /// <summary>Checks only the rules whose IDs start with one of the prefixes, so a test stays about its rule.</summary>
    public AnalyzerTest OnlyRules(params string[] idPrefixes)
    {
        DisabledDiagnostics.AddRange(TestSetup.RulesExcept(idPrefixes));
        return this;
    }

    public AnalyzerTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>For code as it is while being typed: compiler errors are expected, analyzer exceptions are not.</summary>
    public AnalyzerTest AllowCompilerErrors()
    {
        CompilerDiagnostics = CompilerDiagnostics.None;
        return this;
    }

    public Task RunAsync() => RunAsync(CancellationToken.None);
}

public static class Verify
{
    /// <summary>The markup in <paramref name="source"/> lists every expected diagnostic; anything else fails the test.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => new AnalyzerTest(source).Expect(expected).RunAsync();

    /// <summary>Like <see cref="AnalyzerAsync"/>, checking only the rules whose IDs start with <paramref name="idPrefix"/>.</summary>
    public static Task RulesAsync(string idPrefix, string source, params DiagnosticResult[] expected)
        => new AnalyzerTest(source).OnlyRules(idPrefix, "PLA9").Expect(expected).RunAsync();

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);
}
