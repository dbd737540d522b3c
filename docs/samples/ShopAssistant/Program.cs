// Composition root: the provider is chosen once here and adapted to IChatClient. That wiring is not flagged.
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenAI;
using ShopAssistant.Ai;
using ShopAssistant.Ai.Providers;
using ShopAssistant.Batch;
using ShopAssistant.Catalog;
using ShopAssistant.Infrastructure;
using ShopAssistant.Orders;
using ShopAssistant.Support;

var builder = Host.CreateApplicationBuilder(args);
var ai = builder.Configuration.GetSection("AI").Get<AiSettings>() ?? new AiSettings();

// Allowed (PLA3004): the pipeline records every call with OpenTelemetry, an audit trail of the app's model traffic.
// Flagged (PLA1004): every chat client comes from OpenAI and nothing fails over; ../ShopAssistant.Resilient shows the cure.
builder.Services.AddChatClient(new OpenAIClient(ai.OpenAiApiKey).GetChatClient(ai.ChatModel).AsIChatClient())
    .UseOpenTelemetry();
// Flagged (PLA3004): the drafts client's pipeline has no telemetry.
builder.Services.AddKeyedChatClient("drafts", new OpenAIClient(ai.OpenAiApiKey).GetChatClient(ai.ChatModel).AsIChatClient());
builder.Services.AddSingleton<IReviewModerator>(new OpenAiReviewModerator(ai.OpenAiApiKey));
builder.Services.AddSingleton<LocalModelAdapter>();
builder.Services.AddSingleton<ProductDescriptions>();
builder.Services.AddSingleton<ReplyDrafter>();
builder.Services.AddSingleton<NightlyReviewSummaries>();
builder.Services.AddSingleton(_ => new OrderSummaryService(ai.OpenAiApiKey));
builder.Services.AddSingleton<EscalationService>();
builder.Services.AddSingleton<HttpClient>();
builder.Services.AddSingleton<TicketTriage>();

using var host = builder.Build();
Console.WriteLine("ShopAssistant is a ProviderLockin sample: build it to see the warnings. It makes no network calls.");
