using System.Threading;
using Microsoft.CodeAnalysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary>
/// Which rules can report anywhere in the compilation, decided once at compilation start. Roslyn skips an analyzer only
/// when every one of its IDs is off; this analyzer hosts every rule, so it skips the work of each rule the user turned
/// off (<c>dotnet_diagnostic.PLA3001.severity = none</c>, a preset, a ruleset) itself. A rule counts as off only when it
/// is suppressed for every file; anything else (a folder that turns it back on) keeps it on.
/// </summary>
internal sealed class EnabledRules
{
    private EnabledRules(Compilation compilation, CancellationToken cancellationToken)
    {
        DirectSdkUse = IsOn(compilation, Descriptors.DirectProviderSdkUse, cancellationToken);
        SdkTypeInSignature = IsOn(compilation, Descriptors.ProviderClientTypeInSignature, cancellationToken);
        RawHttp = IsOn(compilation, Descriptors.RawHttpToProviderEndpoint, cancellationToken);
        SingleProvider = IsOn(compilation, Descriptors.SingleProviderNoFallback, cancellationToken);
        PaidProviderInTests = IsOn(compilation, Descriptors.TestsCallPaidProvider, cancellationToken);
        TurnMarkers = IsOn(compilation, Descriptors.ProviderTurnMarker, cancellationToken);
        ModelIdentity = IsOn(compilation, Descriptors.ModelIdentityInPrompt, cancellationToken);
        ModelIds = IsOn(compilation, Descriptors.HardCodedModelId, cancellationToken);
        RetiredModels = IsOn(compilation, Descriptors.RetiredModelId, cancellationToken);
        ProviderOptions = IsOn(compilation, Descriptors.ProviderOnlyOption, cancellationToken);
        Prefill = IsOn(compilation, Descriptors.AssistantPrefill, cancellationToken);
        Loops = IsOn(compilation, Descriptors.UnboundedLlmLoop, cancellationToken) || IsOn(compilation, Descriptors.ResponseHarvesting, cancellationToken);
        FanOut = IsOn(compilation, Descriptors.UnthrottledFanOut, cancellationToken);
        Telemetry = IsOn(compilation, Descriptors.PipelineWithoutTelemetry, cancellationToken);
    }

    public bool DirectSdkUse { get; }

    public bool SdkTypeInSignature { get; }

    public bool RawHttp { get; }

    public bool SingleProvider { get; }

    public bool PaidProviderInTests { get; }

    public bool TurnMarkers { get; }

    public bool ModelIdentity { get; }

    /// <summary>PLA2001 or PLA2003: both read one scan of each prompt.</summary>
    public bool PromptText => TurnMarkers || ModelIdentity;

    public bool ModelIds { get; }

    public bool RetiredModels { get; }

    /// <summary>PLA2002 or PLA2006: both read the values in model positions.</summary>
    public bool ModelChoices => ModelIds || RetiredModels;

    public bool ProviderOptions { get; }

    public bool Prefill { get; }

    /// <summary>PLA3001 or PLA3003: both judge the loops collected during the walk.</summary>
    public bool Loops { get; }

    public bool FanOut { get; }

    public bool Telemetry { get; }

    /// <summary>Any rule that looks at operations: when none is, the per-member walk is not registered at all.</summary>
    public bool AnyOperationRule
        => DirectSdkUse || SdkTypeInSignature || RawHttp || SingleProvider || PaidProviderInTests || PromptText || ModelIds || RetiredModels
           || ProviderOptions || Prefill || Loops || FanOut || Telemetry;

    public static EnabledRules Create(Compilation compilation, CancellationToken cancellationToken) => new(compilation, cancellationToken);

    private static bool IsOn(Compilation compilation, DiagnosticDescriptor descriptor, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        var fallback = options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific)
            ? specific
            : descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
        var treeOptions = options.SyntaxTreeOptionsProvider;
        if (treeOptions is not null && treeOptions.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
        {
            fallback = global;
        }

        if (treeOptions is null)
        {
            return fallback != ReportDiagnostic.Suppress;
        }

        var anyTree = false;
        foreach (var tree in compilation.SyntaxTrees)
        {
            anyTree = true;
            var effective = treeOptions.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var value) ? value : fallback;
            if (effective != ReportDiagnostic.Suppress)
            {
                return true;
            }
        }

        // No source files: nothing to report on, but keep the rule on rather than guess.
        return !anyTree;
    }
}
