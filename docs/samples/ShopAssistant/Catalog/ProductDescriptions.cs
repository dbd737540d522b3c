using Microsoft.Extensions.AI;

namespace ShopAssistant.Catalog;

/// <summary>Allowed: business code that talks to the abstraction. Any provider can sit behind IChatClient.</summary>
public sealed class ProductDescriptions(IChatClient chat)
{
    public async Task<string> DescribeAsync(string productName, CancellationToken cancellationToken = default)
    {
        ChatResponse response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Write one friendly sentence for a product page."), new ChatMessage(ChatRole.User, productName)],
            new ChatOptions { Temperature = 0.4f, MaxOutputTokens = 80 },
            cancellationToken);
        return response.Text;
    }
}
