using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA3003: LLM responses harvested into a dataset.</summary>
public class ResponseHarvestingTests() : RuleTests("PLA3003", usings: Usings)
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        """;

    [Fact]
    public Task Templated_prompts_with_stored_answers_are_reported_as_info()
        => Test("""
            class Harvest(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> questions, StreamWriter writer)
                {
                    {|#0:foreach|} (var question in questions)
                    {
                        var prompt = $"Answer as an expert: {question}";
                        var response = await chat.GetResponseAsync(prompt);
                        await File.AppendAllTextAsync("dataset.jsonl", JsonSerializer.Serialize(new { question, answer = response.Text }) + "\n");
                    }

                    {|#1:for|} (var i = 0; i < questions.Count; i++)
                    {
                        var response = await chat.GetResponseAsync("Rewrite: " + questions[i]);
                        await writer.WriteLineAsync(response.Text);
                    }

                    var pairs = new List<object>();
                    {|#2:foreach|} (var question in questions)
                    {
                        var response = await chat.GetResponseAsync(question + " Explain step by step.");
                        pairs.Add(new { question, response.Text });
                    }

                    await File.WriteAllTextAsync("pairs.json", JsonSerializer.Serialize(pairs));
                }
            }
            """).Expect(
                Verify.Diagnostic("PLA3003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info),
                Verify.Diagnostic("PLA3003").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info),
                Verify.Diagnostic("PLA3003").WithLocation(2).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info))
            .RunAsync();

    /// <summary>Storage is recognised by type and namespace: a project's own File or DbSet is not System.IO's or EF Core's.</summary>
    [Fact]
    public Task A_type_of_the_project_named_like_a_storage_api_is_not_storage()
        => Test("""
            namespace Shop
            {
                static class File { public static Task AppendAllTextAsync(string path, string text) => Task.CompletedTask; }
                class DbSet<T> { public void Add(T item) { } }

                class Harvest(IChatClient chat, DbSet<string> answers)
                {
                    public async Task RunAsync(IReadOnlyList<string> questions)
                    {
                        foreach (var question in questions)
                        {
                            var response = await chat.GetResponseAsync($"Answer as an expert: {question}");
                            await File.AppendAllTextAsync("dataset.jsonl", response.Text);
                            answers.Add(response.Text);
                        }
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public Task Loops_that_do_not_store_answers_or_do_not_template_items_are_not_reported()
        => Test("""
            class Fine(IChatClient chat)
            {
                public async Task RunAsync(IReadOnlyList<string> questions)
                {
                    foreach (var question in questions)
                    {
                        var response = await chat.GetResponseAsync(question);
                        Console.WriteLine(response.Text);
                    }

                    foreach (var question in questions)
                    {
                        var response = await chat.GetResponseAsync("Give me a random fact");
                        await File.AppendAllTextAsync("facts.txt", response.Text);
                    }

                    foreach (var question in questions)
                    {
                        await File.AppendAllTextAsync("log.txt", question);
                    }
                }
            }
            """).RunAsync();
}
