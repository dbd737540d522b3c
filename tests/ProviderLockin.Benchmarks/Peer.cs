using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProviderLockin.Benchmarks;

/// <summary>
/// Microsoft.CodeAnalysis.BannedApiAnalyzers, loaded from its package like a compiler loads it, with a
/// BannedSymbols.txt that bans the same provider SDKs ProviderLockin reports.
/// </summary>
internal static class Peer
{
    public const string BannedSymbols = """
        N:OpenAI;Use IChatClient
        N:Anthropic;Use IChatClient
        N:Azure.AI.OpenAI;Use IChatClient
        N:Azure.AI.Inference;Use IChatClient
        N:OllamaSharp;Use IChatClient
        N:Mistral.SDK;Use IChatClient
        N:Amazon.BedrockRuntime;Use IChatClient
        N:Google.GenAI;Use IChatClient
        N:Betalgo.Ranul.OpenAI;Use IChatClient
        """;

    public static IReadOnlyList<DiagnosticAnalyzer> LoadBannedApiAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peer");
        var loader = new DefaultContextLoader();
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var path in Directory.GetFiles(folder, "*.dll"))
        {
            loader.AddDependencyLocation(path);
        }

        foreach (var path in Directory.GetFiles(folder, "*.dll"))
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException($"{path}: {e.ErrorCode} {e.Message}", e.Exception);
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException($"No BannedApiAnalyzers found in {folder}; build the benchmark project first.");
        }

        return analyzers;
    }

    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var name = AssemblyName.GetAssemblyName(fullPath);
            return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
                ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}
