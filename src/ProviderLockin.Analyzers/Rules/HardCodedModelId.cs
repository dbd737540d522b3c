using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2002: a string that is a model ID (the whole value has a provider's model-ID shape) used as a model choice: a
/// <c>model</c> / <c>modelId</c> / <c>deploymentName</c> argument, a <c>Model</c> / <c>ModelId</c> property,
/// a configuration fallback (<c>config["AI:Model"] ?? "gpt-4o"</c>), or an SDK model-name constant. Values in the
/// abstraction layer and in classes named *Options, *Settings or *Configuration (configuration defaults) are not reported.
/// </summary>
internal static class HardCodedModelId
{
    /// <summary>A model ID as the value of a model key in a Prompty file's front matter.</summary>
    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file, AnalysisSession session)
    {
        if (file.IsAbstractionLayer)
        {
            return;
        }

        var patterns = session.Options.For(file.File).ModelIdPatterns;
        foreach (var (value, location) in file.FrontMatterModels)
        {
            if (ModelIds.TryGetProvider(value, patterns, out var provider))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardCodedModelId, location, DiagnosticProperties.Describe(Descriptors.HardCodedModelId, null, new object[] { value, provider }), value, provider));
            }
        }
    }

    private static readonly string[] ModelParameterNames = { "model", "modelId", "modelName", "defaultModel", "defaultModelId", "deploymentName", "deployment", "deploymentId", "azureDeployment" };

    private static readonly string[] ModelPropertyNames = { "Model", "ModelId", "ModelName", "DefaultModelId", "DeploymentName" };

    private static readonly int ShortestName = ModelParameterNames.Concat(ModelPropertyNames).Min(n => n.Length);

    private static readonly int LongestName = ModelParameterNames.Concat(ModelPropertyNames).Max(n => n.Length);

    private static readonly string FirstLetters = new(ModelParameterNames.Concat(ModelPropertyNames).Select(n => char.ToLowerInvariant(n[0])).Distinct().ToArray());

    /// <summary><c>_model</c>, <c>m_deploymentName</c>, <c>modelId</c>: a field named like a model parameter, its prefix aside.</summary>
    private static bool IsModelFieldName(string name)
    {
        var start = name.StartsWith("m_", StringComparison.Ordinal) || name.StartsWith("s_", StringComparison.Ordinal) ? 2 : 0;
        while (start < name.Length && name[start] == '_')
        {
            start++;
        }

        var length = name.Length - start;
        if (length < ShortestName || length > LongestName)
        {
            return false;
        }

        foreach (var candidate in ModelParameterNames)
        {
            if (candidate.Length == length && string.Compare(name, start, candidate, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly NamespaceName ConfigurationNamespace = NamespaceName.Parse("Microsoft.Extensions.Configuration");

    /// <summary>
    /// The calls <see cref="Analyze"/> reads model IDs from: a model parameter, a JSON request body, a dictionary's
    /// <c>Add</c>, a configuration default.
    /// </summary>
    public static bool LooksAtCallsTo(IMethodSymbol target, bool isConstruction, AnalysisSession session)
        => HasModelParameter(target) || IsJsonBodyFactory(target.ContainingType)
           || !isConstruction && (target.Name == "Add" && target.Parameters.Length == 2
                                  || target.Name == "GetValue" && ConfigurationNamespace.Contains(target.ContainingNamespace));

    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        var operation = context.Operation;
        List<IOperation>? values = null;
        // By kind, not by interface type: this runs for every call and member reference of the compilation.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                AddModelArguments(invocation.Arguments, ref values);
                if (IsJsonBodyFactory(invocation.TargetMethod.ContainingType))
                {
                    ReportJsonModelIds(context, session, invocation.Arguments);
                }


                // A request body as a dictionary: { "model", "gpt-4o" } or body.Add("model", "gpt-4o").
                if (invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 2 && IsModelKey(invocation.Arguments))
                {
                    (values ??= new List<IOperation>()).Add(invocation.Arguments[1].Value);
                }

                if (invocation.TargetMethod.Name == "GetValue" && ConfigurationNamespace.Contains(invocation.TargetMethod.ContainingNamespace))
                {
                    AddArgument(invocation.Arguments, "defaultValue", ref values);
                }

                break;
            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                AddModelArguments(creation.Arguments, ref values);
                if (IsJsonBodyFactory(creation.Type as INamedTypeSymbol))
                {
                    ReportJsonModelIds(context, session, creation.Arguments);
                }

                break;
            case OperationKind.PropertyReference when PromptLocator.AssignedValue(operation) is { } assigned:
                var property = ((IPropertyReferenceOperation)operation).Property;

                // ModelId = "...", a request body's new { model = "..." } (JSON's lower case), body["model"] = "...".
                if (IsOneOf(property.Name, ModelPropertyNames, property.ContainingType.IsAnonymousType ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    || property.IsIndexer && IsModelKey(((IPropertyReferenceOperation)operation).Arguments))
                {
                    (values ??= new List<IOperation>()).Add(assigned);
                }

                break;
            case OperationKind.FieldReference when PromptLocator.AssignedValue(operation) is { } assignedToField
                && IsModelFieldName(((IFieldReferenceOperation)operation).Field.Name):
                // _model = string.IsNullOrWhiteSpace(model) ? "claude-3-5-haiku-latest" : model; (a service's own field)
                (values ??= new List<IOperation>()).Add(assignedToField);
                break;
            case OperationKind.PropertyReference:
            case OperationKind.FieldReference:
                var member = (IMemberReferenceOperation)operation;
                if (IsSdkModelConstant(member, session.Catalog, out var provider))
                {
                    if (session.On.ModelIds && !IsExempt(context, session))
                    {
                        AnalysisSession.Report(context, Descriptors.HardCodedModelId, SyntaxLocations.MemberName(member.Syntax),
                            member.Member.ContainingType.Name + "." + member.Member.Name, provider);
                    }

                    if (session.On.RetiredModels)
                    {
                        RetiredModelId.CheckSdkConstant(context, session, member.Member, SyntaxLocations.MemberName(member.Syntax));
                    }
                }

                return;
            case OperationKind.Coalesce when IsConfigurationLookup(((ICoalesceOperation)operation).Value):
                (values ??= new List<IOperation>()).Add(((ICoalesceOperation)operation).WhenNull);
                break;
        }

        if (values is null)
        {
            return;
        }

        // PLA2002 leaves the abstraction layer and configuration classes alone; PLA2006 does not: a retired ID breaks there too.
        var on = session.On;
        var choiceRule = on.ModelIds && !IsExempt(context, session);
        if (!choiceRule && !on.RetiredModels)
        {
            return;
        }

        var patterns = session.Options.For(operation.Syntax.SyntaxTree).ModelIdPatterns;
        var sources = new List<StringSource>();
        foreach (var value in values)
        {
            StringFlow.CollectSources(value, sources);
        }

        foreach (var source in sources)
        {
            if (source.ConstantValue is not { } text)
            {
                continue;
            }

            var location = source.ReportAt ?? source.Syntax.GetLocation();

            // A constant declared in source is judged where it is declared (RetiredModelId.AnalyzeInitializer), once.
            if (on.RetiredModels && source.ConstantMember is not { DeclaringSyntaxReferences.Length: > 0 })
            {
                RetiredModelId.CheckModelChoice(context, session, text, location);
            }

            // An SDK's model constant is reported where it is named, as such; a constant of the team's configuration class
            // (the "Move model ID to configuration" fix creates one) or of the abstraction layer is the intended home.
            if (!choiceRule
                || source.ConstantMember is { } constant
                && (session.Catalog.TryGetProvider(constant.ContainingType, out _) || IsConfigurationType(constant.ContainingType)
                    || constant.DeclaringSyntaxReferences.Length > 0 && session.Layer.Contains(constant, constant.DeclaringSyntaxReferences[0].SyntaxTree)))
            {
                continue;
            }

            if (ModelIds.TryGetProvider(text, patterns, out var provider) && context.TryClaim(RuleIdentifiers.HardCodedModelId, location))
            {
                AnalysisSession.Report(context, Descriptors.HardCodedModelId, location, text, provider);
            }
        }
    }

    private static bool IsExempt(RuleContext context, AnalysisSession session)
        => IsConfigurationType(context.ContainingSymbol as INamedTypeSymbol ?? context.ContainingSymbol.ContainingType)
           || session.Layer.Contains(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree);

    /// <summary>A class named *Options, *Settings or *Configuration (or nested in one): its values are configuration defaults.</summary>
    private static bool IsConfigurationType(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var name = current.Name;
            if (name.EndsWith("Options", StringComparison.Ordinal) || name.EndsWith("Settings", StringComparison.Ordinal)
                || name.EndsWith("Configuration", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddModelArguments(ImmutableArray<IArgumentOperation> arguments, ref List<IOperation>? values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && IsModelParameter(parameter))
            {
                (values ??= new List<IOperation>()).Add(argument.Value);
            }
        }
    }

    private static bool HasModelParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (IsModelParameter(parameter))
            {
                return true;
            }
        }

        return false;
    }

    // The name first: it is a stored string, while Type builds a symbol wrapper on every access.
    private static bool IsModelParameter(IParameterSymbol parameter)
        => IsOneOf(parameter.Name, ModelParameterNames, StringComparison.OrdinalIgnoreCase) && parameter.Type.SpecialType == SpecialType.System_String;

    /// <summary>The first argument is the constant key "model" (any case) or another model parameter name.</summary>
    private static bool IsModelKey(ImmutableArray<IArgumentOperation> arguments)
        => arguments.Length > 0
           && arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
           && IsOneOf(key, ModelParameterNames, StringComparison.OrdinalIgnoreCase);

    /// <summary>Where request bodies are made from JSON text: BinaryData, BinaryContent, StringContent, JsonNode / JsonDocument.</summary>
    private static bool IsJsonBodyFactory(INamedTypeSymbol? type)
        => type?.Name is "BinaryData" or "BinaryContent" or "StringContent" or "JsonNode" or "JsonDocument" or "JsonObject";

    /// <summary>
    /// <c>"model": "gpt-4o"</c> in JSON text written into a request body (a raw UTF-8 literal given to
    /// <c>BinaryData.FromBytes</c>, a string given to <c>new StringContent</c>): reported on the value inside the string.
    /// </summary>
    private static void ReportJsonModelIds(RuleContext context, AnalysisSession session, ImmutableArray<IArgumentOperation> arguments)
    {
        var choiceRule = session.On.ModelIds && !IsExempt(context, session);
        if (arguments.IsEmpty || !choiceRule && !session.On.RetiredModels)
        {
            return;
        }

        var patterns = session.Options.For(context.Operation.Syntax.SyntaxTree).ModelIdPatterns;
        foreach (var argument in arguments)
        {
            foreach (var token in argument.Syntax.DescendantTokens())
            {
                if (!PromptLocator.IsStringToken(token) || token.Text.IndexOf("model", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (var (start, length) in JsonModelValues(token.Text))
                {
                    var value = token.Text.Substring(start, length);
                    var location = Location.Create(token.SyntaxTree!, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + start, length));
                    if (session.On.RetiredModels)
                    {
                        RetiredModelId.CheckModelChoice(context, session, value, location);
                    }

                    if (choiceRule && ModelIds.TryGetProvider(value, patterns, out var provider))
                    {
                        if (context.TryClaim(RuleIdentifiers.HardCodedModelId, location))
                        {
                            AnalysisSession.Report(context, Descriptors.HardCodedModelId, location, value, provider);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The values of <c>"model"</c> keys in JSON text as written (quotes possibly escaped): start and length in the text.</summary>
    private static IEnumerable<(int Start, int Length)> JsonModelValues(string text)
    {
        for (var at = text.IndexOf("model", StringComparison.Ordinal); at >= 0; at = text.IndexOf("model", at + 5, StringComparison.Ordinal))
        {
            // The key itself: "model" or \"model\" (not "modelName", not prose).
            if (at == 0 || text[at - 1] != '"' || at + 5 >= text.Length || text[at + 5] is not ('"' or '\\'))
            {
                continue;
            }

            var i = at + 5;
            while (i < text.Length && text[i] is '"' or '\\' or ' ' or '\t' or '\r' or '\n')
            {
                i++;
            }

            if (i >= text.Length || text[i] != ':')
            {
                continue;
            }

            i++;
            while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n' or '\\' or '"')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && text[i] is not ('"' or '\\' or ',' or '}' or ' ' or '\r' or '\n'))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i - start);
            }
        }
    }

    private static void AddArgument(ImmutableArray<IArgumentOperation> arguments, string parameterName, ref List<IOperation>? values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                (values ??= new List<IOperation>()).Add(argument.Value);
            }
        }
    }

    /// <summary>Community SDKs' <c>Models.Gpt_4o</c>, <c>AnthropicModels.Claude46Sonnet</c>, the official Anthropic <c>Model</c> enum.</summary>
    private static bool IsSdkModelConstant(IMemberReferenceOperation reference, ProviderCatalog catalog, out string provider)
    {
        provider = string.Empty;
        var member = reference.Member;
        var type = member.ContainingType;
        if (!member.IsStatic || reference is not (IFieldReferenceOperation or IPropertyReferenceOperation)
            || PromptLocator.AssignedValue(reference) is not null
            || type.Name.IndexOf("Model", StringComparison.Ordinal) < 0
            || !catalog.TryGetProvider(type, out var owner))
        {
            return false;
        }

        var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
        if (memberType.SpecialType == SpecialType.System_String || type.TypeKind == TypeKind.Enum
            || SymbolEqualityComparer.Default.Equals(memberType, type))
        {
            provider = owner.Sdk.Provider;
            return true;
        }

        return false;
    }

    /// <summary><c>config["AI:Model"]</c>, <c>section.Value</c>, <c>config.GetValue&lt;string&gt;(...)</c>, <c>Environment.GetEnvironmentVariable(...)</c>.</summary>
    private static bool IsConfigurationLookup(IOperation value)
    {
        var lookup = StringFlow.SkipImplicitConversions(value);
        var member = lookup switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };

        if (member is null)
        {
            return false;
        }

        return ConfigurationNamespace.Contains(member.ContainingNamespace)
            || member.Name == "GetEnvironmentVariable" && member.ContainingType?.Name == "Environment";
    }

    /// <summary>
    /// Runs for every argument and property assignment of the compilation: reject by length and first letter before
    /// comparing, with the bounds taken from the candidates themselves.
    /// </summary>
    private static bool IsOneOf(string name, string[] candidates, StringComparison comparison)
    {
        if (name.Length < ShortestName || name.Length > LongestName || FirstLetters.IndexOf(char.ToLowerInvariant(name[0])) < 0)
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (string.Equals(name, candidate, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
