using Anthropic;
using Anthropic.Models.Messages;

namespace ShopAssistant.Support;

/// <summary>Flagged: PLA1001 on the Anthropic client construction and on Messages.Create.</summary>
public sealed class EscalationService
{
    public async Task<string> DraftReplyAsync(string ticket)
    {
        var client = new AnthropicClient();
        Message message = await client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeSonnet5_5,
            MaxTokens = 400,
            Messages = [new UserMessageParam("Draft a polite reply to: " + ticket)],
        });
        return message.ToString();
    }
}
