using Microsoft.Extensions.AI;

namespace ShopAssistant.Support;

/// <summary>
/// Talks to IChatClient (no PLA1xxx), but its prompts and options only work well on one provider:
/// PLA2003 (model identity), PLA2001 (Llama turn markers), PLA2002 (hard-coded model), PLA2004 (provider-only options:
/// a key only OpenAI reads, and an escape hatch into OpenAI's own options type, which the fix turns into ChatOptions.MaxOutputTokens),
/// PLA2005 (assistant prefill). Catalog/ProductDescriptions.cs shows the portable version.
/// </summary>
public sealed class ReplyDrafter(IChatClient chat)
{
    private const string SystemPrompt = "You are ChatGPT, a helpful assistant for a shoe shop.";

    public async Task<string> DraftAsync(string ticket)
    {
        var options = new ChatOptions
        {
            ModelId = "gpt-4o",
            RawRepresentationFactory = _ => new OpenAI.Chat.ChatCompletionOptions { MaxOutputTokenCount = 400 },
            AdditionalProperties = new() { ["reasoning_effort"] = "low" },
        };

        ChatResponse response = await chat.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, SystemPrompt),
                new ChatMessage(ChatRole.User, $"[INST] Draft a reply to this ticket: {ticket} [/INST]"),
                new ChatMessage(ChatRole.Assistant, "Dear customer,"),
            ],
            options);
        return response.Text;
    }
}
