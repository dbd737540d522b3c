using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using ProviderLockin.CodeFixes.Editing;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;
using ProviderLockin.CodeFixes.Fixes.UseIChatClient;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

public class UseIChatClientFixTests
{
    /// <summary>
    /// Regression (real code): the OpenAI quickstart's synchronous shape next to an async method got no fix. The synchronous
    /// call blocks on GetResponseAsync, as the SDK's own synchronous method blocked.
    /// </summary>
    [Fact]
    public Task The_synchronous_quickstart_shape_migrates_next_to_an_async_method()
    {
        var test = new CodeFixTest<UseIChatClientFix>("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Orders;

            public sealed class Quickstart
            {
                private readonly {|PLA1002:ChatClient|} _chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", "key");

                public string Ask(string prompt)
                {
                    ChatCompletion completion = _chat.{|PLA1001:CompleteChat|}(prompt);
                    return completion.Content[0].Text;
                }

                public string AskAgain(string prompt) => _chat.{|PLA1001:CompleteChat|}(prompt).Value.Content[0].Text;

                public async Task<string> AskAsync(string prompt)
                {
                    ChatCompletion completion = await _chat.{|PLA1001:CompleteChatAsync|}(prompt);
                    return completion.Content[0].Text;
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Shop.Orders;

            public sealed class Quickstart
            {
                private readonly IChatClient _chat = new OpenAI.Chat.{|PLA1001:ChatClient|}("gpt-4o-mini", "key").AsIChatClient();

                public string Ask(string prompt)
                {
                    ChatResponse completion = _chat.GetResponseAsync(prompt).GetAwaiter().GetResult();
                    return completion.Text;
                }

                public string AskAgain(string prompt) => _chat.GetResponseAsync(prompt).GetAwaiter().GetResult().Text;

                public async Task<string> AskAsync(string prompt)
                {
                    ChatResponse completion = await _chat.GetResponseAsync(prompt);
                    return completion.Text;
                }
            }
            """).OnlyRules("PLA1001", "PLA1002");
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary>Regression (real code): console samples are top-level statements, which have no type to migrate.</summary>
    [Fact]
    public Task Top_level_statements_migrate_as_one_scope()
    {
        var test = new CodeFixTest<UseIChatClientFix>("""
            using System;
            using OpenAI.Chat;

            ChatClient client = new {|PLA1001:ChatClient|}("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
            ChatCompletion completion = await client.{|PLA1001:CompleteChatAsync|}("Say 'this is a test.'");
            Console.WriteLine(completion.Content[0].Text);

            await foreach (StreamingChatCompletionUpdate update in client.{|PLA1001:CompleteChatStreamingAsync|}("Tell a story"))
            {
                Console.Write(update.ContentUpdate[0].Text);
            }
            """, """
            using System;
            using Microsoft.Extensions.AI;

            IChatClient client = new OpenAI.Chat.ChatClient("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY")).AsIChatClient();
            ChatResponse completion = await client.GetResponseAsync("Say 'this is a test.'");
            Console.WriteLine(completion.Text);

            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("Tell a story"))
            {
                Console.Write(update.Text);
            }
            """).OnlyRules("PLA1001", "PLA1002");
        // In top-level statements (a composition root) the construction adapted with AsIChatClient() is wiring: not reported.
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>
    /// Regression (real code): the Azure OpenAI chat-loop quickstart keeps its messages in a list filled with
    /// <c>messages.Add(new UserChatMessage(...))</c> and tests <c>ContentUpdate.Count &gt; 0</c>; neither had a mapping.
    /// </summary>
    [Fact]
    public Task Azure_OpenAI_chat_loop_with_a_message_list_migrates()
    {
        var test = new CodeFixTest<UseIChatClientFix>("""
            using System;
            using System.Collections.Generic;
            using Azure;
            using Azure.AI.OpenAI;
            using OpenAI.Chat;

            AzureOpenAIClient client = new {|PLA1001:AzureOpenAIClient|}(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("key"));
            ChatClient chatClient = client.{|PLA1001:GetChatClient|}("gpt-4o-mini");

            List<ChatMessage> messages = [];
            messages.Add(new SystemChatMessage("You are a helpful assistant."));
            while (Console.ReadLine() is { } input)
            {
                messages.Add(new UserChatMessage(input));
                await foreach (StreamingChatCompletionUpdate? response in chatClient.{|PLA1001:CompleteChatStreamingAsync|}(messages))
                {
                    if (response.ContentUpdate.Count > 0)
                    {
                        Console.Write(response.ContentUpdate[0].Text);
                    }
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using Azure;
            using Azure.AI.OpenAI;
            using Microsoft.Extensions.AI;

            AzureOpenAIClient client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("key"));
            IChatClient chatClient = client.GetChatClient("gpt-4o-mini").AsIChatClient();

            List<ChatMessage> messages = [];
            messages.Add(new ChatMessage(ChatRole.System, "You are a helpful assistant."));
            while (Console.ReadLine() is { } input)
            {
                messages.Add(new ChatMessage(ChatRole.User, input));
                await foreach (ChatResponseUpdate response in chatClient.GetStreamingResponseAsync(messages))
                {
                    if (!string.IsNullOrEmpty(response.Text))
                    {
                        Console.Write(response.Text);
                    }
                }
            }
            """).OnlyRules("PLA1001", "PLA1002");

        // Top-level statements are a composition root: the client adapted with AsIChatClient() is wiring, no longer reported.
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

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

    [Fact]
    public Task Anthropic_messages_create_becomes_GetResponseAsync_with_the_model_in_ChatOptions()
    {
        var test = new CodeFixTest<UseIChatClientFix>("""
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            namespace Shop.Support;

            public sealed class EscalationService
            {
                private readonly {|PLA1002:AnthropicClient|} _client = new {|PLA1001:AnthropicClient|}();

                public async Task<string> DraftReplyAsync(string ticket, CancellationToken cancellationToken)
                {
                    // Short on purpose: agents edit it.
                    Message message = await _client.Messages.{|PLA1001:Create|}(new MessageCreateParams
                    {
                        Model = Model.ClaudeSonnet4_5_20250929,
                        MaxTokens = 400,
                        System = "You draft replies for a shop's support team.",
                        Messages = [new UserMessageParam("Draft a polite reply to: " + ticket)],
                    }, cancellationToken);
                    return message.ToString();
                }

                public async Task<string> TitleAsync(string ticket)
                {
                    var title = await _client.Messages.{|PLA1001:Create|}(new() { Model = "claude-haiku-4-5", MaxTokens = 20, Messages = [new UserMessageParam { Content = "A title for: " + ticket }] });
                    return title.ToString();
                }
            }
            """, """
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Shop.Support;

            public sealed class EscalationService
            {
                private readonly IChatClient _client = new Anthropic.{|PLA1001:AnthropicClient|}().AsIChatClient();

                public async Task<string> DraftReplyAsync(string ticket, CancellationToken cancellationToken)
                {
                    // Short on purpose: agents edit it.
                    ChatResponse message = await _client.GetResponseAsync([new ChatMessage(ChatRole.System, "You draft replies for a shop's support team."), new ChatMessage(ChatRole.User, "Draft a polite reply to: " + ticket)], options: new ChatOptions { ModelId = "claude-sonnet-4-5-20250929", MaxOutputTokens = 400 }, cancellationToken: cancellationToken);
                    return message.ToString();
                }

                public async Task<string> TitleAsync(string ticket)
                {
                    var title = await _client.GetResponseAsync([new ChatMessage(ChatRole.User, "A title for: " + ticket)], options: new ChatOptions { ModelId = "claude-haiku-4-5", MaxOutputTokens = 20 });
                    return title.ToString();
                }
            }
            """).OnlyRules("PLA1");
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Anthropic_not_offered_when_the_response_blocks_are_read()
    {
        // Content blocks (text, tool use, thinking) have no one-to-one ChatResponse form here: no fix.
        const string source = """
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            public sealed class Blocks({|PLA1002:AnthropicClient|} client)
            {
                public async Task<int> CountAsync(string text)
                {
                    var message = await client.Messages.{|PLA1001:Create|}(new() { Model = "claude-opus-4-6", MaxTokens = 100, Messages = [new UserMessageParam(text)] });
                    return message.Content.Count;
                }
            }
            """;
        return new CodeFixTest<UseIChatClientFix>(source, source).OnlyRules("PLA1").RunAsync();
    }

    [Fact]
    public Task OllamaSharp_generate_and_chat_become_streaming_IChatClient_calls()
        => new CodeFixTest<UseIChatClientFix>("""
            using System;
            using System.Threading.Tasks;
            using OllamaSharp;
            using OllamaSharp.Models;
            using OllamaSharp.Models.Chat;

            public sealed class LocalSummaries({|PLA1002:OllamaApiClient|} ollama)
            {
                public async Task<string> SummarizeAsync(string text)
                {
                    var summary = "";
                    await foreach (var chunk in ollama.{|PLA1001:GenerateAsync|}("Summarize: " + text))
                    {
                        summary += chunk?.Response;
                    }

                    return summary;
                }

                public async Task TranslateAsync(string text)
                {
                    await foreach (var chunk in ollama.{|PLA1001:ChatAsync|}(new ChatRequest
                    {
                        Model = "llama3.1:8b",
                        Messages = [new Message(ChatRole.System, "Translate to French."), new Message { Role = ChatRole.User, Content = text }],
                        Options = new RequestOptions { Temperature = 0.1f, NumPredict = 200 },
                    }))
                    {
                        Console.Write(chunk?.Message.Content);
                    }
                }
            }
            """, """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public sealed class LocalSummaries(IChatClient ollama)
            {
                public async Task<string> SummarizeAsync(string text)
                {
                    var summary = "";
                    await foreach (var chunk in ollama.GetStreamingResponseAsync("Summarize: " + text))
                    {
                        summary += chunk?.Text;
                    }

                    return summary;
                }

                public async Task TranslateAsync(string text)
                {
                    await foreach (var chunk in ollama.GetStreamingResponseAsync([new ChatMessage(ChatRole.System, "Translate to French."), new ChatMessage(ChatRole.User, text)], options: new ChatOptions { ModelId = "llama3.1:8b", Temperature = 0.1f, MaxOutputTokens = 200 }))
                    {
                        Console.Write(chunk?.Text);
                    }
                }
            }
            """).OnlyRules("PLA1").RunAsync();

    [Fact]
    public Task A_request_still_being_typed_gets_no_fix()
    {
        // Code as it is mid-keystroke: the message list is not closed yet. No fix, and no exception from trying.
        const string source = """
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            public sealed class Typing({|PLA1002:AnthropicClient|} client)
            {
                public async Task<string> AskAsync(string text)
                {
                    var message = await client.Messages.{|PLA1001:Create|}(new() { Model = Model.ClaudeOpus4_6, MaxTokens = 100, Messages = [new UserMessageParam(text
                    return message.ToString();
                }
            }
            """;
        var test = new CodeFixTest<UseIChatClientFix>(source, source).OnlyRules("PLA1");
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public void Anthropic_model_enum_members_are_written_as_the_SDK_sends_them()
    {
        // The fix writes Model.X as a string; the SDK's own serializer says what that string is, for every member.
        var context = new AssemblyLoadContext("anthropic-model-names", isCollectible: true);
        try
        {
            var sdk = context.LoadFromAssemblyPath(TestReferences.RestoredAssembly("Anthropic", "Anthropic.dll"));
            var modelEnum = sdk.GetType("Anthropic.Models.Messages.Model", throwOnError: true)!;
            var apiEnum = sdk.GetType("Anthropic.Core.ApiEnum`2", throwOnError: true)!.MakeGenericType(typeof(string), modelEnum);
            var fromModel = apiEnum.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == "op_Implicit" && m.GetParameters()[0].ParameterType == modelEnum);
            var raw = apiEnum.GetMethod("Raw")!;
            var names = Enum.GetNames(modelEnum);
            Assert.NotEmpty(names);
            foreach (var name in names)
            {
                var wire = (string)raw.Invoke(fromModel.Invoke(null, new[] { Enum.Parse(modelEnum, name) }), null)!;
                Assert.Equal(wire, ChatCallShapes.AnthropicModelName(name));
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
