using System.Net.Http.Json;

namespace ShopAssistant.Support;

/// <summary>Flagged: PLA1003, a hand-written HTTP request to the Anthropic API, and PLA2002, the model in its body.</summary>
public sealed class TicketTriage(HttpClient http)
{
    public async Task<string> TriageAsync(string ticket)
    {
        var response = await http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new
        {
            model = "claude-sonnet-4-5",
            max_tokens = 100,
            messages = new[] { new { role = "user", content = "Classify this ticket: " + ticket } },
        });
        return await response.Content.ReadAsStringAsync();
    }
}
