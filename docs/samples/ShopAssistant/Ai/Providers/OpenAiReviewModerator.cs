using OpenAI.Chat;

namespace ShopAssistant.Ai.Providers;

/// <summary>
/// Allowed: this namespace is the abstraction layer (see .editorconfig), so it may use the OpenAI SDK directly.
/// Swapping providers means writing another IReviewModerator here, not touching business code.
/// </summary>
public sealed class OpenAiReviewModerator(string apiKey) : IReviewModerator
{
    private readonly ChatClient _chat = new("gpt-4o-mini", apiKey);

    public async Task<bool> IsAcceptableAsync(string review, CancellationToken cancellationToken = default)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync(
            [new SystemChatMessage("Answer YES if the review is acceptable for publication, otherwise NO."), new UserChatMessage(review)],
            cancellationToken: cancellationToken);
        return completion.Content[0].Text.StartsWith("YES", StringComparison.OrdinalIgnoreCase);
    }
}
