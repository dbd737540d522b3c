using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>PLA9001: a provider_lockin.* option that could not be read. Reported once per key and value, at the end of the compilation.</summary>
internal static class InvalidConfiguration
{
    public static void Report(CompilationAnalysisContext context, AnalysisSession session)
    {
        session.Options.CheckEveryFile(context.Compilation.SyntaxTrees);
        session.Options.CheckAnalysisMode();

        var problems = new List<ConfigurationProblem>(session.Options.Problems);
        problems.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            if (byKey != 0)
            {
                return byKey;
            }

            var byValue = string.CompareOrdinal(a.Value, b.Value);
            return byValue != 0 ? byValue : string.CompareOrdinal(a.Reason, b.Reason);
        });

        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfiguration, Location.None, problem.Key, problem.Value, problem.Reason));
        }

        // *.models.json files (PLA2006's catalogue extensions): read them now if no model ID needed them yet, and point at the line.
        if (session.On.RetiredModels && session.HasUserModelFiles)
        {
            foreach (var problem in session.Models.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidConfiguration, problem.ToLocation(), System.IO.Path.GetFileName(problem.Path), problem.Value, problem.Reason));
            }
        }
    }
}
