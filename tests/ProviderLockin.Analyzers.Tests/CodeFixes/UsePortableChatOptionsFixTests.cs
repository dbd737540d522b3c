using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>PLA2004's fix for RawRepresentationFactory: OpenAI settings that ChatOptions has a portable home for.</summary>
public class UsePortableChatOptionsFixTests
{
    [Fact]
    public Task Settings_with_a_portable_home_move_into_the_chat_options()
    {
        var test = new CodeFixTest<UsePortableChatOptionsFix>("""
            #pragma warning disable OPENAI001
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            class Drafts
            {
                public ChatOptions Options() => new()
                {
                    Instructions = "Be brief.",
                    {|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { Temperature = 0.3f, MaxOutputTokenCount = 400, {|PLA2004:ReasoningEffortLevel|} = ChatReasoningEffortLevel.Low },
                };
            }
            """, """
            #pragma warning disable OPENAI001
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            class Drafts
            {
                public ChatOptions Options() => new()
                {
                    Instructions = "Be brief.",
                    Temperature = 0.3f,
                    MaxOutputTokens = 400,
                    Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low },
                };
            }
            """).OnlyRules("PLA2004");
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_on_one_line_initializers()
    {
        var test = new CodeFixTest<UsePortableChatOptionsFix>("""
            #pragma warning disable OPENAI001
            class Drafts
            {
                public Microsoft.Extensions.AI.ChatOptions A() => new() { {|PLA2004:RawRepresentationFactory|} = _ => new OpenAI.Chat.ChatCompletionOptions { TopP = 0.9f, Seed = 42 } };
                public Microsoft.Extensions.AI.ChatOptions B() => new() { ModelId = null, {|PLA2004:RawRepresentationFactory|} = options => new OpenAI.Chat.ChatCompletionOptions { FrequencyPenalty = 0.5f } };
            }
            """, """
            #pragma warning disable OPENAI001
            class Drafts
            {
                public Microsoft.Extensions.AI.ChatOptions A() => new() { TopP = 0.9f, Seed = 42 };
                public Microsoft.Extensions.AI.ChatOptions B() => new() { ModelId = null, FrequencyPenalty = 0.5f };
            }
            """).OnlyRules("PLA2004");
        return test.RunAsync();
    }

    /// <summary>
    /// Not offered: the chat options set the same member already (which value wins would change), a setting without a
    /// portable home, a factory that reads its argument, a reasoning level the abstraction does not name the same way.
    /// </summary>
    [Fact]
    public Task Not_offered_where_the_meaning_could_change()
    {
        const string source = """
            #pragma warning disable OPENAI001
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            class Drafts
            {
                public ChatOptions Conflict() => new() { Temperature = 0.2f, {|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { Temperature = 0.7f } };
                public ChatOptions NoHome() => new() { {|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { {|PLA2004:LogitBiases|} = { [1234] = -100 } } };
                public ChatOptions ReadsArgument() => new() { {|PLA2004:RawRepresentationFactory|} = client => new ChatCompletionOptions { EndUserId = client.ToString() } };
                public ChatOptions Minimal() => new() { {|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { {|PLA2004:ReasoningEffortLevel|} = ChatReasoningEffortLevel.Minimal } };

                public ChatOptions Statement()
                {
                    var options = new ChatOptions();
                    options.{|PLA2004:RawRepresentationFactory|} = _ => new ChatCompletionOptions { Temperature = 0.7f };
                    return options;
                }
            }
            """;
        return new CodeFixTest<UsePortableChatOptionsFix>(source, source).OnlyRules("PLA2004").RunAsync();
    }
}
