// The composition root of ShopAssistant with the two safety nets it lacks (PLA1004, PLA3004 are quiet here):
// a local model to fail over to when OpenAI degrades, rate-limits or suspends the account, and telemetry on every call.
#pragma warning disable MEAI001 // Microsoft.Extensions.AI 10.11 marks the failover clients experimental.
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OllamaSharp;
using OpenAI;

var builder = Host.CreateApplicationBuilder(args);
var ai = builder.Configuration.GetSection("AI").Get<AiSettings>() ?? new AiSettings();

IChatClient cloud = new OpenAIClient(ai.OpenAiApiKey).GetChatClient(ai.ChatModel).AsIChatClient();
IChatClient local = new OllamaApiClient(new Uri(ai.LocalEndpoint), ai.LocalModel);

builder.Services.AddChatClient(new OrderedFailoverChatClient(new[] { cloud, local }, true))
    .UseOpenTelemetry();

using var host = builder.Build();
Console.WriteLine("ShopAssistant.Resilient: OpenAI first, a local model when it fails, every call recorded. It makes no network calls.");

/// <summary>Model choices live in configuration; these defaults are overridden by appsettings.json or the environment.</summary>
internal sealed class AiSettings
{
    public string ChatModel { get; set; } = "gpt-4o-mini";

    public string LocalModel { get; set; } = "llama3.2";

    public string LocalEndpoint { get; set; } = "http://localhost:11434";

    public string OpenAiApiKey { get; set; } = "sk-sample-not-used";
}
