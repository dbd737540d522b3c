using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2004: options only one provider honours, set from code outside the abstraction layer: provider keys in
/// <c>ChatOptions.AdditionalProperties</c>, <c>RawRepresentationFactory</c> lambdas that build a provider SDK options type,
/// provider SDK option members (<c>ChatCompletionOptions.LogitBiases</c>, <c>ChatResponseFormat.CreateJsonObjectFormat()</c>,
/// Anthropic <c>Thinking</c>, Gemini <c>ThinkingConfig</c> / <c>ResponseMimeType</c>), and provider HTTP headers.
/// </summary>
internal static class ProviderOnlyOption
{
    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        switch (operation)
        {
            case IInvocationOperation invocation:
                AnalyzeInvocation(context, session, invocation);
                break;
            case IObjectCreationOperation creation:
                AnalyzePreviewType(context, session, creation);
                break;
            case IPropertyReferenceOperation property when PromptLocator.AssignedValue(property) is { } assigned:
                AnalyzeAssignment(context, session, property, assigned);
                break;
            case IPropertyReferenceOperation property:
                // LogitBiases = { [1234] = -100 }, options.LogitBiases.Add(...): any use of a provider-only member sets it.
                AnalyzeSdkMember(context, session, property);
                break;
        }
    }

    /// <summary>
    /// <c>new CreateResponseOptions { ... }</c> under <c>#pragma warning disable OPENAI001</c>: a provider SDK type marked
    /// experimental, built outside the abstraction layer. SDK clients are PLA1001's (it reports the call); a factory lambda
    /// given to <c>RawRepresentationFactory</c> is reported as such.
    /// </summary>
    private static void AnalyzePreviewType(RuleContext context, AnalysisSession session, IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (!IsProviderPreviewType(type, session, out var owner, out var id) || IsInRawRepresentationFactory(creation))
        {
            return;
        }

        ReportPreviewUse(context, session, SyntaxLocations.MemberName(creation.Syntax), type!.Name + " (preview API, " + id + ")", owner.Sdk.Provider);
    }

    private static bool IsProviderPreviewType(ITypeSymbol? type, AnalysisSession session, out ProviderType owner, out string id)
    {
        id = string.Empty;
        owner = null!;
        return type is not null && session.Catalog.TryGetProvider(type, out owner) && ExperimentalApis.TryGetDiagnosticId(type, out id);
    }

    /// <summary>
    /// A preview API use is reported unless the member calls a provider SDK client directly: PLA1001 reports that call and
    /// names the preview use already.
    /// </summary>
    private static void ReportPreviewUse(RuleContext context, AnalysisSession session, Location location, string option, string provider)
    {
        if (!session.Layer.Contains(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree) && !CallsProviderSdkDirectly(context.Block, session))
        {
            AnalysisSession.Report(context, Descriptors.ProviderOnlyOption, location, option, provider);
        }
    }

    private static bool CallsProviderSdkDirectly(BlockState block, AnalysisSession session)
        => block.CallsProviderSdkDirectly ??= AnyProviderCall(block.OperationBlocks, session.Catalog);

    private static bool AnyProviderCall(ImmutableArray<IOperation> roots, ProviderCatalog catalog)
    {
        foreach (var root in roots)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation && catalog.TryGetProviderUse(operation, out _, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsInRawRepresentationFactory(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RawRepresentationFactory" } })
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeSdkMember(RuleContext context, AnalysisSession session, IPropertyReferenceOperation property)
    {
        var type = property.Property.ContainingType;
        if (!session.Catalog.TryGetProvider(type, out var owner))
        {
            return;
        }

        if (ProviderOnlyOptions.IsProviderOnlyMember(type.Name, property.Property.Name))
        {
            Report(context, session, SyntaxLocations.MemberName(property.Syntax), type.Name + "." + property.Property.Name, owner.Sdk.Provider);
        }
        else if (ExperimentalApis.TryGetOwnDiagnosticId(property.Property, out var id) && !IsInRawRepresentationFactory(property)
                 && property.Parent is not IInvocationOperation { Instance: IPropertyReferenceOperation })
        {
            // options.Seed = 42 under #pragma warning disable OPENAI001: a member the SDK ships as a preview. A call on the
            // member (options.Patch.Set(...)) is judged as the call.
            ReportPreviewUse(context, session, SyntaxLocations.MemberName(property.Syntax), type.Name + "." + property.Property.Name + " (preview API, " + id + ")", owner.Sdk.Provider);
        }
    }

    /// <summary>The calls <see cref="AnalyzeInvocation"/> looks at, and the provider types whose previews <see cref="AnalyzePreviewType"/> reports.</summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => isConstruction ? IsProviderPreviewType(target.ContainingType, session, out _, out _) : ShapeOf(target, session) != CallShape.None;

    private enum CallShape
    {
        None,

        /// <summary>options.AdditionalProperties.Add("reasoning_effort", ...), and { { "top_k", 40 } } collection initializers.</summary>
        AdditionalProperty,

        /// <summary>request.Headers.Add("anthropic-version", "2023-06-01").</summary>
        Header,

        /// <summary>options.Patch.Set("$.reasoning_effort"u8, ...): OpenAI's escape hatch writes a field of the provider's wire format.</summary>
        Patch,

        /// <summary>A provider SDK method only that provider has.</summary>
        ProviderOnlyMember,
    }

    private static CallShape ShapeOf(IMethodSymbol method, AnalysisSession session)
    {
        var type = method.ContainingType;
        return method.Name switch
        {
            "Add" or "TryAdd" when IsAdditionalProperties(type) => CallShape.AdditionalProperty,
            "Add" or "TryAddWithoutValidation" when type?.Name == "HttpHeaders" => CallShape.Header,
            "Set" or "Append" when type?.Name == "JsonPatch" => CallShape.Patch,
            _ when type is not null && ProviderOnlyOptions.IsProviderOnlyMember(type.Name, method.Name) && session.Catalog.TryGetProvider(type, out _)
                => CallShape.ProviderOnlyMember,
            _ => CallShape.None,
        };
    }

    private static void AnalyzeInvocation(RuleContext context, AnalysisSession session, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (ShapeOf(method, session))
        {
            case CallShape.AdditionalProperty:
                ReportKey(context, session, FirstArgument(invocation), ProviderOnlyOptions.TryGetAdditionalPropertyKey);
                break;
            case CallShape.Header:
                ReportKey(context, session, FirstArgument(invocation), ProviderOnlyOptions.TryGetHeader);
                break;
            case CallShape.Patch when invocation.Arguments.Length > 0
                && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Patch", Instance.Type: { } patched }
                && session.Catalog.TryGetProvider(patched, out var patchedOwner):
                var path = invocation.Arguments[0].Value.Syntax;
                Report(context, session, path.GetLocation(), patched.Name + ".Patch " + JsonPath(path), patchedOwner.Sdk.Provider);
                break;
            case CallShape.ProviderOnlyMember when session.Catalog.TryGetProvider(method.ContainingType, out var owner):
                Report(context, session, SyntaxLocations.MemberName(invocation.Syntax), method.ContainingType.Name + "." + method.Name, owner.Sdk.Provider);
                break;
        }
    }

    private static void AnalyzeAssignment(RuleContext context, AnalysisSession session, IPropertyReferenceOperation property, IOperation assigned)
    {
        var symbol = property.Property;
        var type = symbol.ContainingType;

        // options.AdditionalProperties["logit_bias"] = ..., and new() { ["thinking"] = ... }.
        if (symbol.IsIndexer && IsAdditionalProperties(type) && !property.Arguments.IsEmpty)
        {
            ReportKey(context, session, property.Arguments[0].Value, ProviderOnlyOptions.TryGetAdditionalPropertyKey);
            return;
        }

        if (symbol.Name == "RawRepresentationFactory" && AbstractionTypes.IsAbstractionNamespace(type.ContainingNamespace)
            && TryFindProviderCreation(assigned, session.Catalog, out var provider))
        {
            Report(context, session, SyntaxLocations.MemberName(property.Syntax), "ChatOptions.RawRepresentationFactory", provider);
            return;
        }

        AnalyzeSdkMember(context, session, property);
    }

    private delegate bool KeyLookup(string key, out string provider);

    private static void ReportKey(RuleContext context, AnalysisSession session, IOperation? key, KeyLookup lookup)
    {
        if (StringFlow.SkipImplicitConversions(key) is { ConstantValue: { HasValue: true, Value: string text } } literal && lookup(text, out var provider))
        {
            Report(context, session, literal.Syntax.GetLocation(), text, provider);
        }
    }

    private static void Report(RuleContext context, AnalysisSession session, Location location, string option, string provider)
    {
        if (!session.Layer.Contains(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree))
        {
            AnalysisSession.Report(context, Descriptors.ProviderOnlyOption, location, option, provider);
        }
    }

    /// <summary>A lambda (or method group target) that constructs a provider SDK type: <c>_ => new ChatCompletionOptions { ... }</c>.</summary>
    private static bool TryFindProviderCreation(IOperation value, ProviderCatalog catalog, out string provider)
    {
        foreach (var descendant in value.DescendantsAndSelf())
        {
            if (descendant is IObjectCreationOperation creation && catalog.TryGetProvider(creation.Type, out var owner))
            {
                provider = owner.Sdk.Provider;
                return true;
            }
        }

        provider = string.Empty;
        return false;
    }

    private static bool IsAdditionalProperties(INamedTypeSymbol? type)
        => type is { Name: "AdditionalPropertiesDictionary" } && AbstractionTypes.IsAbstractionNamespace(type.ContainingNamespace)
           || type?.BaseType is { Name: "AdditionalPropertiesDictionary" } baseType && AbstractionTypes.IsAbstractionNamespace(baseType.ContainingNamespace);

    /// <summary><c>"$.reasoning_effort"u8</c> → <c>$.reasoning_effort</c>.</summary>
    private static string JsonPath(SyntaxNode path)
    {
        var text = path.ToString();
        var start = text.IndexOf('"');
        var end = text.LastIndexOf('"');
        return start >= 0 && end > start ? text.Substring(start + 1, end - start - 1) : text;
    }

    private static IOperation? FirstArgument(IInvocationOperation invocation)
        => invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
}
