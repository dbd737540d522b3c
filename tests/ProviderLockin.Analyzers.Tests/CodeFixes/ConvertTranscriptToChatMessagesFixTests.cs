using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>PLA2001 "Convert transcript to chat messages".</summary>
public class ConvertTranscriptToChatMessagesFixTests
{
    [Fact]
    public Task A_legacy_transcript_becomes_messages_with_roles_and_keeps_its_interpolations()
        => new CodeFixTest<ConvertTranscriptToChatMessagesFix>("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Support(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string question, decimal total)
                    => chat.GetResponseAsync($"You answer billing questions.\n\n{|PLA2001:Human:|} My total is {total:N2}. {question}\n\n{|PLA2001:Assistant:|}");
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Support(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string question, decimal total)
                    => chat.GetResponseAsync([new ChatMessage(ChatRole.System, "You answer billing questions."), new ChatMessage(ChatRole.User, $"My total is {total:N2}. {question}")]);
            }
            """).OnlyRules("PLA2001").RunAsync();

    [Fact]
    public Task Few_shot_turns_keep_their_order_and_fix_all_converts_every_transcript()
        => new CodeFixTest<ConvertTranscriptToChatMessagesFix>(""""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Classifier(IChatClient chat)
            {
                public Task<ChatResponse> ClassifyAsync(string ticket)
                    => chat.GetResponseAsync("""


                        {|PLA2001:Human:|} Classify: "refund please"

                        {|PLA2001:Assistant:|} billing

                        {|PLA2001:Human:|} Classify: "app crashes"

                        {|PLA2001:Assistant:|} technical
                        """);

                public async Task StreamAsync(string text)
                {
                    await foreach (var update in chat.GetStreamingResponseAsync("\n\n{|PLA2001:Human:|} Summarize in one line.\n\n{|PLA2001:Assistant:|}"))
                    {
                        System.Console.Write(update.Text);
                    }
                }
            }
            """", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Classifier(IChatClient chat)
            {
                public Task<ChatResponse> ClassifyAsync(string ticket)
                    => chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Classify: \"refund please\""), new ChatMessage(ChatRole.Assistant, "billing"), new ChatMessage(ChatRole.User, "Classify: \"app crashes\""), new ChatMessage(ChatRole.Assistant, "technical")]);

                public async Task StreamAsync(string text)
                {
                    await foreach (var update in chat.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Summarize in one line.")]))
                    {
                        System.Console.Write(update.Text);
                    }
                }
            }
            """).OnlyRules("PLA2001").RunAsync();

    [Fact]
    public Task Not_offered_where_the_prompt_is_not_the_text_of_a_chat_request()
    {
        const string source = """
            using Microsoft.Extensions.AI;

            class Prompts
            {
                // A constant can be used anywhere; only its marker can be removed safely.
                public const string SystemPrompt = "Reply briefly.\n\n{|PLA2001:Human:|} hi";

                public ChatMessage Message(string q) => new(ChatRole.User, $"\n\n{|PLA2001:Human:|} {q}");
            }
            """;
        return new CodeFixTest<ConvertTranscriptToChatMessagesFix>(source, source).OnlyRules("PLA2001").RunAsync();
    }
}
