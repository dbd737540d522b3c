using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProviderLockin.Analyzers.Analysis;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>Rules the user turned off are skipped; a rule is off only when no file turns it back on.</summary>
public class EnabledRulesTests
{
    private static readonly SyntaxTree First = CSharpSyntaxTree.ParseText("class A { }", path: "/src/A.cs");
    private static readonly SyntaxTree Second = CSharpSyntaxTree.ParseText("class B { }", path: "/src/Legacy/B.cs");

    [Fact]
    public void Every_rule_is_on_by_default()
    {
        var on = EnabledRules.Create(Compilation(new TreeOptions()), CancellationToken.None);
        Assert.True(on.DirectSdkUse && on.Loops && on.FanOut && on.PromptText && on.Telemetry && on.SingleProvider && on.AnyOperationRule);
    }

    [Fact]
    public void A_rule_set_to_none_for_the_whole_project_is_off_and_rules_sharing_a_walk_stay_on_while_one_of_them_is_on()
    {
        var options = new TreeOptions { Global = { ["PLA3001"] = ReportDiagnostic.Suppress, ["PLA3002"] = ReportDiagnostic.Suppress, ["PLA2001"] = ReportDiagnostic.Suppress } };
        var on = EnabledRules.Create(Compilation(options), CancellationToken.None);

        Assert.False(on.FanOut);
        Assert.True(on.Loops, "PLA3003 still needs the loop walk");
        Assert.True(on.PromptText, "PLA2003 still needs the prompt scan");

        options.Global["PLA3003"] = ReportDiagnostic.Suppress;
        Assert.False(EnabledRules.Create(Compilation(options), CancellationToken.None).Loops);
    }

    [Fact]
    public void A_folder_that_turns_a_rule_back_on_keeps_it_on()
    {
        var options = new TreeOptions { Global = { ["PLA1001"] = ReportDiagnostic.Suppress } };
        options.PerTree[Second] = new Dictionary<string, ReportDiagnostic> { ["PLA1001"] = ReportDiagnostic.Warn };
        Assert.True(EnabledRules.Create(Compilation(options), CancellationToken.None).DirectSdkUse);

        options.PerTree[Second]["PLA1001"] = ReportDiagnostic.Suppress;
        Assert.False(EnabledRules.Create(Compilation(options), CancellationToken.None).DirectSdkUse);
    }

    [Fact]
    public void The_command_line_and_rulesets_count_too()
    {
        var compilation = Compilation(null).WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("PLA3002", ReportDiagnostic.Suppress)));
        var on = EnabledRules.Create(compilation, CancellationToken.None);
        Assert.False(on.FanOut);
        Assert.True(on.DirectSdkUse);
    }

    private static Compilation Compilation(TreeOptions? options)
    {
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (options is not null)
        {
            compilationOptions = compilationOptions.WithSyntaxTreeOptionsProvider(options);
        }

        return CSharpCompilation.Create("Rules", new[] { First, Second }, options: compilationOptions);
    }

    /// <summary>What .editorconfig (per tree) and .globalconfig (global) give the compiler.</summary>
    private sealed class TreeOptions : SyntaxTreeOptionsProvider
    {
        public Dictionary<string, ReportDiagnostic> Global { get; } = new();

        public Dictionary<SyntaxTree, Dictionary<string, ReportDiagnostic>> PerTree { get; } = new();

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return PerTree.TryGetValue(tree, out var values) && values.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => Global.TryGetValue(diagnosticId, out severity);
    }
}
