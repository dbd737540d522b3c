using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Testing;

namespace ProviderLockin.Analyzers.Tests.Infrastructure;

/// <summary>
/// API-shape fixtures for provider SDKs that do not restore here (AWS Bedrock, Google, Mistral, community SDKs).
/// Each file in SdkFixtures/ reproduces one SDK's public names and signatures, says which version it mirrors, and is
/// compiled by the test as a separate project whose assembly name is the SDK's real one: the catalogue matches by
/// assembly, so the fixture must look like the SDK to it.
/// </summary>
internal static class SdkFixtures
{
    /// <summary>Fixture → fixtures it references.</summary>
    private static readonly Dictionary<string, string[]> Dependencies = new(StringComparer.Ordinal)
    {
        ["AWSSDK.BedrockRuntime"] = new[] { "AWSSDK.Core" },
    };

    /// <summary>Fixtures whose SDK's assembly name differs from the fixture's (package) name.</summary>
    private static readonly Dictionary<string, string> AssemblyNames = new(StringComparer.Ordinal)
    {
        ["Betalgo.OpenAI"] = "OpenAI",
    };

    public static string AssemblyNameOf(string fixture) => AssemblyNames.TryGetValue(fixture, out var name) ? name : fixture;

    public static void Add(SolutionState state, string fixture)
    {
        var assemblyName = AssemblyNameOf(fixture);
        if (state.AdditionalProjectReferences.Contains(assemblyName))
        {
            return;
        }

        AddProject(state, fixture);
        state.AdditionalProjectReferences.Add(assemblyName);

        // NuGet makes dependencies visible to the consumer too.
        if (Dependencies.TryGetValue(fixture, out var dependencies))
        {
            foreach (var dependency in dependencies)
            {
                Add(state, dependency);
            }
        }
    }

    private static void AddProject(SolutionState state, string fixture)
    {
        var assemblyName = AssemblyNameOf(fixture);
        if (state.AdditionalProjects.ContainsKey(assemblyName))
        {
            return;
        }

        var project = new ProjectState(assemblyName, Microsoft.CodeAnalysis.LanguageNames.CSharp, "/" + assemblyName + "/", "cs");
        project.Sources.Add(("/" + assemblyName + "/" + fixture + ".cs", Read(fixture)));
        if (Dependencies.TryGetValue(fixture, out var dependencies))
        {
            foreach (var dependency in dependencies)
            {
                AddProject(state, dependency);
                project.AdditionalProjectReferences.Add(AssemblyNameOf(dependency));
            }
        }

        state.AdditionalProjects.Add(assemblyName, project);
    }

    public static string Read(string fixture)
    {
        using var stream = typeof(SdkFixtures).Assembly.GetManifestResourceStream("SdkFixtures/" + fixture + ".cs")
            ?? throw new ArgumentException($"No SDK fixture named '{fixture}'.", nameof(fixture));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
