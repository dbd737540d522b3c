namespace ShopAssistant.Ai;

/// <summary>The application's own provider interface: business code depends on this, not on an SDK.</summary>
public interface IReviewModerator
{
    Task<bool> IsAcceptableAsync(string review, CancellationToken cancellationToken = default);
}
