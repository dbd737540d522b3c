using OpenAI.Chat;

namespace ShopAssistant.Orders;

/// <summary>
/// Flagged: business code that owns an OpenAI client.
/// PLA1002 on the field's type, PLA1001 on the construction and on the call.
/// The fix: take an IChatClient (see Catalog/ProductDescriptions.cs).
/// </summary>
public sealed class OrderSummaryService
{
    private readonly ChatClient _chat;

    public OrderSummaryService(string apiKey) => _chat = new ChatClient("gpt-4o", apiKey);

    public async Task<string> SummarizeAsync(string orderJson)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync([new UserChatMessage("Summarize this order: " + orderJson)]);
        return completion.Content[0].Text;
    }
}
