using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using CodeActionValidationMode = Microsoft.CodeAnalysis.Testing.CodeActionValidationMode;
using DiagnosticResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>PLA2006's fix: the successor the catalogue names, nothing guessed.</summary>
public class ReplaceRetiredModelIdFixTests
{
    private static DiagnosticResult Retired(int location) => new DiagnosticResult("PLA2006", DiagnosticSeverity.Warning).WithLocation(location);

    private static DiagnosticResult Deprecated(int location) => new DiagnosticResult("PLA2006", DiagnosticSeverity.Info).WithLocation(location);

    [Fact]
    public Task Replaces_the_id_inside_the_literal()
    {
        var test = new CodeFixTest<ReplaceRetiredModelIdFix>("""
            class Factory
            {
                public object Create(string key) => new OpenAI.Chat.ChatClient({|#0:"gpt-4-32k"|}, key);
            }
            """, """
            class Factory
            {
                public object Create(string key) => new OpenAI.Chat.ChatClient("gpt-4o", key);
            }
            """).OnlyRules("PLA2006");
        test.ExpectedDiagnostics.Add(Retired(0).WithArguments("gpt-4-32k", "OpenAI", "was retired on 2025-06-06 (calls to it fail)", "use 'gpt-4o' instead"));
        return test.RunAsync();
    }

    /// <summary>Fix All: each ID gets its own successor; one with no single successor is left as it is (no fix offered).</summary>
    [Fact]
    public Task Fix_all_uses_each_models_successor_and_leaves_the_rest()
    {
        var test = new CodeFixTest<ReplaceRetiredModelIdFix>("""
            using System.Net.Http;
            using Microsoft.Extensions.AI;

            class Choices
            {
                public const string Legacy = {|#0:"claude-2.1"|};
                public ChatOptions A() => new() { ModelId = {|#1:"gpt-5-2025-08-07"|} };
                public ChatOptions B() => new() { ModelId = {|#2:"claude-3-haiku-20240307"|} };
                public ChatOptions C() => new() { ModelId = {|#3:"us.anthropic.claude-sonnet-4-5-20250929-v1:0"|} };
                public object D() => new StringContent("{\"model\":\"{|#4:gpt-4-32k|}\"}");
            }
            """, """
            using System.Net.Http;
            using Microsoft.Extensions.AI;

            class Choices
            {
                public const string Legacy = "claude-opus-4-8";
                public ChatOptions A() => new() { ModelId = "gpt-5.6-sol" };
                public ChatOptions B() => new() { ModelId = "claude-haiku-4-5-20251001" };
                public ChatOptions C() => new() { ModelId = {|#0:"us.anthropic.claude-sonnet-4-5-20250929-v1:0"|} };
                public object D() => new StringContent("{\"model\":\"gpt-4o\"}");
            }
            """).OnlyRules("PLA2006");
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Retired(0).WithArguments("claude-2.1", "Anthropic", "was retired on 2025-07-21 (calls to it fail)", "use 'claude-opus-4-8' instead"),
            Deprecated(1).WithArguments("gpt-5-2025-08-07", "OpenAI", "is deprecated and retires on 2026-12-11", "use 'gpt-5.6-sol' instead"),
            Retired(2).WithArguments("claude-3-haiku-20240307", "Anthropic", "was retired on 2026-04-20 (calls to it fail)", "use 'claude-haiku-4-5-20251001' instead"),
            Deprecated(3).WithArguments("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "AWS Bedrock", "is deprecated and retires on 2027-04-08", "move to a current model"),
            Retired(4).WithArguments("gpt-4-32k", "OpenAI", "was retired on 2025-06-06 (calls to it fail)", "use 'gpt-4o' instead"),
        });
        test.FixedState.ExpectedDiagnostics.Add(Deprecated(0).WithArguments("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "AWS Bedrock", "is deprecated and retires on 2027-04-08", "move to a current model"));
        test.NumberOfFixAllIterations = 1;
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        return test.RunAsync();
    }

    /// <summary>A constant whose new value equals another case label would not compile: no fix.</summary>
    [Fact]
    public Task No_fix_where_the_new_constant_collides_with_a_case_label()
    {
        var source = """
            static class Models
            {
                public const string Legacy = {|#0:"gpt-4-32k"|};

                public static int Cost(string model) => model switch
                {
                    Legacy => 3,
                    "gpt-4o" => 1,
                    _ => 0,
                };
            }
            """;
        var test = new CodeFixTest<ReplaceRetiredModelIdFix>(source, source).OnlyRules("PLA2006");
        test.ExpectedDiagnostics.Add(Retired(0).WithArguments("gpt-4-32k", "OpenAI", "was retired on 2025-06-06 (calls to it fail)", "use 'gpt-4o' instead"));
        return test.RunAsync();
    }

    /// <summary>
    /// Configuration files are additional documents: the testing library applies no fixes to them, so the fix is driven
    /// as an editor drives it (diagnostics from the compilation, the fix asked for the additional document).
    /// </summary>
    [Fact]
    public async Task Replaces_the_value_in_appsettings()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithMetadataReferences(new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        project = project.AddDocument("Program.cs", "class Program { }").Project;
        var settings = project.AddAdditionalDocument("appsettings.json", "{ \"AI\": { \"ChatModel\": \"claude-3-haiku-20240307\", \"Title\": \"claude-3-haiku-20240307\" } }", filePath: "/app/appsettings.json");
        project = settings.Project;

        var compilation = await project.GetCompilationAsync();
        var diagnostics = await compilation!.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProviderLockinAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        var finding = Assert.Single(diagnostics, d => d.Id == "PLA2006");

        var actions = new List<CodeAction>();
        await new ReplaceRetiredModelIdFix().RegisterCodeFixesAsync(new CodeFixContext(settings, finding.Location.SourceSpan, ImmutableArray.Create(finding), (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        Assert.Equal("Use 'claude-haiku-4-5-20251001' instead of 'claude-3-haiku-20240307'", action.Title);

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var text = await changed.GetAdditionalDocument(settings.Id)!.GetTextAsync();
        Assert.Equal("{ \"AI\": { \"ChatModel\": \"claude-haiku-4-5-20251001\", \"Title\": \"claude-3-haiku-20240307\" } }", text.ToString());
    }
}
