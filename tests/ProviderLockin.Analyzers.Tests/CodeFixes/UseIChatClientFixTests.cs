using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using ProviderLockin.CodeFixes.Fixes;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class UseIChatClientFixTests
{
    [Fact]
    public Task OpenAI_chat_client_field_calls_results_and_construction_move_to_IChatClient()
    {
        var test = new CodeFixTest<UseIChatClientFix>("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Orders;

            public sealed class OrderSummaryService
            {
                private readonly {|PLA1002:ChatClient|} _chat;

                public OrderSummaryService(string apiKey) => _chat = new {|PLA1001:ChatClient|}("gpt-4o", apiKey);

                public async Task<string> SummarizeAsync(string orderJson)
                {
                    // Keep it short.
                    ChatCompletion completion = await _chat.{|PLA1001:CompleteChatAsync|}(
                        [new SystemChatMessage("Be brief."), new UserChatMessage("Summarize this order: " + orderJson)],
                        new ChatCompletionOptions { Temperature = 0.2f, MaxOutputTokenCount = 200 });
                    return completion.Content[0].Text;
                }

                public async Task<string> TitleAsync(string orderJson)
                    => (await _chat.{|PLA1001:CompleteChatAsync|}("Title for: " + orderJson)).Value.Content[0].Text;
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Shop.Orders;

            public sealed class OrderSummaryService
            {
                private readonly IChatClient _chat;

                public OrderSummaryService(string apiKey) => _chat = new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o", apiKey).AsIChatClient();

                public async Task<string> SummarizeAsync(string orderJson)
                {
                    // Keep it short.
                    ChatResponse completion = await _chat.GetResponseAsync([new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "Summarize this order: " + orderJson)], options: new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 200 });
                    return completion.Text;
                }

                public async Task<string> TitleAsync(string orderJson)
                    => (await _chat.GetResponseAsync("Title for: " + orderJson)).Text;
            }
            """).OnlyRules("PLA1");

        // The construction is still reported (the type should receive an IChatClient): no further fix for it.
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Primary_constructor_and_streaming()
        => new CodeFixTest<UseIChatClientFix>("""
            using System;
            using System.Threading.Tasks;
            using OpenAI.Chat;

            public sealed class Storyteller({|PLA1002:ChatClient|} chat)
            {
                public async Task TellAsync(string topic)
                {
                    await foreach (var update in chat.{|PLA1001:CompleteChatStreamingAsync|}([new UserChatMessage("A story about " + topic)]))
                    {
                        Console.Write(update.ContentUpdate[0].Text);
                    }
                }
            }
            """, """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public sealed class Storyteller(IChatClient chat)
            {
                public async Task TellAsync(string topic)
                {
                    await foreach (var update in chat.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "A story about " + topic)]))
                    {
                        Console.Write(update.Text);
                    }
                }
            }
            """).OnlyRules("PLA1").RunAsync();

    [Fact]
    public Task Not_offered_when_the_result_would_not_compile()
    {
        // Tool calls and token usage have no one-to-one Microsoft.Extensions.AI form here: no fix rather than a wrong one.
        const string source = """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            public sealed class Usage({|PLA1002:ChatClient|} chat)
            {
                public async Task<int> CountAsync(string text)
                {
                    ChatCompletion completion = await chat.{|PLA1001:CompleteChatAsync|}([new UserChatMessage(text)]);
                    return completion.Usage.TotalTokenCount + completion.ToolCalls.Count;
                }

                public string Sync(string text) => chat.{|PLA1001:CompleteChat|}(text).Value.Content[0].Text;
            }
            """;
        return new CodeFixTest<UseIChatClientFix>(source, source).OnlyRules("PLA1").RunAsync();
    }
}
