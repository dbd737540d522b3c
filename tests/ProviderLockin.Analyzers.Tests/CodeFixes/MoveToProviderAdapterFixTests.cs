using System;
using System.Linq;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;
using ProviderLockin.CodeFixes.Fixes;

namespace ProviderLockin.Analyzers.Tests.CodeFixes;

/// <summary>PLA1001 "Move to provider adapter" and PLA1003 "Move request to provider adapter".</summary>
public class MoveToProviderAdapterFixTests
{
    private const string Layer = """
        [*.cs]
        provider_lockin.abstraction_namespaces = Shop.Ai.Providers
        """;

    /// <summary><see cref="ExistingLayerFile"/> after one Anthropic move: the interface and the adapter with the moved body.</summary>
    private static string LayerFileWithAnthropicAdapter(string signature, string body)
        => LayerFileWith("using System.Threading.Tasks;\nusing Anthropic;\nusing Anthropic.Models.Messages;", "Anthropic", ("async " + signature, body));

    /// <summary>
    /// <see cref="ExistingLayerFile"/> after moves into one adapter: the usings it gained, <c>I&lt;Provider&gt;Adapter</c> and
    /// <c>&lt;Provider&gt;Adapter</c> with one method per move (a signature starting with <c>async </c> is async in the class only).
    /// </summary>
    private static string LayerFileWith(string usings, string provider, params (string Signature, string Body)[] methods)
    {
        static string Indent(string text, string by) => string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : by + line));
        var contract = string.Join("\n", methods.Select(m => "    " + (m.Signature.StartsWith("async ", StringComparison.Ordinal) ? m.Signature[6..] : m.Signature) + ";"));
        var members = string.Join("\n\n", methods.Select(m => $"    public {m.Signature}\n    {{\n{Indent(m.Body, "        ")}\n    }}"));
        return $$"""
            {{usings}}

            {{ExistingLayerFile[ExistingLayerFile.IndexOf("namespace", StringComparison.Ordinal)..]}}

            /// <summary>What the application needs from this provider; the business code depends on this, not on the SDK.</summary>
            public interface I{{provider}}Adapter
            {
            {{contract}}
            }

            public sealed class {{provider}}Adapter : I{{provider}}Adapter
            {
            {{members}}
            }

            """;
    }

    private const string ExistingLayerFile = """
        namespace Shop.Ai.Providers;

        public sealed class ProviderSettings
        {
            public string ApiKey { get; set; } = "";
        }
        """;

    [Fact]
    public Task Statements_using_the_sdk_move_to_an_adapter_in_the_abstraction_namespace()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            namespace Shop.Support;

            public sealed class Escalation
            {
                public async Task<string> DraftReplyAsync(string ticket)
                {
                    // Business rule: short tickets get a short answer.
                    var limit = ticket.Length < 100 ? 200 : 400;
                    var client = new {|PLA1001:AnthropicClient|}();
                    Message message = await client.Messages.{|PLA1001:Create|}(new MessageCreateParams
                    {
                        Model = Model.ClaudeSonnet4_5,
                        MaxTokens = limit,
                        Messages = [new UserMessageParam("Draft a polite reply to: " + ticket)],
                    });
                    return message.ToString();
                }
            }
            """, """
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class Escalation
            {
                private readonly IAnthropicAdapter _anthropicAdapter = new AnthropicAdapter();

                public async Task<string> DraftReplyAsync(string ticket)
                {
                    // Business rule: short tickets get a short answer.
                    var limit = ticket.Length < 100 ? 200 : 400;
                    return await _anthropicAdapter.DraftReplyAsync(ticket, limit);
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWithAnthropicAdapter("Task<string> DraftReplyAsync(string ticket, int limit)", """
            var client = new AnthropicClient();
            Message message = await client.Messages.Create(new MessageCreateParams
            {
                Model = Model.ClaudeSonnet4_5,
                MaxTokens = limit,
                Messages = [new UserMessageParam("Draft a polite reply to: " + ticket)],
            });
            return message.ToString();
            """)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_raw_http_request_moves_with_what_it_needs_as_parameters()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop.Support;

            public sealed class TicketTriage(HttpClient http)
            {
                public async Task<string> TriageAsync(string ticket)
                {
                    var response = await http.PostAsJsonAsync({|PLA1003:"https://api.anthropic.com/v1/messages"|}, new { prompt = "Classify: " + ticket });
                    var label = await response.Content.ReadAsStringAsync();
                    return label.Trim();
                }
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class TicketTriage(HttpClient http)
            {
                private readonly IAnthropicAdapter _anthropicAdapter = new AnthropicAdapter();

                public async Task<string> TriageAsync(string ticket)
                {
                    var label = await _anthropicAdapter.TriageAsync(http, ticket);
                    return label.Trim();
                }
            }
            """).OnlyRules("PLA1003").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop.Ai.Providers;

            public sealed class ProviderSettings
            {
                public string ApiKey { get; set; } = "";
            }

            /// <summary>What the application needs from this provider; the business code depends on this, not on the SDK.</summary>
            public interface IAnthropicAdapter
            {
                Task<string> TriageAsync(HttpClient http, string ticket);
            }

            public sealed class AnthropicAdapter : IAnthropicAdapter
            {
                public async Task<string> TriageAsync(HttpClient http, string ticket)
                {
                    var response = await http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new { prompt = "Classify: " + ticket });
                    var label = await response.Content.ReadAsStringAsync();
                    return label;
                }
            }

            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_puts_every_call_of_a_provider_into_one_adapter_marked_with_the_projects_attribute_in_the_same_file()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Orders;

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ProviderAbstractionAttribute : System.Attribute { }

            public class Summaries
            {
                public string Summarize(string order, string key)
                {
                    var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", key);
                    ChatCompletion completion = chat.{|PLA1001:CompleteChat|}("Summarize: " + order);
                    return completion.Content[0].Text;
                }

                public async Task<int> CountWordsAsync(string text, string key)
                {
                    var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", key);
                    ChatCompletion completion = await chat.{|PLA1001:CompleteChatAsync|}("Count the words: " + text);
                    var count = int.Parse(completion.Content[0].Text);
                    return count * 2;
                }
            }
            """, """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Orders;

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ProviderAbstractionAttribute : System.Attribute { }

            public class Summaries
            {
                private readonly IOpenAIAdapter _openAIAdapter = new OpenAIAdapter();

                public string Summarize(string order, string key)
                {
                    return _openAIAdapter.Summarize(order, key);
                }

                public async Task<int> CountWordsAsync(string text, string key)
                {
                    var count = await _openAIAdapter.CountWordsAsync(text, key);
                    return count * 2;
                }
            }

            /// <summary>What the application needs from this provider; the business code depends on this, not on the SDK.</summary>
            public interface IOpenAIAdapter
            {
                string Summarize(string order, string key);
                Task<int> CountWordsAsync(string text, string key);
            }

            [ProviderAbstraction]
            public sealed class OpenAIAdapter : IOpenAIAdapter
            {
                public string Summarize(string order, string key)
                {
                    var chat = new ChatClient("gpt-4o-mini", key);
                    ChatCompletion completion = chat.CompleteChat("Summarize: " + order);
                    return completion.Content[0].Text;
                }

                public async Task<int> CountWordsAsync(string text, string key)
                {
                    var chat = new ChatClient("gpt-4o-mini", key);
                    ChatCompletion completion = await chat.CompleteChatAsync("Count the words: " + text);
                    var count = int.Parse(completion.Content[0].Text);
                    return count;
                }
            }

            """).OnlyRules("PLA1001");
        return test.RunAsync();
    }

    [Fact]
    public Task An_expression_bodied_method_keeps_its_arrow_and_the_adapter_joins_the_DI_registrations()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            namespace Shop.Support;

            public sealed class Escalation
            {
                public async Task<string> TitleAsync(string ticket) =>
                    (await new AnthropicClient().Messages.{|PLA1001:Create|}(new() { Model = "claude-haiku-4-5", MaxTokens = 20, Messages = [new UserMessageParam("A title for: " + ticket)] })).ToString();
            }
            """, """
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class Escalation
            {
                private readonly IAnthropicAdapter _anthropicAdapter;

                public Escalation(IAnthropicAdapter anthropicAdapter) => _anthropicAdapter = anthropicAdapter;

                public async Task<string> TitleAsync(string ticket) =>
                    await _anthropicAdapter.TitleAsync(ticket);
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.TestState.Sources.Add(("/0/Startup.cs", Startup));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWithAnthropicAdapter("Task<string> TitleAsync(string ticket)", """
            return (await new AnthropicClient().Messages.Create(new() { Model = "claude-haiku-4-5", MaxTokens = 20, Messages = [new UserMessageParam("A title for: " + ticket)] })).ToString();
            """)));
        test.FixedState.Sources.Add(("/0/Startup.cs", """
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Ai.Providers;
            using Shop.Support;

            namespace Shop;

            public static class Startup
            {
                public static void AddShop(IServiceCollection services)
                {
                    // Support desk.
                    services.AddSingleton<Escalation>();
                    services.AddSingleton<IAnthropicAdapter, AnthropicAdapter>();
                    services.AddSingleton<Shop.Ai.Providers.ProviderSettings>();
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_move_into_an_existing_adapter_brings_the_usings_the_moved_code_needs()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class Escalation(IAnthropicAdapter anthropicAdapter)
            {
                public Task<string> PingAsync() => anthropicAdapter.PingAsync();

                public async Task<string> DraftReplyAsync(string ticket)
                {
                    var client = new {|PLA1001:AnthropicClient|}();
                    var message = await client.Messages.{|PLA1001:Create|}(new() { Model = "claude-opus-4-6", MaxTokens = 300, Messages = [new UserMessageParam(ticket)] });
                    return message.ToString();
                }
            }
            """, """
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class Escalation(IAnthropicAdapter anthropicAdapter)
            {
                public Task<string> PingAsync() => anthropicAdapter.PingAsync();

                public async Task<string> DraftReplyAsync(string ticket)
                {
                    return await anthropicAdapter.DraftReplyAsync(ticket);
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);

        // The adapter an earlier move (or a person) wrote, in a file without the SDK's usings.
        test.TestState.Sources.Add(("/0/AnthropicAdapter.cs", """
            using System.Threading.Tasks;

            namespace Shop.Ai.Providers;

            public interface IAnthropicAdapter
            {
                Task<string> PingAsync();
            }

            public sealed class AnthropicAdapter : IAnthropicAdapter
            {
                public Task<string> PingAsync() => Task.FromResult("pong");
            }
            """));
        test.FixedState.Sources.Add(("/0/AnthropicAdapter.cs", """
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            namespace Shop.Ai.Providers;

            public interface IAnthropicAdapter
            {
                Task<string> PingAsync();
                Task<string> DraftReplyAsync(string ticket);
            }

            public sealed class AnthropicAdapter : IAnthropicAdapter
            {
                public Task<string> PingAsync() => Task.FromResult("pong");

                public async Task<string> DraftReplyAsync(string ticket)
                {
                    var client = new AnthropicClient();
                    var message = await client.Messages.Create(new() { Model = "claude-opus-4-6", MaxTokens = 300, Messages = [new UserMessageParam(ticket)] });
                    return message.ToString();
                }
            }
            """));
        return test.RunAsync();
    }

    private const string Startup = """
        using Microsoft.Extensions.DependencyInjection;
        using Shop.Support;

        namespace Shop;

        public static class Startup
        {
            public static void AddShop(IServiceCollection services)
            {
                // Support desk.
                services.AddSingleton<Escalation>();
                services.AddSingleton<Shop.Ai.Providers.ProviderSettings>();
            }
        }
        """;

    [Fact]
    public Task No_fix_when_the_statements_use_the_types_own_members()
        => new CodeFixTest<MoveToProviderAdapterFix>(UsesOwnField, UsesOwnField).OnlyRules("PLA1001").WithEditorConfig(Layer).RunAsync();

    [Fact]
    public Task No_fix_without_an_abstraction_layer_to_move_to()
        => new CodeFixTest<MoveToProviderAdapterFix>(NoLayer, NoLayer).OnlyRules("PLA1001").RunAsync();

    /// <summary>Regression (real code): a new adapter file made dotnet format write a Compile item into the project (NETSDK1022).</summary>
    [Fact]
    public Task No_fix_and_no_new_file_when_no_file_declares_the_abstraction_namespace()
        => new CodeFixTest<MoveToProviderAdapterFix>(NoLayer, NoLayer).OnlyRules("PLA1001").WithEditorConfig(Layer).RunAsync();

    /// <summary>
    /// Regression (real code): an NUnit fixture was given a constructor parameter and its tests failed at run time. A type
    /// the project's container does not create gets the adapter from a field initializer instead.
    /// </summary>
    [Fact]
    public Task A_test_fixture_gets_the_adapter_from_a_field_not_its_constructor()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using NUnit.Framework;
            using OpenAI.Chat;

            namespace NUnit.Framework
            {
                public sealed class TestAttribute : System.Attribute { }
            }

            namespace Shop.Tests
            {
                public class ChatExamples
                {
                    [Test]
                    public void Example01_SimpleChat()
                    {
                        var key = "test-key";
                        var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", key);
                        ChatCompletion completion = chat.{|PLA1001:CompleteChat|}("Say 'this is a test.'");
                        System.Console.WriteLine(completion.Content[0].Text);
                    }
                }
            }
            """, """
            using NUnit.Framework;
            using Shop.Ai.Providers;

            namespace NUnit.Framework
            {
                public sealed class TestAttribute : System.Attribute { }
            }

            namespace Shop.Tests
            {
                public class ChatExamples
                {
                    private readonly IOpenAIAdapter _openAIAdapter = new OpenAIAdapter();

                    [Test]
                    public void Example01_SimpleChat()
                    {
                        var key = "test-key";
                        _openAIAdapter.Example01_SimpleChat(key);
                    }
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWith("using OpenAI.Chat;", "OpenAI", ("void Example01_SimpleChat(string key)", """
            var chat = new ChatClient("gpt-4o-mini", key);
            ChatCompletion completion = chat.CompleteChat("Say 'this is a test.'");
            System.Console.WriteLine(completion.Content[0].Text);
            """))));
        return test.RunAsync();
    }

    /// <summary>Regression (real code): a partial fixture split over two files (sync and async examples) got the second move only after the first added its field.</summary>
    [Fact]
    public Task Fix_all_over_a_partial_class_in_two_files_shares_one_adapter_field()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using OpenAI.Chat;

            namespace Shop.Tests;

            public partial class ChatExamples
            {
                public void SimpleChat(string key)
                {
                    ChatClient client = new {|PLA1001:ChatClient|}("gpt-4o", key);
                    ChatCompletion completion = client.{|PLA1001:CompleteChat|}("Say 'this is a test.'");
                    System.Console.WriteLine(completion.Content[0].Text);
                }
            }
            """, """
            using Shop.Ai.Providers;

            namespace Shop.Tests;

            public partial class ChatExamples
            {
                private readonly IOpenAIAdapter _openAIAdapter = new OpenAIAdapter();

                public void SimpleChat(string key)
                {
                    _openAIAdapter.SimpleChat(key);
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Test1.cs", """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Tests;

            public partial class ChatExamples
            {
                public async Task SimpleChatAsync(string key)
                {
                    ChatClient client = new {|PLA1001:ChatClient|}("gpt-4o", key);
                    ChatCompletion completion = await client.{|PLA1001:CompleteChatAsync|}("Say 'this is a test.'");
                    System.Console.WriteLine(completion.Content[0].Text);
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Test1.cs", """
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Tests;

            public partial class ChatExamples
            {
                public async Task SimpleChatAsync(string key)
                {
                    await _openAIAdapter.SimpleChatAsync(key);
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWith("using System.Threading.Tasks;\nusing OpenAI.Chat;", "OpenAI", ("void SimpleChat(string key)", """
            ChatClient client = new ChatClient("gpt-4o", key);
            ChatCompletion completion = client.CompleteChat("Say 'this is a test.'");
            System.Console.WriteLine(completion.Content[0].Text);
            """), ("async Task SimpleChatAsync(string key)", """
            ChatClient client = new ChatClient("gpt-4o", key);
            ChatCompletion completion = await client.CompleteChatAsync("Say 'this is a test.'");
            System.Console.WriteLine(completion.Content[0].Text);
            """))));
        return test.RunAsync();
    }

    /// <summary>
    /// The fixes read options with the analyzer's reader: a malformed first entry (PLA9001) is skipped, not used as the
    /// namespace to move code to; and an in-house SDK declared in <c>additional_sdk_namespaces</c> is an SDK for the fix too.
    /// </summary>
    [Fact]
    public Task The_fix_reads_the_options_as_the_analyzer_does()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            namespace Contoso.LlmGateway
            {
                public sealed class GatewayClient
                {
                    public string Complete(string prompt) => prompt;
                }
            }

            namespace Shop.Orders
            {
                public class Summaries
                {
                    public string Summarize(string order)
                    {
                        var gateway = new Contoso.LlmGateway.{|PLA1001:GatewayClient|}();
                        return gateway.{|PLA1001:Complete|}("Summarize: " + order);
                    }
                }
            }
            """, """
            using Shop.Ai.Providers;

            namespace Contoso.LlmGateway
            {
                public sealed class GatewayClient
                {
                    public string Complete(string prompt) => prompt;
                }
            }

            namespace Shop.Orders
            {
                public class Summaries
                {
                    private readonly IContosoLlmGatewayAdapter _contosoLlmGatewayAdapter = new ContosoLlmGatewayAdapter();

                    public string Summarize(string order)
                    {
                        return _contosoLlmGatewayAdapter.Summarize(order);
                    }
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig("""
                [*.cs]
                provider_lockin.abstraction_namespaces = Shop..Bad, Shop.Ai.Providers
                provider_lockin.additional_sdk_namespaces = Contoso.LlmGateway
                """);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWith("", "ContosoLlmGateway", ("string Summarize(string order)", """
            var gateway = new Contoso.LlmGateway.GatewayClient();
            return gateway.Complete("Summarize: " + order);
            """)).TrimStart('\n')));
        return test.RunAsync();
    }

    /// <summary>Regression (real code): comments of the moved statements were dropped, and every using of the business file was copied.</summary>
    [Fact]
    public Task Comments_move_with_the_code_and_the_adapter_gets_only_the_usings_it_needs()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.Text;
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Shop.Orders;

            public class Summaries
            {
                public async Task<string> SummarizeAsync(string order, string key)
                {
                    var header = new StringBuilder("Order").ToString();
                    // The cheap model is good enough for summaries.
                    var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", key);
                    ChatCompletion completion = await chat.{|PLA1001:CompleteChatAsync|}("Summarize: " + order); // one request
                    return header + completion.Content[0].Text;
                }
            }
            """, """
            using System.Text;
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Orders;

            public class Summaries
            {
                private readonly IOpenAIAdapter _openAIAdapter = new OpenAIAdapter();

                public async Task<string> SummarizeAsync(string order, string key)
                {
                    var header = new StringBuilder("Order").ToString();
                    return await _openAIAdapter.SummarizeAsync(order, key, header);
                }
            }
            """).OnlyRules("PLA1001").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWith("using System.Threading.Tasks;\nusing OpenAI.Chat;", "OpenAI", ("async Task<string> SummarizeAsync(string order, string key, string header)", """
            // The cheap model is good enough for summaries.
            var chat = new ChatClient("gpt-4o-mini", key);
            ChatCompletion completion = await chat.CompleteChatAsync("Summarize: " + order); // one request
            return header + completion.Content[0].Text;
            """))));
        return test.RunAsync();
    }

    /// <summary>
    /// Regression (real code): the adapter returned a `using`-declared stream, disposed before the caller read it. A `using`
    /// declaration now moves with the rest of its block, so what it guards is used and disposed inside the adapter.
    /// </summary>
    [Fact]
    public Task A_using_declaration_moves_with_the_rest_of_its_block()
    {
        var test = new CodeFixTest<MoveToProviderAdapterFix>("""
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop.Support;

            public sealed class Transcripts(HttpClient http)
            {
                public async Task<string> FetchAsync()
                {
                    using var response = await http.GetAsync({|PLA1003:"https://api.openai.com/v1/files"|});
                    using var stream = await response.Content.ReadAsStreamAsync();
                    using var reader = new StreamReader(stream);
                    return await reader.ReadToEndAsync();
                }
            }
            """, """
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Shop.Ai.Providers;

            namespace Shop.Support;

            public sealed class Transcripts(HttpClient http)
            {
                private readonly IOpenAIAdapter _openAIAdapter = new OpenAIAdapter();

                public async Task<string> FetchAsync()
                {
                    return await _openAIAdapter.FetchAsync(http);
                }
            }
            """).OnlyRules("PLA1003").WithEditorConfig(Layer);
        test.TestState.Sources.Add(("/0/Settings.cs", ExistingLayerFile));
        test.FixedState.Sources.Add(("/0/Settings.cs", LayerFileWith("using System.IO;\nusing System.Net.Http;\nusing System.Threading.Tasks;", "OpenAI", ("async Task<string> FetchAsync(HttpClient http)", """
            using var response = await http.GetAsync("https://api.openai.com/v1/files");
            using var stream = await response.Content.ReadAsStreamAsync();
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
            """))));
        return test.RunAsync();
    }

    /// <summary>A result that depends on a `using` declaration (here a stream of a disposed response) is not moved.</summary>
    [Fact]
    public Task No_fix_when_the_result_depends_on_a_using_declaration()
        => new CodeFixTest<MoveToProviderAdapterFix>(ReturnsUsingStream, ReturnsUsingStream).OnlyRules("PLA1003").WithEditorConfig(Layer)
            .WithSource("/0/Settings.cs", ExistingLayerFile).RunAsync();

    private const string ReturnsUsingStream = """
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Shop.Support;

        public sealed class Transcripts(HttpClient http)
        {
            public async Task<Stream> OpenAsync()
            {
                using var response = await http.GetAsync({|PLA1003:"https://api.openai.com/v1/files"|});
                return await response.Content.ReadAsStreamAsync();
            }
        }
        """;

    private const string UsesOwnField = """
        using OpenAI.Chat;

        namespace Shop.Orders;

        public class Summaries
        {
            private readonly string _key = "k";

            public string Summarize(string order)
            {
                var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", _key);
                return chat.{|PLA1001:CompleteChat|}(order).Value.Content[0].Text;
            }
        }
        """;

    private const string NoLayer = """
        using OpenAI.Chat;

        namespace Shop.Orders;

        public class Summaries
        {
            public string Summarize(string order, string key)
            {
                var chat = new {|PLA1001:ChatClient|}("gpt-4o-mini", key);
                return chat.{|PLA1001:CompleteChat|}(order).Value.Content[0].Text;
            }
        }
        """;
}
