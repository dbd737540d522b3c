using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.EndToEnd;

/// <summary>
/// The closest thing to an IDE a test can drive: csharp-ls (a real C# language server, a dotnet tool) over stdio on the
/// consumer project that installed the packed package. It shows the package's diagnostics once the client turns
/// analyzers on (<c>csharp.analyzersEnabled</c>), at the ranges the build reports. It does not offer a NuGet package's
/// code fixes; docs/adoption.md says so.
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class LanguageServerTests(PackageFixture package)
{
    private const string Version = "0.28.0";

    [SkippableFact]
    public async Task Csharp_ls_publishes_the_package_diagnostics_at_the_build_ranges()
    {
        var tools = Path.Combine(package.Root, "tools");
        var install = await DotnetCli.RunAsync($"tool install csharp-ls --version {Version} --tool-path \"{tools}\"", package.Root, package.Environment);
        Skip.If(install.ExitCode != 0, $"csharp-ls {Version} could not be installed here, so the language-server test cannot run: {install.Output.Trim()}");

        // What the build reports for the file: the language server must agree, rule by rule and position by position.
        var build = await package.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        var expected = build.Output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"Summaries\.cs\((\d+),(\d+)\): warning (PLA\d{4})"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[3].Value} {m.Groups[1].Value}:{m.Groups[2].Value}")
            .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var file = Path.Combine(package.Consumer, "Summaries.cs");
        using var server = LanguageServer.Start(Path.Combine(tools, "csharp-ls"), package.Consumer, package.Environment);
        var published = await server.DiagnosticsAsync(file, TimeSpan.FromMinutes(4));
        var actual = published
            .Where(d => d.Code.StartsWith("PLA", StringComparison.Ordinal))
            .Select(d => $"{d.Code} {d.Line + 1}:{d.Character + 1}")
            .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private readonly record struct PublishedDiagnostic(string Code, int Line, int Character);

    /// <summary>A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout.</summary>
    private sealed class LanguageServer : IDisposable
    {
        private readonly Process _process;
        private readonly Stream _input;
        private readonly Stream _output;
        private int _nextId;

        private LanguageServer(Process process)
        {
            _process = process;
            _input = process.StandardInput.BaseStream;
            _output = process.StandardOutput.BaseStream;
        }

        public static LanguageServer Start(string program, string folder, (string Name, string Value)[] environment)
        {
            var start = new ProcessStartInfo(program, "--loglevel info")
            {
                WorkingDirectory = folder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return new LanguageServer(process);
        }

        /// <summary>Initializes with analyzers on, opens the file, and returns the first diagnostics published for it that include the package's.</summary>
        public async Task<List<PublishedDiagnostic>> DiagnosticsAsync(string file, TimeSpan timeout)
        {
            using var cancellation = new CancellationTokenSource(timeout);
            var uri = new Uri(file).AbsoluteUri;
            var initializeId = Send("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = new Uri(Path.GetDirectoryName(file)! + Path.DirectorySeparatorChar).AbsoluteUri,
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["synchronization"] = new JsonObject() },
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                },
                ["initializationOptions"] = Settings(),
            });

            var last = new List<PublishedDiagnostic>();
            while (true)
            {
                var message = await ReadAsync(cancellation.Token);
                var method = message["method"]?.GetValue<string>();
                if (message["id"] is { } id && method is null && id.GetValue<int>() == initializeId)
                {
                    Notify("initialized", new JsonObject());
                    Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = Settings() });
                    Notify("textDocument/didOpen", new JsonObject
                    {
                        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = await File.ReadAllTextAsync(file, cancellation.Token) },
                    });
                }
                else if (method == "workspace/configuration")
                {
                    // The server asks for the "csharp" section: analyzers on.
                    var items = message["params"]!["items"]!.AsArray();
                    Respond(message["id"]!, new JsonArray(items.Select(item => (JsonNode?)(item?["section"]?.GetValue<string>() == "csharp" ? Settings()["csharp"]!.DeepClone() : null)).ToArray()));
                }
                else if (method is not null && message["id"] is { } requestId)
                {
                    Respond(requestId, null);
                }
                else if (method == "textDocument/publishDiagnostics" && message["params"]!["uri"]!.GetValue<string>() == uri)
                {
                    last = message["params"]!["diagnostics"]!.AsArray().Select(d => new PublishedDiagnostic(
                        d!["code"]?.ToString() ?? string.Empty,
                        d["range"]!["start"]!["line"]!.GetValue<int>(),
                        d["range"]!["start"]!["character"]!.GetValue<int>())).ToList();
                    if (last.Any(d => d.Code.StartsWith("PLA", StringComparison.Ordinal)))
                    {
                        return last;
                    }
                }
            }
        }

        private static JsonObject Settings() => new() { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };

        private int Send(string method, JsonNode parameters)
        {
            var id = ++_nextId;
            Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            return id;
        }

        private void Notify(string method, JsonNode parameters)
            => Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        private void Respond(JsonNode id, JsonNode? result)
            => Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });

        private void Write(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }

        private async Task<JsonNode> ReadAsync(CancellationToken cancellationToken)
        {
            var length = -1;
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken);
                if (line.Length == 0)
                {
                    break;
                }

                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            await _output.ReadExactlyAsync(body, cancellationToken);
            return JsonNode.Parse(body)!;
        }

        private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
        {
            var bytes = new List<byte>();
            var one = new byte[1];
            while (true)
            {
                if (await _output.ReadAsync(one, cancellationToken) == 0)
                {
                    throw new EndOfStreamException("csharp-ls closed its output.");
                }

                if (one[0] == '\n')
                {
                    return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
                }

                bytes.Add(one[0]);
            }
        }

        public void Dispose()
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
        }
    }
}
