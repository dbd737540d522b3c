using System.Collections.Generic;
using System.Text;

namespace ProviderLockin.Benchmarks;

/// <summary>
/// Writes a deterministic C# codebase: ordinary business code (loops, LINQ, strings, async, switch, exceptions) with,
/// when <see cref="Scenario.LlmShare"/> is above zero, that share of methods calling OpenAI, Anthropic or
/// <c>IChatClient</c> with prompts, model IDs, loops and fan-out. The same scenario always produces the same text.
/// </summary>
internal static class CodebaseGenerator
{
    private const int MethodsPerFile = 10;

    public static IReadOnlyList<(string Path, string Text)> Generate(Scenario scenario)
    {
        var files = new List<(string, string)>(scenario.Files + 1) { ("Shared.cs", SharedTypes(scenario.UsesProviders)) };
        for (var file = 0; file < scenario.Files; file++)
        {
            files.Add(($"Module{file % 50}/Service{file}.cs", scenario.Shape == CodeShape.LoopHeavy ? LoopHeavyFile(file) : ServiceFile(scenario, file)));
        }

        return files;
    }

    private static string SharedTypes(bool usesProviders)
    {
        var text = new StringBuilder();
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Threading;");
        text.AppendLine("using System.Threading.Tasks;");
        text.AppendLine();
        text.AppendLine("namespace Bench;");
        text.AppendLine();
        text.AppendLine("public sealed record Order(int Id, string Customer, decimal Amount, DateTime Placed, string Status);");
        text.AppendLine("public sealed record Line(int OrderId, string Sku, int Quantity, decimal Price);");
        text.AppendLine("public interface IStore { Task<IReadOnlyList<Order>> LoadAsync(string customer, CancellationToken cancellationToken); void Save(Order order); }");
        text.AppendLine("public interface IClock { DateTime UtcNow { get; } }");
        text.AppendLine("public sealed class ValidationException(string message) : Exception(message);");
        if (usesProviders)
        {
            text.AppendLine("public sealed class AiSettings { public string ChatModel { get; set; } = \"\"; public string ApiKey { get; set; } = \"\"; }");
        }

        return text.ToString();
    }

    private static string ServiceFile(Scenario scenario, int file)
    {
        var text = new StringBuilder(8 * 1024);
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Globalization;");
        text.AppendLine("using System.Linq;");
        text.AppendLine("using System.Text;");
        text.AppendLine("using System.Threading;");
        text.AppendLine("using System.Threading.Tasks;");
        if (scenario.UsesProviders)
        {
            text.AppendLine("using Microsoft.Extensions.AI;");
        }

        text.AppendLine();
        text.AppendLine($"namespace Bench.Module{file % 50};");
        text.AppendLine();
        text.AppendLine($"/// <summary>Order handling, part {file}.</summary>");
        text.AppendLine($"public sealed class Service{file}");
        text.AppendLine("{");
        text.AppendLine("    private readonly Bench.IStore _store;");
        text.AppendLine("    private readonly Bench.IClock _clock;");
        text.AppendLine("    private readonly Dictionary<string, decimal> _discounts = new(StringComparer.OrdinalIgnoreCase);");
        if (scenario.UsesProviders)
        {
            text.AppendLine("    private readonly Microsoft.Extensions.AI.IChatClient _chat;");
            text.AppendLine("    private readonly Bench.AiSettings _settings;");
            text.AppendLine();
            text.AppendLine($"    public Service{file}(Bench.IStore store, Bench.IClock clock, Microsoft.Extensions.AI.IChatClient chat, Bench.AiSettings settings)");
            text.AppendLine("    {");
            text.AppendLine("        _store = store;");
            text.AppendLine("        _clock = clock;");
            text.AppendLine("        _chat = chat;");
            text.AppendLine("        _settings = settings;");
            text.AppendLine("    }");
        }
        else
        {
            text.AppendLine();
            text.AppendLine($"    public Service{file}(Bench.IStore store, Bench.IClock clock)");
            text.AppendLine("    {");
            text.AppendLine("        _store = store;");
            text.AppendLine("        _clock = clock;");
            text.AppendLine("    }");
        }

        for (var method = 0; method < MethodsPerFile; method++)
        {
            text.AppendLine();
            var index = file * MethodsPerFile + method;
            if (scenario.IsLlmMethod(index))
            {
                LlmMethod(text, index);
            }
            else
            {
                BusinessMethod(text, index);
            }
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static void BusinessMethod(StringBuilder text, int index)
    {
        switch (index % 6)
        {
            case 0:
                text.AppendLine($"    public decimal Total{index}(IReadOnlyList<Bench.Order> orders, string customer)");
                text.AppendLine("    {");
                text.AppendLine("        decimal total = 0;");
                text.AppendLine("        for (var i = 0; i < orders.Count; i++)");
                text.AppendLine("        {");
                text.AppendLine("            var order = orders[i];");
                text.AppendLine("            if (order.Customer != customer || order.Status == \"cancelled\")");
                text.AppendLine("            {");
                text.AppendLine("                continue;");
                text.AppendLine("            }");
                text.AppendLine();
                text.AppendLine("            total += _discounts.TryGetValue(customer, out var discount) ? order.Amount * (1 - discount) : order.Amount;");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        return Math.Round(total, 2, MidpointRounding.AwayFromZero);");
                text.AppendLine("    }");
                break;
            case 1:
                text.AppendLine($"    public string Report{index}(IEnumerable<Bench.Order> orders)");
                text.AppendLine("    {");
                text.AppendLine("        var builder = new StringBuilder();");
                text.AppendLine("        builder.AppendLine(\"Orders placed this week\");");
                text.AppendLine("        foreach (var order in orders)");
                text.AppendLine("        {");
                text.AppendLine("            var age = _clock.UtcNow - order.Placed;");
                text.AppendLine($"            builder.Append($\"#{{order.Id}} {{order.Customer}}: {{order.Amount.ToString(\"C\", CultureInfo.InvariantCulture)}} ({{age.TotalDays:F1}} days, item {index})\");");
                text.AppendLine("            builder.AppendLine(order.Status == \"late\" ? \" - late\" : string.Empty);");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        return builder.ToString();");
                text.AppendLine("    }");
                break;
            case 2:
                text.AppendLine($"    public List<string> TopCustomers{index}(IEnumerable<Bench.Order> orders, int count)");
                text.AppendLine("        => orders");
                text.AppendLine("            .Where(o => o.Status != \"cancelled\" && o.Amount > 0)");
                text.AppendLine("            .GroupBy(o => o.Customer, StringComparer.OrdinalIgnoreCase)");
                text.AppendLine("            .Select(g => new { Customer = g.Key, Total = g.Sum(o => o.Amount) })");
                text.AppendLine("            .OrderByDescending(x => x.Total)");
                text.AppendLine("            .Take(count)");
                text.AppendLine("            .Select(x => x.Customer)");
                text.AppendLine("            .ToList();");
                break;
            case 3:
                text.AppendLine($"    public async Task<int> Refresh{index}Async(string customer, CancellationToken cancellationToken)");
                text.AppendLine("    {");
                text.AppendLine("        try");
                text.AppendLine("        {");
                text.AppendLine("            var orders = await _store.LoadAsync(customer, cancellationToken).ConfigureAwait(false);");
                text.AppendLine("            foreach (var order in orders.Where(o => o.Status == \"open\"))");
                text.AppendLine("            {");
                text.AppendLine("                _store.Save(order with { Status = \"refreshed\" });");
                text.AppendLine("            }");
                text.AppendLine();
                text.AppendLine("            return orders.Count;");
                text.AppendLine("        }");
                text.AppendLine("        catch (OperationCanceledException)");
                text.AppendLine("        {");
                text.AppendLine("            return 0;");
                text.AppendLine("        }");
                text.AppendLine("    }");
                break;
            case 4:
                text.AppendLine($"    public static string Describe{index}(Bench.Order order) => order.Status switch");
                text.AppendLine("    {");
                text.AppendLine("        \"open\" => $\"Order {order.Id} is waiting for payment\",");
                text.AppendLine("        \"paid\" when order.Amount > 1000 => \"Large order, needs a manual check\",");
                text.AppendLine("        \"paid\" => \"Ready to ship\",");
                text.AppendLine("        \"late\" => \"Shipping is late; notify the customer\",");
                text.AppendLine("        _ => \"Unknown state\",");
                text.AppendLine("    };");
                break;
            default:
                text.AppendLine($"    public void Validate{index}(Bench.Line line)");
                text.AppendLine("    {");
                text.AppendLine("        if (string.IsNullOrWhiteSpace(line.Sku))");
                text.AppendLine("        {");
                text.AppendLine("            throw new Bench.ValidationException(\"The SKU is required\");");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        if (line.Quantity <= 0 || line.Quantity > 500)");
                text.AppendLine("        {");
                text.AppendLine($"            throw new Bench.ValidationException(string.Format(CultureInfo.InvariantCulture, \"Quantity {{0}} is out of range for line {index}\", line.Quantity));");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        var price = line.Price * line.Quantity;");
                text.AppendLine("        _discounts[line.Sku] = price > 100 ? 0.05m : 0m;");
                text.AppendLine("    }");
                break;
        }
    }

    /// <summary>The LLM-using methods: the shapes the rules look for, mixed with portable ones.</summary>
    private static void LlmMethod(StringBuilder text, int index)
    {
        switch (index / 50 % 6)
        {
            case 0: // PLA1001, PLA2002, PLA2003
                text.AppendLine($"    public async Task<string> Summarize{index}Async(string notes)");
                text.AppendLine("    {");
                text.AppendLine("        var client = new OpenAI.Chat.ChatClient(\"gpt-4o\", _settings.ApiKey);");
                text.AppendLine("        var result = await client.CompleteChatAsync(");
                text.AppendLine("            new OpenAI.Chat.SystemChatMessage(\"You are ChatGPT, a helpful assistant for the order desk.\"),");
                text.AppendLine("            new OpenAI.Chat.UserChatMessage(\"Summarize these notes: \" + notes));");
                text.AppendLine("        return result.Value.Content[0].Text;");
                text.AppendLine("    }");
                break;
            case 1: // PLA3001 through IChatClient
                text.AppendLine($"    public async Task<List<string>> Label{index}Async(IEnumerable<Bench.Order> orders)");
                text.AppendLine("    {");
                text.AppendLine("        var labels = new List<string>();");
                text.AppendLine("        foreach (var order in orders)");
                text.AppendLine("        {");
                text.AppendLine("            var response = await _chat.GetResponseAsync($\"Classify the urgency of order {order.Id} for {order.Customer}: {order.Status}\");");
                text.AppendLine("            labels.Add(response.Text);");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        return labels;");
                text.AppendLine("    }");
                break;
            case 2: // PLA1001 on Anthropic
                text.AppendLine($"    public Task<Anthropic.Models.Messages.Message> Answer{index}Async(Anthropic.AnthropicClient client, string question)");
                text.AppendLine("        => client.Messages.Create(new Anthropic.Models.Messages.MessageCreateParams");
                text.AppendLine("        {");
                text.AppendLine("            Model = _settings.ChatModel,");
                text.AppendLine("            MaxTokens = 512,");
                text.AppendLine("            Messages = [new Anthropic.Models.Messages.UserMessageParam(question)],");
                text.AppendLine("        });");
                break;
            case 3: // portable: model from configuration, bounded
                text.AppendLine($"    public async Task<string> Draft{index}Async(Bench.Order order, CancellationToken cancellationToken)");
                text.AppendLine("    {");
                text.AppendLine("        var options = new Microsoft.Extensions.AI.ChatOptions { ModelId = _settings.ChatModel, Temperature = 0.2f };");
                text.AppendLine("        var messages = new List<Microsoft.Extensions.AI.ChatMessage>");
                text.AppendLine("        {");
                text.AppendLine("            new(Microsoft.Extensions.AI.ChatRole.System, \"You write short, friendly status updates for customers.\"),");
                text.AppendLine("            new(Microsoft.Extensions.AI.ChatRole.User, $\"Order {order.Id} is {order.Status}. Write the update.\"),");
                text.AppendLine("        };");
                text.AppendLine("        var response = await _chat.GetResponseAsync(messages, options, cancellationToken);");
                text.AppendLine("        return response.Text;");
                text.AppendLine("    }");
                break;
            case 4: // PLA3002 fan-out, PLA2002 in ChatOptions
                text.AppendLine($"    public async Task<string[]> Translate{index}Async(IReadOnlyList<string> texts)");
                text.AppendLine("    {");
                text.AppendLine("        var options = new Microsoft.Extensions.AI.ChatOptions { ModelId = \"gpt-4o-mini\" };");
                text.AppendLine("        var replies = await Task.WhenAll(texts.Select(t => _chat.GetResponseAsync(\"Translate to French: \" + t, options)));");
                text.AppendLine("        return replies.Select(r => r.Text).ToArray();");
                text.AppendLine("    }");
                break;
            default: // bounded and throttled loop: clean
                text.AppendLine($"    public async Task<int> Tag{index}Async(IReadOnlyList<Bench.Order> orders, CancellationToken cancellationToken)");
                text.AppendLine("    {");
                text.AppendLine("        var tagged = 0;");
                text.AppendLine("        foreach (var order in orders.Take(20))");
                text.AppendLine("        {");
                text.AppendLine("            var response = await _chat.GetResponseAsync(\"Suggest one tag for: \" + order.Customer, cancellationToken: cancellationToken);");
                text.AppendLine("            tagged += response.Text.Length > 0 ? 1 : 0;");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine("        return tagged;");
                text.AppendLine("    }");
                break;
        }
    }

    /// <summary>
    /// Ordinary code as the loop-heavy scenario wants it: every method loops and reads members, every file imports the
    /// provider namespaces; file % 20 == 7 calls OpenAI directly (5%), file % 10 == 3 loops over IChatClient with a prompt
    /// constant (10%).
    /// </summary>
    private static string LoopHeavyFile(int file)
    {
        var text = new StringBuilder(12 * 1024);
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Linq;");
        text.AppendLine("using System.Text;");
        text.AppendLine("using System.Threading.Tasks;");
        text.AppendLine("using Microsoft.Extensions.AI;");
        text.AppendLine("using OpenAI.Chat;");
        text.AppendLine();
        text.AppendLine($"namespace Bench.Module{file % 50};");
        text.AppendLine();
        text.AppendLine($"public sealed class Service{file}");
        text.AppendLine("{");
        text.AppendLine("    private const string Prompt = \"Summarize this order note in one sentence: \";");
        text.AppendLine("    private readonly int[] _weights = { 3, 1, 4, 1, 5, 9, 2, 6 };");
        text.AppendLine("    private readonly List<string> _names = new() { \"alpha\", \"beta\", \"gamma\" };");
        text.AppendLine();
        for (var method = 0; method < MethodsPerFile; method++)
        {
            var index = file * MethodsPerFile + method;
            switch (method % 5)
            {
                case 0:
                    text.AppendLine($"    public int Checksum{index}(int[] xs, string s)");
                    text.AppendLine("    {");
                    text.AppendLine("        var sum = 0;");
                    text.AppendLine("        for (var i = 0; i < xs.Length; i++)");
                    text.AppendLine("        {");
                    text.AppendLine("            for (var j = 0; j < s.Length; j++)");
                    text.AppendLine("            {");
                    text.AppendLine("                sum += xs[i] * s[j] + _weights[(i + j) % _weights.Length];");
                    text.AppendLine("            }");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        return sum;");
                    text.AppendLine("    }");
                    break;
                case 1:
                    text.AppendLine($"    public string Join{index}(IEnumerable<string> parts)");
                    text.AppendLine("    {");
                    text.AppendLine("        var sb = new StringBuilder();");
                    text.AppendLine("        foreach (var part in parts)");
                    text.AppendLine("        {");
                    text.AppendLine("            if (sb.Length > 0 && part.Length > 0)");
                    text.AppendLine("            {");
                    text.AppendLine("                sb.Append(',');");
                    text.AppendLine("            }");
                    text.AppendLine();
                    text.AppendLine("            sb.Append(part.Trim());");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        return sb.Length > 1000 ? sb.ToString(0, 1000) : sb.ToString();");
                    text.AppendLine("    }");
                    break;
                case 2:
                    text.AppendLine($"    public int Count{index}(List<string> items)");
                    text.AppendLine("    {");
                    text.AppendLine("        var count = 0;");
                    text.AppendLine("        var i = 0;");
                    text.AppendLine("        while (i < items.Count)");
                    text.AppendLine("        {");
                    text.AppendLine("            count += items[i].Length > _names.Count ? 1 : 0;");
                    text.AppendLine("            i++;");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        foreach (var name in _names)");
                    text.AppendLine("        {");
                    text.AppendLine("            count += name.Length;");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        return count;");
                    text.AppendLine("    }");
                    break;
                case 3 when file % 20 == 7:
                    text.AppendLine($"    public async Task<string> Direct{index}Async(ChatClient client, string note)");
                    text.AppendLine("    {");
                    text.AppendLine("        var result = await client.CompleteChatAsync(new UserChatMessage(Prompt + note));");
                    text.AppendLine("        return result.Value.Content.Count > 0 ? result.Value.Content[0].Text : string.Empty;");
                    text.AppendLine("    }");
                    break;
                case 4 when file % 10 == 3:
                    text.AppendLine($"    public async Task<List<string>> Summaries{index}Async(IChatClient chat, IReadOnlyList<string> notes)");
                    text.AppendLine("    {");
                    text.AppendLine("        var summaries = new List<string>(notes.Count);");
                    text.AppendLine("        foreach (var note in notes)");
                    text.AppendLine("        {");
                    text.AppendLine("            var response = await chat.GetResponseAsync(Prompt + note);");
                    text.AppendLine("            summaries.Add(response.Text);");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        return summaries;");
                    text.AppendLine("    }");
                    break;
                default:
                    text.AppendLine($"    public double Average{index}(double[] values)");
                    text.AppendLine("    {");
                    text.AppendLine("        if (values.Length == 0)");
                    text.AppendLine("        {");
                    text.AppendLine("            return 0;");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        var total = 0.0;");
                    text.AppendLine("        foreach (var v in values)");
                    text.AppendLine("        {");
                    text.AppendLine("            total += v;");
                    text.AppendLine("        }");
                    text.AppendLine();
                    text.AppendLine("        return total / values.Length + values.Where(v => v > total).Count();");
                    text.AppendLine("    }");
                    break;
            }

            text.AppendLine();
        }

        text.AppendLine("}");
        return text.ToString();
    }
}
