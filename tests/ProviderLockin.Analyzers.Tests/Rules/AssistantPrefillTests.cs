using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Rules;

/// <summary>PLA2005: a message list ending in an assistant message sent to a chat call.</summary>
public class AssistantPrefillTests() : RuleTests("PLA2005")
{
    [Fact]
    public Task Collection_expression_ending_in_an_assistant_message()
        => Test("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Json(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string question)
                    => chat.GetResponseAsync([new ChatMessage(ChatRole.User, question), {|#0:new ChatMessage(ChatRole.Assistant, "{")|}]);
            }
            """).Expect(Verify.Diagnostic("PLA2005").WithLocation(0).WithArguments("GetResponseAsync")).RunAsync();

    [Fact]
    public Task Arrays_lists_and_a_local_list_with_add_before_the_call()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Prefill(IChatClient chat)
            {
                public async Task RunAsync(string question)
                {
                    await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, question), {|PLA2005:new ChatMessage(ChatRole.Assistant, "Answer:")|} });
                    await chat.GetResponseAsync(new List<ChatMessage> { new(ChatRole.User, question), {|PLA2005:new(ChatRole.Assistant, "[")|} });

                    var messages = new List<ChatMessage> { new(ChatRole.System, "Reply in JSON.") };
                    messages.Add(new ChatMessage(ChatRole.User, question));
                    messages.Add({|PLA2005:new ChatMessage(ChatRole.Assistant, "{")|});
                    await chat.GetResponseAsync(messages);
                }
            }
            """, TestReferences.AbstractionOnly).RunAsync();

    [Fact]
    public Task Provider_sdks_and_semantic_kernel()
        => Test("""
            using System.Threading.Tasks;
            using Anthropic.Models.Messages;
            using Microsoft.SemanticKernel.ChatCompletion;
            using OpenAI.Chat;

            class Sdks(ChatClient openAi, IChatCompletionService completions)
            {
                public async Task RunAsync(string question)
                {
                    await openAi.CompleteChatAsync([new UserChatMessage(question), {|PLA2005:new AssistantChatMessage("Sure, here is")|}]);
                    _ = new MessageCreateParams
                    {
                        Model = Model.ClaudeSonnet5_5,
                        MaxTokens = 100,
                        Messages = [new UserMessageParam(question), {|PLA2005:new AssistantMessageParam("{")|}],
                    };

                    var history = new ChatHistory();
                    history.AddUserMessage(question);
                    {|PLA2005:history.AddAssistantMessage("The answer is")|};
                    await completions.GetChatMessageContentsAsync(history);
                }
            }
            """).RunAsync();

    [Fact]
    public Task Conversations_ending_with_the_user_and_unknown_orders_are_not_reported()
        => Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Fine(IChatClient chat)
            {
                public async Task RunAsync(string question, IEnumerable<string> earlier, bool resume)
                {
                    await chat.GetResponseAsync([new ChatMessage(ChatRole.Assistant, "Hi, how can I help?"), new ChatMessage(ChatRole.User, question)]);

                    var history = new List<ChatMessage> { new(ChatRole.User, question) };
                    foreach (var line in earlier)
                    {
                        history.Add(new ChatMessage(ChatRole.Assistant, line));
                    }

                    await chat.GetResponseAsync(history);

                    var maybe = new List<ChatMessage> { new(ChatRole.User, question) };
                    if (resume)
                    {
                        maybe.Add(new ChatMessage(ChatRole.Assistant, "Continuing:"));
                    }

                    await chat.GetResponseAsync(maybe);
                    await chat.GetResponseAsync(Load());
                }

                private static List<ChatMessage> Load() => new();
            }
            """, TestReferences.AbstractionOnly).RunAsync();

    [Theory]
    [InlineData("chat.GetResponseAsync([new ChatMessage(ChatRole.Assistant, ")]
    [InlineData("var m = new System.Collections.Generic.List<ChatMessage>(); m.Add(new ChatMessage(ChatRole.")]
    [InlineData("chat.GetResponseAsync([..")]
    public async Task Incomplete_conversations_do_not_throw(string statement)
    {
        var result = await AnalyzerRunner.RunAsync($$"""
            using Microsoft.Extensions.AI;
            class Typing { async System.Threading.Tasks.Task M(IChatClient chat) { {{statement}} } }
            """);
        Assert.Empty(result.Exceptions);
    }
}
