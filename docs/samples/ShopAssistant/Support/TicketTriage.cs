using System.Net.Http.Json;

namespace ShopAssistant.Support;

/// <summary>
/// Flagged: PLA1003, a hand-written HTTP request to the Anthropic API; PLA2002, the model in its body; and PLA2006 (warning),
/// because that model was retired on 2026-02-19: every call fails. The fix puts in the successor Anthropic names.
/// </summary>
public sealed class TicketTriage(HttpClient http)
{
    public async Task<string> TriageAsync(string ticket)
    {
        var response = await http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new
        {
            model = "claude-3-5-haiku-20241022",
            max_tokens = 100,
            messages = new[] { new { role = "user", content = "Classify this ticket: " + ticket } },
        });
        return await response.Content.ReadAsStringAsync();
    }
}
