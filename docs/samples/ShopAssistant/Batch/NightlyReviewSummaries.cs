using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;

namespace ShopAssistant.Batch;

/// <summary>A nightly batch that summarizes every new product review: the flagged form and the fixed form.</summary>
public sealed class NightlyReviewSummaries(IChatClient chat)
{
    /// <summary>Flagged: PLA3001, one request per review however many there are, as fast as the client can go.</summary>
    public async Task<List<string>> SummarizeAllAsync(IReadOnlyList<string> reviews)
    {
        var summaries = new List<string>();
        foreach (var review in reviews)
        {
            var response = await chat.GetResponseAsync("Summarize this review in one sentence: " + review);
            summaries.Add(response.Text);
        }

        return summaries;
    }

    /// <summary>Fixed: the batch is capped, paced by a rate limiter, and logged for audit. Not reported.</summary>
    public async Task<List<string>> SummarizeBatchAsync(IReadOnlyList<string> reviews)
    {
        using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 5,
            TokensPerPeriod = 5,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        });

        var summaries = new List<string>();
        foreach (var review in reviews.Take(500))
        {
            using var lease = await limiter.AcquireAsync();
            Console.WriteLine($"nightly-summaries: request {summaries.Count + 1}");
            var response = await chat.GetResponseAsync("Summarize this review in one sentence: " + review);
            summaries.Add(response.Text);
        }

        return summaries;
    }
}
