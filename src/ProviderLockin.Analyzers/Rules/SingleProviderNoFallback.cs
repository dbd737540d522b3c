using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;
using ProviderLockin.Analyzers.Layering;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA1004: the app's composition root turns exactly one provider into its chat clients and nothing fails over to
/// another provider or a local model. The operation callbacks note registrations and failover clients; the finding is
/// decided once per project, at compilation end, and reported at the first registration. Libraries and test projects
/// have no composition root of their own and are not reported.
/// </summary>
internal static class SingleProviderNoFallback
{
    /// <summary>What <see cref="Collect"/> notes: failover clients and fallbacks, provider registrations and adapters, provider members.</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
    {
        if (session.Wiring is not { IsApplication: true } wiring)
        {
            return false;
        }

        if (session.Catalog.TryGetProviderMember(target, out _))
        {
            return true;
        }

        if (isConstruction)
        {
            return target.ContainingType is { } created && (wiring.IsFallbackClient(created) || wiring.TryGetAdaptedProvider(created, session.Catalog, out _));
        }

        var method = target.ReducedFrom ?? target;
        return IsPollyFallback(method)
            || wiring.ReferencesSemanticKernel && TryGetConnector(method, out _)
            || TryGetRegisteredAdapter(target, wiring, session.Catalog, out _);
    }

    public static void Collect(RuleContext context, AnalysisSession session)
    {
        var wiring = session.Wiring;
        if (wiring is null || !wiring.IsApplication)
        {
            return;
        }

        var operation = context.Operation;
        if (operation is IObjectCreationOperation { Type: INamedTypeSymbol created })
        {
            if (wiring.IsFallbackClient(created))
            {
                wiring.NoteFallback();
                return;
            }

            if (wiring.TryGetAdaptedProvider(created, session.Catalog, out var adapted) && CompositionRoot.Contains(context.ContainingSymbol))
            {
                wiring.NoteProviderWired(adapted, SyntaxLocations.MemberName(operation.Syntax));
                return;
            }
        }
        else if (operation is IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            if (IsPollyFallback(method))
            {
                wiring.NoteFallback();
                return;
            }

            if (wiring.ReferencesSemanticKernel && TryGetConnector(method, out var connector) && CompositionRoot.Contains(context.ContainingSymbol))
            {
                wiring.NoteProviderWired(connector, SyntaxLocations.MemberName(operation.Syntax));
                return;
            }

            if (TryGetRegisteredAdapter(invocation.TargetMethod, wiring, session.Catalog, out var registered) && CompositionRoot.Contains(context.ContainingSymbol))
            {
                wiring.NoteProviderWired(registered, SyntaxLocations.MemberName(operation.Syntax));
                return;
            }
        }

        NoteProviderHandedToAbstraction(context, session, wiring);
    }

    /// <summary>A type of the project's own that fails over (declared, even if DI constructs it).</summary>
    public static void CollectType(SymbolAnalysisContext context, AnalysisSession session) => CollectType(context.Symbol as INamedTypeSymbol, session);

    public static void CollectType(INamedTypeSymbol? type, AnalysisSession session)
    {
        if (session.Wiring is { IsApplication: true } wiring && type is not null && wiring.IsFallbackClient(type))
        {
            wiring.NoteFallback();
        }
    }

    public static void Report(CompilationAnalysisContext context, AnalysisSession session)
    {
        var wiring = session.Wiring;
        if (wiring is null || !wiring.IsApplication || wiring.HasFallback)
        {
            return;
        }

        var registrations = wiring.Registrations();
        if (registrations.Count == 0)
        {
            return;
        }

        var provider = registrations[0].Provider;
        foreach (var registration in registrations)
        {
            if (!string.Equals(registration.Provider, provider, System.StringComparison.Ordinal))
            {
                return;
            }
        }

        var location = registrations[0].Location;
        if (GeneratedCode.IsReportable(isGeneratedCode: false, location))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SingleProviderNoFallback, location, provider));
        }
    }

    /// <summary>
    /// <c>openAi.GetChatClient(model).AsIChatClient()</c>, <c>AddChatClient(new OllamaApiClient(...))</c>: a provider
    /// value handed to the abstraction in the composition root; the registration is where it is handed over.
    /// </summary>
    private static void NoteProviderHandedToAbstraction(RuleContext context, AnalysisSession session, ClientWiring wiring)
    {
        var operation = context.Operation;
        var catalog = session.Catalog;
        if (!catalog.TryGetProviderUse(operation, out _, out var owner))
        {
            return;
        }

        var consumer = ProviderCallChains.ConsumerAsReceiver(operation);
        if (consumer is not null && catalog.TryGetProviderUse(consumer, out _, out _) || !CompositionRoot.Contains(context.ContainingSymbol))
        {
            return;
        }

        // Anthropic's client.AsIChatClient(model) is the SDK's own member and the registration at once.
        var registration = operation is IInvocationOperation self && AbstractionTypes.IsAbstractionType(self.TargetMethod.ReturnType)
            ? operation
            : CompositionRoot.AdapterReceiving(operation, session.Layer);
        if (registration is not null)
        {
            wiring.NoteProviderWired(owner.Sdk.Provider, SyntaxLocations.MemberName(registration.Syntax));
        }
    }

    /// <summary>Polly's <c>AddFallback</c> on a resilience pipeline: the team fails over by hand.</summary>
    private static bool IsPollyFallback(IMethodSymbol method)
        => method.Name == "AddFallback" && WellKnownTypes.IsIn(method.ContainingType, "Polly");

    /// <summary>Semantic Kernel's <c>AddOpenAIChatCompletion</c>, <c>AddOllamaChatClient</c> and the like, in a connector assembly.</summary>
    private static bool TryGetConnector(IMethodSymbol method, out string provider)
    {
        provider = string.Empty;
        const string ConnectorPrefix = "Microsoft.SemanticKernel.Connectors.";
        var assembly = method.ContainingAssembly?.Name;
        if (assembly is null || !assembly.StartsWith(ConnectorPrefix, System.StringComparison.Ordinal) || !method.Name.StartsWith("Add", System.StringComparison.Ordinal))
        {
            return false;
        }

        var name = method.Name;
        var suffix = name.EndsWith("ChatCompletion", System.StringComparison.Ordinal) ? "ChatCompletion".Length
            : name.EndsWith("ChatClient", System.StringComparison.Ordinal) ? "ChatClient".Length
            : 0;
        if (suffix == 0)
        {
            return false;
        }

        // Named as the SDK rows name them, so SDK and connector registrations of one provider count as one.
        provider = assembly.Substring(ConnectorPrefix.Length) switch
        {
            "AzureOpenAI" => "Azure OpenAI",
            "Google" => "Google Gemini",
            "MistralAI" => "Mistral",
            "Amazon" => "AWS Bedrock",
            var other => other,
        };
        return true;
    }

    /// <summary><c>services.AddSingleton&lt;IChatClient, OpenAiChatAdapter&gt;()</c>: a provider adapter of the project's own, registered by type.</summary>
    private static bool TryGetRegisteredAdapter(IMethodSymbol method, ClientWiring wiring, ProviderCatalog catalog, out string provider)
    {
        provider = string.Empty;
        if (!ClientWiring.IsGenericServiceRegistration(method))
        {
            return false;
        }

        foreach (var argument in method.TypeArguments)
        {
            if (argument is INamedTypeSymbol named && wiring.TryGetAdaptedProvider(named, catalog, out provider))
            {
                return true;
            }
        }

        return false;
    }
}
