using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using Xunit;

namespace ShopAssistant.Tests;

public class ReplyPromptTests
{
    // Flagged (PLA1005): every run of this test would send a billed request to OpenAI.
    [Fact]
    public void Reply_prompt_against_the_paid_api()
    {
        IChatClient chat = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-sample-not-used")
            .GetChatClient("gpt-4o-mini").AsIChatClient();
        Assert.NotNull(chat);
    }

    // Allowed: the same prompt against a local model (`ollama pull llama3.2`): free, offline, no provider traffic.
    [Fact]
    public void Reply_prompt_against_a_local_model()
    {
        IChatClient chat = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.2");
        Assert.NotNull(chat);
    }
}
