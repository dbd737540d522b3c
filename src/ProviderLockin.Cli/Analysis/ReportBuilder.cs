using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProviderLockin.Analyzers;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Reporting;
using ProviderLockin.Cli.Model;

namespace ProviderLockin.Cli.Analysis;

/// <summary>
/// Runs the ProviderLockin analyzers (the same ones the NuGet package ships) on each project, with the project's own
/// .editorconfig and additional files, counts its LLM call sites, and assembles the report.
/// </summary>
internal static class ReportBuilder
{
    private static readonly string[] CouplingRules = { RuleIdentifiers.DirectProviderSdkUse, RuleIdentifiers.ProviderClientTypeInSignature, RuleIdentifiers.RawHttpToProviderEndpoint };

    public static async Task<ProjectReport> AnalyzeAsync(Project project, bool withFixes, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{project.Name} has no compilation.");
        var analyzer = new ProviderLockinAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var found = (await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => d.Id.StartsWith("PLA", StringComparison.Ordinal))
            .ToList();
        var retirements = ModelRetirements(found);
        var findings = new List<Finding>(found.Count);
        foreach (var diagnostic in found)
        {
            var fixes = withFixes ? await FixAvailability.OfferedAsync(project, diagnostic, cancellationToken).ConfigureAwait(false) : null;
            findings.Add(ToFinding(diagnostic, fixes, compilation, cancellationToken));
        }

        var diagnostics = findings
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var sites = CallSiteCensus.Take(compilation, project.AnalyzerOptions, cancellationToken);

        var byProvider = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site.Kind != CallSiteKind.Abstraction && site.Provider.Length > 0)
            {
                byProvider[site.Provider] = byProvider.TryGetValue(site.Provider, out var count) ? count + 1 : 1;
            }
        }

        var providers = new SortedSet<string>(byProvider.Keys, StringComparer.Ordinal);
        foreach (var finding in diagnostics)
        {
            if (finding.Provider is { } provider && Array.IndexOf(CouplingRules, finding.RuleId) >= 0)
            {
                providers.Add(provider);
            }
        }

        var counts = Count(sites);
        var wiring = WiringCensus.Take(compilation, project.AnalyzerOptions, cancellationToken);
        var withoutTelemetry = diagnostics.Count(f => f.RuleId == RuleIdentifiers.PipelineWithoutTelemetry);
        var resilience = new Resilience
        {
            ChatProviders = wiring.ChatProviders,
            FallbackWired = wiring.IsApplication && wiring.ChatProviders.Count > 0 ? wiring.HasFallback : null,
            TelemetryWired = wiring.Pipelines == 0 && withoutTelemetry == 0 ? null : withoutTelemetry == 0,
            TestsOnPaidProviders = diagnostics.Count(f => f.RuleId == RuleIdentifiers.TestsCallPaidProvider),
        };
        return new ProjectReport
        {
            Name = project.Name,
            Path = project.FilePath ?? string.Empty,
            PortabilityScore = Score(counts),
            CallSites = counts,
            Providers = providers.ToList(),
            CallSitesByProvider = byProvider,
            FindingsByRule = ByRule(diagnostics),
            ModelIds = diagnostics.Where(f => f.RuleId == RuleIdentifiers.HardCodedModelId && f.Subject is not null).Select(f => f.Subject!).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList(),
            ModelRetirements = retirements,
            AiPackages = AiPackages(project.FilePath),
            LoopsFlagged = diagnostics.Count(f => f.RuleId is RuleIdentifiers.UnboundedLlmLoop or RuleIdentifiers.UnthrottledFanOut),
            Resilience = resilience,
            Findings = diagnostics,
        };
    }

    public static ExposureReport Assemble(string input, IReadOnlyList<ProjectReport> projects, IReadOnlyList<LoadFailure> failures)
    {
        var counts = new CallSiteCounts
        {
            Abstraction = projects.Sum(p => p.CallSites.Abstraction),
            ProviderSdk = projects.Sum(p => p.CallSites.ProviderSdk),
            RawHttp = projects.Sum(p => p.CallSites.RawHttp),
            InAbstractionLayer = projects.Sum(p => p.CallSites.InAbstractionLayer),
        };
        var all = projects.SelectMany(p => p.Findings).ToList();
        return new ExposureReport
        {
            Tool = new ToolInfo("provider-lockin", Version),
            Input = input,
            Solution = new SolutionSummary
            {
                PortabilityScore = Score(counts),
                CallSites = counts,
                Providers = projects.SelectMany(p => p.Providers).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList(),
                FindingsByRule = ByRule(all),
                ModelIds = projects.SelectMany(p => p.ModelIds).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList(),
                ModelRetirements = projects.SelectMany(p => p.ModelRetirements)
                    .GroupBy(m => (m.Model, m.Provider, m.Status))
                    .Select(g => new ModelRetirement
                    {
                        Model = g.Key.Model, Provider = g.Key.Provider, Status = g.Key.Status, Date = g.First().Date, Successor = g.First().Successor,
                        CatalogDate = g.First().CatalogDate, Locations = g.SelectMany(m => m.Locations).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList(),
                    })
                    .OrderBy(m => m.Status == "retired" ? 0 : 1).ThenBy(m => m.Model, StringComparer.Ordinal).ToList(),
                LoopsFlagged = projects.Sum(p => p.LoopsFlagged),
            },
            Projects = projects,
            LoadFailures = failures,
            Rules = Descriptors.All.Select(d => new RuleInfo(d.Id, d.Title.ToString(), d.Category, Severity(d.DefaultSeverity), d.HelpLinkUri)).ToList(),
        };
    }

    /// <summary>Portability: the share of LLM call sites outside the abstraction layer that go through the abstraction.</summary>
    public static double? Score(CallSiteCounts counts)
    {
        var total = counts.Abstraction + counts.ProviderSdk + counts.RawHttp;
        return total == 0 ? null : Math.Round((double)counts.Abstraction / total, 3);
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static string Version => typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static CallSiteCounts Count(List<CallSite> sites)
    {
        int abstraction = 0, sdk = 0, http = 0, inLayer = 0;
        foreach (var site in sites)
        {
            if (site.InAbstractionLayer)
            {
                inLayer++;
            }
            else if (site.Kind == CallSiteKind.Abstraction)
            {
                abstraction++;
            }
            else if (site.Kind == CallSiteKind.ProviderSdk)
            {
                sdk++;
            }
            else
            {
                http++;
            }
        }

        return new CallSiteCounts { Abstraction = abstraction, ProviderSdk = sdk, RawHttp = http, InAbstractionLayer = inLayer };
    }

    private static IReadOnlyDictionary<string, int> ByRule(IEnumerable<Finding> findings)
    {
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            byRule[finding.RuleId] = byRule.TryGetValue(finding.RuleId, out var count) ? count + 1 : 1;
        }

        return byRule;
    }

    /// <summary>
    /// The provider SDK and AI abstraction packages of a restored project, read from <c>obj/project.assets.json</c> (what
    /// restore resolved, transitive ones included); none when the project is not restored there.
    /// </summary>
    private static List<PackageInfo> AiPackages(string? projectFile)
    {
        var assets = projectFile is null ? null : Path.Combine(Path.GetDirectoryName(projectFile)!, "obj", "project.assets.json");
        if (assets is null || !File.Exists(assets))
        {
            return new List<PackageInfo>();
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            var found = new List<PackageInfo>();
            foreach (var library in document.RootElement.GetProperty("libraries").EnumerateObject())
            {
                var slash = library.Name.IndexOf('/');
                if (slash <= 0 || !library.Value.TryGetProperty("type", out var type) || type.GetString() != "package")
                {
                    continue;
                }

                var name = library.Name[..slash];
                if (ProviderSdk.Known.Any(sdk => string.Equals(sdk.Package, name, StringComparison.OrdinalIgnoreCase))
                    || AbstractionPackagePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new PackageInfo(name, library.Name[(slash + 1)..]));
                }
            }

            return found.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or IOException)
        {
            return new List<PackageInfo>();
        }
    }

    private static readonly string[] AbstractionPackagePrefixes = { "Microsoft.Extensions.AI", "Microsoft.SemanticKernel", "Microsoft.Agents.AI" };

    /// <summary>PLA2006 findings grouped by model: retired first, then deprecated, each sorted by ID.</summary>
    private static List<ModelRetirement> ModelRetirements(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .Where(d => d.Id == RuleIdentifiers.RetiredModelId && d.Properties.ContainsKey(DiagnosticProperties.Subject))
            .GroupBy(d => (Model: d.Properties[DiagnosticProperties.Subject]!, Status: d.Properties[DiagnosticProperties.ModelStatus] ?? "deprecated"))
            .Select(g =>
            {
                var first = g.First().Properties;
                return new ModelRetirement
                {
                    Model = g.Key.Model,
                    Provider = first.TryGetValue(DiagnosticProperties.Provider, out var provider) ? provider ?? string.Empty : string.Empty,
                    Status = g.Key.Status,
                    Date = first.TryGetValue(DiagnosticProperties.ModelDate, out var date) ? date ?? string.Empty : string.Empty,
                    Successor = first.TryGetValue(DiagnosticProperties.Successor, out var successor) ? successor : null,
                    CatalogDate = first.TryGetValue(DiagnosticProperties.CatalogDate, out var day) ? day ?? string.Empty : string.Empty,
                    Locations = g.Select(Location).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList(),
                };
            })
            .OrderBy(m => m.Status == "retired" ? 0 : 1).ThenBy(m => m.Model, StringComparer.Ordinal)
            .ToList();

    private static string Location(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        if (!span.IsValid)
        {
            span = diagnostic.Location.GetLineSpan();
        }

        return (span.Path ?? string.Empty) + ":" + (span.IsValid ? span.StartLinePosition.Line + 1 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Finding ToFinding(Diagnostic diagnostic, IReadOnlyList<string>? fixes, Compilation compilation, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        if (!span.IsValid)
        {
            span = diagnostic.Location.GetLineSpan();
        }

        diagnostic.Properties.TryGetValue(DiagnosticProperties.Provider, out var provider);
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Subject, out var subject);
        return new Finding
        {
            RuleId = diagnostic.Id,
            Severity = Severity(diagnostic.Severity),
            Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            File = span.Path ?? string.Empty,
            Line = span.IsValid ? span.StartLinePosition.Line + 1 : 0,
            Column = span.IsValid ? span.StartLinePosition.Character + 1 : 0,
            Provider = provider,
            Subject = subject,
            HelpUri = diagnostic.Descriptor.HelpLinkUri,
            Member = MemberOf(diagnostic, compilation, cancellationToken),
            Fixes = fixes,
        };
    }

    /// <summary>The member (or, outside members, the type) a finding is in, for baselines that survive line moves.</summary>
    private static string MemberOf(Diagnostic diagnostic, Compilation compilation, CancellationToken cancellationToken)
    {
        if (diagnostic.Location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
        {
            return string.Empty;
        }

        var symbol = compilation.GetSemanticModel(tree).GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, cancellationToken);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol?.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) ?? string.Empty;
    }
}
