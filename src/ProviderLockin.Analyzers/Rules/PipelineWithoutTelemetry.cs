using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA3004: a chat or embedding client pipeline (<c>AddChatClient(...)</c>, <c>AddEmbeddingGenerator(...)</c>,
/// <c>.AsBuilder()</c>, <c>new ChatClientBuilder(...)</c>) with neither <c>UseOpenTelemetry()</c> nor <c>UseLogging()</c>
/// nor middleware of the project's own, and a provider SDK client registered in DI by a project with no IChatClient
/// pipeline at all. Model calls then leave no audit trail to show that traffic is product traffic.
/// </summary>
internal static class PipelineWithoutTelemetry
{
    /// <summary>Diagnostic property: the pipeline is registered on a host's services, which always provide an ILoggerFactory.</summary>
    public const string HostLoggingAvailable = "HostLoggingAvailable";

    private const int MaxLocalHops = 3;

    /// <summary>Where a pipeline starts, or, with no pipelines in the project, where an SDK client is registered in DI.</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
    {
        if (session.Wiring is not { IsTestProject: false } wiring)
        {
            return false;
        }

        if (wiring.ReferencesPipelines)
        {
            return isConstruction ? wiring.IsPipelineBuilder(target.ContainingType) : IsPipelineStartCall(target, wiring);
        }

        return !isConstruction && !wiring.ReferencesSemanticKernel && TryGetRegisteredClient(target, session, out _, out _);
    }

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var wiring = session.Wiring;
        if (wiring is null || wiring.IsTestProject)
        {
            return;
        }

        var operation = context.Operation;
        if (wiring.ReferencesPipelines)
        {
            if (IsPipelineStart(operation, wiring) && !IsInsideOuterPipeline(operation, wiring) && HasNoTelemetry(operation, wiring))
            {
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (IsRegisteredOnHostServices(operation))
                {
                    properties = properties.Add(HostLoggingAvailable, "true");
                }

                AnalysisSession.Report(
                    context,
                    Descriptors.PipelineWithoutTelemetry,
                    SyntaxLocations.MemberName(operation.Syntax),
                    properties,
                    "'" + StartName(operation) + "' builds a client pipeline without UseOpenTelemetry() or UseLogging()",
                    "add UseOpenTelemetry() (or UseLogging()) to the pipeline");
            }

            return;
        }

        // No Microsoft.Extensions.AI at all: an SDK client registered in DI is called as it is, with no pipeline to instrument.
        if (!wiring.ReferencesSemanticKernel && operation is IInvocationOperation invocation && TryGetRegisteredClient(invocation.TargetMethod, session, out var client, out var provider))
        {
            AnalysisSession.Report(
                context,
                Descriptors.PipelineWithoutTelemetry,
                SyntaxLocations.MemberName(operation.Syntax),
                "'" + invocation.TargetMethod.Name + "' registers the " + provider + " SDK client " + client + " with no IChatClient pipeline",
                "reach it through IChatClient (Microsoft.Extensions.AI) with UseOpenTelemetry() in the pipeline");
        }
    }

    /// <summary>AddChatClient / AddKeyedChatClient / AddEmbeddingGenerator / AddKeyedEmbeddingGenerator / AsBuilder, or a builder's construction.</summary>
    public static bool IsPipelineStart(IOperation operation, ClientWiring wiring)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation:
                return wiring.IsPipelineBuilder(creation.Type);
            case IInvocationOperation invocation:
                return IsPipelineStartCall(invocation.TargetMethod, wiring);
            default:
                return false;
        }
    }

    private static bool IsPipelineStartCall(IMethodSymbol method, ClientWiring wiring)
        => (IsServiceRegistration(method.Name) || method.Name == "AsBuilder")
           && wiring.IsExtensionsAI(method.ContainingAssembly)
           && wiring.IsPipelineBuilder(method.ReturnType);

    /// <summary>Microsoft.Extensions.AI's registrations of a client pipeline on an <c>IServiceCollection</c>.</summary>
    private static bool IsServiceRegistration(string name)
        => name is "AddChatClient" or "AddKeyedChatClient" or "AddEmbeddingGenerator" or "AddKeyedEmbeddingGenerator";

    private static string StartName(IOperation operation)
        => operation is IInvocationOperation invocation ? invocation.TargetMethod.Name : "new " + operation.Type?.Name;

    /// <summary>
    /// <c>services.AddChatClient(sp => new ChatClientBuilder(inner).Build(sp)).UseOpenTelemetry()</c>: the inner builder is
    /// part of the outer pipeline, which is judged as a whole.
    /// </summary>
    private static bool IsInsideOuterPipeline(IOperation operation, ClientWiring wiring)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IArgumentOperation { Parent: { } owner } && IsPipelineStart(owner, wiring))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNoTelemetry(IOperation start, ClientWiring wiring)
    {
        if (HasTelemetryIn(start, wiring))
        {
            return false;
        }

        return FollowChain(start, wiring, 0) == ChainEnd.NoTelemetry;
    }

    private enum ChainEnd
    {
        NoTelemetry,
        Telemetry,
        Unknown,
    }

    /// <summary>Walks the fluent chain from <paramref name="value"/> outwards, through locals the builder is kept in.</summary>
    private static ChainEnd FollowChain(IOperation value, ClientWiring wiring, int hops)
    {
        var current = value;
        for (var guard = 0; guard < 64; guard++)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    current = parent;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation extension } argument
                    when extension.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0:
                    // builder.UseLogging(): in operations the receiver of an extension method is its first argument.
                    if (Step(extension, wiring) is { } end)
                    {
                        return end;
                    }

                    current = extension;
                    continue;
                case IInvocationOperation call when call.Instance == current:
                    if (Step(call, wiring) is { } instanceEnd)
                    {
                        return instanceEnd;
                    }

                    current = call;
                    continue;
                case IExpressionStatementOperation:
                    return ChainEnd.NoTelemetry;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return hops < MaxLocalHops ? FollowLocal(declarator.Symbol, current, wiring, hops + 1) : ChainEnd.Unknown;
                default:
                    // Returned, passed on, stored in a field: the rest of the pipeline is built elsewhere.
                    return ChainEnd.Unknown;
            }
        }

        return ChainEnd.Unknown;
    }

    /// <summary>One call of the chain: telemetry ends the walk, Build() completes the pipeline, anything else but another builder step hands it away.</summary>
    private static ChainEnd? Step(IInvocationOperation call, ClientWiring wiring)
    {
        if (IsTelemetryCall(call, wiring))
        {
            return ChainEnd.Telemetry;
        }

        if (wiring.IsPipelineBuilder(call.Type))
        {
            return null;
        }

        return call.TargetMethod.Name is "Build" ? ChainEnd.NoTelemetry : ChainEnd.Unknown;
    }

    /// <summary><c>var builder = new ChatClientBuilder(inner); builder.UseLogging(); ... builder.Build()</c>.</summary>
    private static ChainEnd FollowLocal(ILocalSymbol local, IOperation anyOperation, ClientWiring wiring, int hops)
    {
        var root = anyOperation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var result = ChainEnd.NoTelemetry;
        foreach (var descendant in root.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                switch (FollowChain(reference, wiring, hops))
                {
                    case ChainEnd.Telemetry:
                        return ChainEnd.Telemetry;
                    case ChainEnd.Unknown:
                        result = ChainEnd.Unknown;
                        break;
                }
            }
        }

        return result;
    }

    /// <summary>UseOpenTelemetry / UseLogging, a method listed in provider_lockin.telemetry_methods, a builder method of the project's own, or Use(...) adding telemetry.</summary>
    private static bool IsTelemetryCall(IInvocationOperation call, ClientWiring wiring)
    {
        var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        if (method.Name is "UseOpenTelemetry" or "UseLogging" && wiring.IsExtensionsAI(method.ContainingAssembly))
        {
            return true;
        }

        foreach (var name in wiring.TelemetryMethods)
        {
            if (name.Matches(method))
            {
                return true;
            }
        }

        // A builder extension of the project's own (UseAuditTrail) is its own middleware; its body is not followed.
        if (method.IsExtensionMethod && wiring.IsDeclaredInProject(method))
        {
            return true;
        }

        return method.Name == "Use" && HasTelemetryIn(call, wiring);
    }

    /// <summary>The arguments create OpenTelemetryChatClient / LoggingChatClient or middleware of the project's own, or build a pipeline with telemetry.</summary>
    private static bool HasTelemetryIn(IOperation operation, ClientWiring wiring)
    {
        foreach (var descendant in operation.ChildOperations)
        {
            foreach (var node in descendant.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IObjectCreationOperation creation when wiring.IsTelemetryClient(creation.Type) || wiring.IsOwnMiddleware(creation.Type):
                        return true;
                    case IInvocationOperation invocation when invocation != operation && IsTelemetryCall(invocation, wiring) && wiring.IsPipelineBuilder(invocation.Type):
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>A host builder's <c>Services</c> (HostApplicationBuilder, WebApplicationBuilder, IHostApplicationBuilder) registers logging.</summary>
    private static bool IsRegisteredOnHostServices(IOperation operation)
    {
        if (operation is not IInvocationOperation invocation || !IsServiceRegistration(invocation.TargetMethod.Name) || invocation.Arguments.Length == 0)
        {
            return false;
        }

        var services = invocation.Arguments[0].Value;
        while (services is IConversionOperation conversion)
        {
            services = conversion.Operand;
        }

        return services is IPropertyReferenceOperation { Property.Name: "Services", Instance.Type: { } host } && IsHostBuilder(host);
    }

    private static bool IsHostBuilder(ITypeSymbol type)
    {
        if (IsHostBuilderName(type))
        {
            return true;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (IsHostBuilderName(contract))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHostBuilderName(ITypeSymbol type)
        => type.Name is "IHostApplicationBuilder" or "HostApplicationBuilder" && WellKnownTypes.IsIn(type, "Microsoft", "Extensions", "Hosting")
            || type.Name == "WebApplicationBuilder" && WellKnownTypes.IsIn(type, "Microsoft", "AspNetCore", "Builder");

    /// <summary><c>services.AddSingleton(new OpenAIClient(key))</c>, <c>services.AddScoped&lt;ChatClient&gt;(...)</c>.</summary>
    private static bool TryGetRegisteredClient(IMethodSymbol method, AnalysisSession session, out string client, out string provider)
    {
        client = provider = string.Empty;
        if (!ClientWiring.IsGenericServiceRegistration(method))
        {
            return false;
        }

        foreach (var argument in method.TypeArguments)
        {
            if (session.Catalog.TryGetClient(argument, out var owner))
            {
                client = argument.Name;
                provider = owner.Sdk.Provider;
                return true;
            }
        }

        return false;
    }
}
