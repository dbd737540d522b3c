using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>Fixes of the prompt rules: PLA2001 "Remove turn marker", PLA2005 "Move prefill into instructions".</summary>
public class PromptFixTests
{
    [Fact]
    public Task Turn_markers_are_removed_from_every_literal_kind()
        => new CodeFixTest<RemoveTurnMarkerFix>(""""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Prompts(IChatClient chat)
            {
                private const string SystemPrompt = "{|PLA2001:<|im_start|>|}You sell shoes.{|PLA2001:<|im_end|>|}";

                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync($"{|PLA2001:[INST]|} {question} {|PLA2001:[/INST]|}");
                    await chat.GetResponseAsync("""
                        {|PLA2001:<start_of_turn>|}user
                        Hello{|PLA2001:<end_of_turn>|}
                        """);
                    await chat.GetResponseAsync(SystemPrompt);
                }
            }
            """", """"
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Prompts(IChatClient chat)
            {
                private const string SystemPrompt = "You sell shoes.";

                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync($"{question}");
                    await chat.GetResponseAsync("""
                        user
                        Hello
                        """);
                    await chat.GetResponseAsync(SystemPrompt);
                }
            }
            """").OnlyRules("PLA2001").RunAsync();

    /// <summary>
    /// Real code (MCP_PROJECT, harness): a legacy completion prompt returned by a helper goes to Anthropic's /v1/complete,
    /// which rejects a prompt without its markers: with the destination unknown, removing them is not offered.
    /// </summary>
    [Fact]
    public Task Markers_in_a_template_whose_destination_is_unknown_are_not_removed()
    {
        const string source = """
            static class Legacy
            {
                public static string BuildPrompt(string userText)
                {
                    return $"\n\n{|PLA2001:Human:|} {userText}\n\n{|PLA2001:Assistant:|}";
                }
            }
            """;
        return new CodeFixTest<RemoveTurnMarkerFix>(source, source).OnlyRules("PLA2001").RunAsync();
    }

    [Fact]
    public Task Prefill_is_appended_to_the_system_message_or_added_as_one()
        => new CodeFixTest<MovePrefillIntoInstructionsFix>("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Json(IChatClient chat)
            {
                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.System, "Reply in JSON."), new ChatMessage(ChatRole.User, question), {|PLA2005:new ChatMessage(ChatRole.Assistant, "{")|}]);
                    await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, question), {|PLA2005:new ChatMessage(ChatRole.Assistant, "Answer:")|} });
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Json(IChatClient chat)
            {
                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.System, "Reply in JSON. Begin your answer with \"{\"."), new ChatMessage(ChatRole.User, question)]);
                    await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.System, "Begin your answer with \"Answer:\"."), new ChatMessage(ChatRole.User, question) });
                }
            }
            """).OnlyRules("PLA2005").RunAsync();

    [Fact]
    public Task Multi_line_lists_keep_their_layout_and_trailing_comma()
        => new CodeFixTest<MovePrefillIntoInstructionsFix>("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Drafts(IChatClient chat)
            {
                private const string SystemPrompt = "You help customers of a shoe shop.";

                public async Task<string> DraftAsync(string ticket)
                {
                    ChatResponse response = await chat.GetResponseAsync(
                        [
                            new ChatMessage(ChatRole.System, SystemPrompt),
                            new ChatMessage(ChatRole.User, ticket),
                            {|PLA2005:new ChatMessage(ChatRole.Assistant, "Dear customer,")|},
                        ]);
                    return response.Text;
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Drafts(IChatClient chat)
            {
                private const string SystemPrompt = "You help customers of a shoe shop.";

                public async Task<string> DraftAsync(string ticket)
                {
                    ChatResponse response = await chat.GetResponseAsync(
                        [
                            new ChatMessage(ChatRole.System, "Begin your answer with \"Dear customer,\"."),
                            new ChatMessage(ChatRole.System, SystemPrompt),
                            new ChatMessage(ChatRole.User, ticket),
                        ]);
                    return response.Text;
                }
            }
            """).OnlyRules("PLA2005").RunAsync();

    [Fact]
    public Task OpenAI_prefill_becomes_a_system_chat_message()
        => new CodeFixTest<MovePrefillIntoInstructionsFix>("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class Sdk(ChatClient client)
            {
                public Task RunAsync(string question)
                    => client.CompleteChatAsync([new UserChatMessage(question), {|PLA2005:new AssistantChatMessage("Sure, here is")|}]);
            }
            """, """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class Sdk(ChatClient client)
            {
                public Task RunAsync(string question)
                    => client.CompleteChatAsync([new SystemChatMessage("Begin your answer with \"Sure, here is\"."), new UserChatMessage(question)]);
            }
            """).OnlyRules("PLA2005").RunAsync();

    [Fact]
    public Task Prefill_added_to_a_list_elsewhere_gets_no_fix()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Later(IChatClient chat)
            {
                public async Task RunAsync(string question, string prefill)
                {
                    var messages = new List<ChatMessage> { new(ChatRole.User, question) };
                    messages.Add({|PLA2005:new ChatMessage(ChatRole.Assistant, "{")|});
                    await chat.GetResponseAsync(messages);
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.User, question), {|PLA2005:new ChatMessage(ChatRole.Assistant, prefill)|}]);
                }
            }
            """;
        return new CodeFixTest<MovePrefillIntoInstructionsFix>(source, source).OnlyRules("PLA2005").RunAsync();
    }
}
