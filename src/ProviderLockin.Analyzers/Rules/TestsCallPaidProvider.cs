using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA1005: a test project constructs a paid provider's client. Every test run then sends real, billed requests, and a
/// CI matrix of them looks like bulk traffic. Local models (OllamaSharp), clients pointed at localhost and clients with a
/// fake transport are not reported.
/// </summary>
internal static class TestsCallPaidProvider
{
    private const string LocalProvider = "Ollama";

    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => isConstruction && session.Wiring is { IsTestProject: true } && session.Catalog.TryGetClient(target.ContainingType, out _);

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        if (session.Wiring is not { IsTestProject: true }
            || context.Operation is not IObjectCreationOperation creation
            || !session.Catalog.TryGetClient(creation.Type, out var owner)
            || string.Equals(owner.Sdk.Provider, LocalProvider, System.StringComparison.Ordinal)
            || IsLocalOrFaked(creation))
        {
            return;
        }

        AnalysisSession.Report(
            context,
            Descriptors.TestsCallPaidProvider,
            SyntaxLocations.MemberName(creation.Syntax),
            "new " + owner.Type.Name,
            owner.Sdk.Provider);
    }

    /// <summary>
    /// <c>new OpenAIClient(key, new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") })</c> or a
    /// <c>Transport</c> of the test's own: the requests never reach the paid API.
    /// </summary>
    private static bool IsLocalOrFaked(IObjectCreationOperation creation)
    {
        foreach (var node in creation.Descendants())
        {
            switch (node)
            {
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } when IsLocalAddress(text):
                    return true;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Transport" } }:
                    return true;
            }
        }

        return false;
    }

    private static bool IsLocalAddress(string text)
        => text.IndexOf("localhost", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("127.0.0.1", System.StringComparison.Ordinal) >= 0
            || text.IndexOf("[::1]", System.StringComparison.Ordinal) >= 0;
}
