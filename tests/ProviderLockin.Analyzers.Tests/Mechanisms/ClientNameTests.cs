using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>
/// PLA1002 asks the semantic model only about signatures that write a client's name (<see cref="ProviderCatalog.MayNameClient"/>).
/// That holds only while every client of the real SDK packages, derived and nested ones included, is named as a client.
/// </summary>
public class ClientNameTests
{
    public static IEnumerable<object[]> Packages()
    {
        yield return new object[] { nameof(TestReferences.Providers) };
        yield return new object[] { nameof(TestReferences.AnthropicClouds) };
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Every_client_type_of_the_real_sdks_is_named_as_a_client(string packages)
    {
        var references = packages == nameof(TestReferences.Providers) ? TestReferences.Providers : TestReferences.AnthropicClouds;
        var compilation = await AnalyzerRunner.CompileAsync(new[] { ("Empty.cs", "class Empty { }") }, references);
        var catalog = ProviderCatalog.Create(compilation, ImmutableArray<NamespaceName>.Empty);

        var clients = 0;
        var misnamed = new List<string>();
        foreach (var assembly in catalog.SdkAssemblies)
        {
            foreach (var type in AllTypes(assembly.GlobalNamespace))
            {
                if (catalog.TryGetClient(type, out _))
                {
                    clients++;
                    if (!catalog.MayNameClient(type.Name))
                    {
                        misnamed.Add(type.ToDisplayString());
                    }
                }
            }
        }

        Assert.True(clients > 0);
        Assert.Empty(misnamed);
    }

    [Theory]
    [InlineData("SystemPrompt", true)]
    [InlineData("_TEMPLATE", true)]
    [InlineData("userInstructions", true)]
    [InlineData("Prompt", true)]
    [InlineData("SystèmePrompt", true)]
    [InlineData("Système", false)]
    [InlineData("Status", false)]
    [InlineData("Total", false)]
    [InlineData("Promp", false)]
    [InlineData("", false)]
    public void Prompt_names_match_as_a_case_insensitive_search_would(string name, bool expected)
    {
        Assert.Equal(expected, PromptLocator.IsPromptName(name));
        Assert.Equal(
            name.IndexOf("prompt", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("instruction", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("system", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("template", System.StringComparison.OrdinalIgnoreCase) >= 0,
            PromptLocator.IsPromptName(name));
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamedTypeSymbol type)
            {
                yield return type;
            }

            if (member is INamespaceOrTypeSymbol inner)
            {
                foreach (var nested in AllTypes(inner))
                {
                    yield return nested;
                }
            }
        }
    }
}
