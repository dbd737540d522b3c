// Fix coverage on real code: the share of PLA1001/PLA1002 findings on chat-completion calls and clients where a code fix
// is offered, per SDK, read from `provider-lockin report --fixes --format json` outputs.
//
//   dotnet run --project src/ProviderLockin.Cli -- report <work>/<repo>/baseline/HarnessRepo.sln --fixes --format json --output <dir>/<repo>.json
//   dotnet run tests/RealCode/FixCoverage.cs -- <dir>/*.json
using System.Text.Json;
using System.Text.RegularExpressions;

var chat = new Regex(@"'(new ChatClient|ChatClient\.\w+|OpenAIClient\.GetChatClient|AzureOpenAIClient\.GetChatClient|new AzureOpenAIClient|new OpenAIClient|IMessageService\.Create\w*|new AnthropicClient|ResponsesClient\.\w+|new ResponsesClient|OpenAIClient\.GetResponsesClient)'");
var offered = new SortedDictionary<string, (int Fixed, int Total)>(StringComparer.Ordinal);
var misses = new SortedDictionary<string, int>(StringComparer.Ordinal);
foreach (var file in args)
{
    using var report = JsonDocument.Parse(File.ReadAllText(file));
    foreach (var project in report.RootElement.GetProperty("projects").EnumerateArray())
    {
        foreach (var finding in project.GetProperty("findings").EnumerateArray())
        {
            var rule = finding.GetProperty("ruleId").GetString();
            var match = chat.Match(finding.GetProperty("message").GetString() ?? string.Empty);
            if (rule is not ("PLA1001" or "PLA1002") || !match.Success)
            {
                continue;
            }

            var sdk = finding.TryGetProperty("provider", out var provider) ? provider.GetString() ?? "?" : "?";
            var hasFix = finding.TryGetProperty("fixes", out var fixes) && fixes.GetArrayLength() > 0;
            var (done, total) = offered.GetValueOrDefault(sdk);
            offered[sdk] = (done + (hasFix ? 1 : 0), total + 1);
            if (!hasFix)
            {
                var key = $"{sdk}: {match.Groups[1].Value} ({Path.GetFileNameWithoutExtension(file)})";
                misses[key] = misses.GetValueOrDefault(key) + 1;
            }
        }
    }
}

Console.WriteLine("| SDK | Findings on chat calls and clients | With a code fix offered | Share |");
Console.WriteLine("|---|---|---|---|");
foreach (var (sdk, (done, total)) in offered)
{
    Console.WriteLine($"| {sdk} | {total} | {done} | {(total == 0 ? 0 : 100.0 * done / total):0}% |");
}

Console.WriteLine();
Console.WriteLine("Without a fix:");
foreach (var (key, count) in misses.OrderByDescending(m => m.Value))
{
    Console.WriteLine($"  {count,3}  {key}");
}
