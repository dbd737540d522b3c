using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA2006: a model ID the catalogue (<see cref="ModelLifecycle"/>) lists as retired (Warning: calls fail) or deprecated
/// (Info: calls work until the shutdown date). It sees every model-ID form PLA2002 sees (<see cref="HardCodedModelId"/>
/// hands it each value), plus string constants and initializers and model keys in Prompty front matter and
/// <c>appsettings*.json</c>, and, unlike PLA2002, inside the abstraction layer and configuration classes: a retired ID
/// breaks there too.
/// </summary>
internal static class RetiredModelId
{
    /// <summary>A value in a model position (a model argument, property, request-body key or configuration fallback).</summary>
    public static void CheckModelChoice(RuleContext context, AnalysisSession session, string value, Location location)
    {
        var day = DayFor(session, context.Operation.Syntax.SyntaxTree);
        if (session.Models.TryFind(value, out var entry) && entry.StatusOn(day) != ModelStatus.Current
            && context.TryClaim(RuleIdentifiers.RetiredModelId, location))
        {
            AnalysisSession.Report(context, Create(session.Models, entry, value, location, day));
        }
    }

    /// <summary>
    /// An SDK's model constant: a string constant's value, or an enum member named after the ID it stands for
    /// (Anthropic's <c>Model.ClaudeSonnet4_5_20250929</c> is <c>claude-sonnet-4-5-20250929</c> on the wire).
    /// </summary>
    public static void CheckSdkConstant(RuleContext context, AnalysisSession session, ISymbol member, Location location)
    {
        if (member is IFieldSymbol { ConstantValue: string value })
        {
            CheckModelChoice(context, session, value, location);
        }
        else if (member is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } enumMember && IdFromMemberName(enumMember.Name) is { } id)
        {
            var day = DayFor(session, context.Operation.Syntax.SyntaxTree);
            if (session.Models.TryFind(id, out var entry) && entry.StatusOn(day) != ModelStatus.Current
                && context.TryClaim(RuleIdentifiers.RetiredModelId, location))
            {
                AnalysisSession.Report(context, Create(session.Models, entry, id, location, day));
            }
        }
    }

    /// <summary><c>ClaudeSonnet4_5_20250929</c> → <c>claude-sonnet-4-5-20250929</c>: words and numbers, lower case, joined by dashes.</summary>
    private static string? IdFromMemberName(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }

                continue;
            }

            var boundary = i > 0 && name[i - 1] != '_'
                && (char.IsUpper(c) || char.IsDigit(c) != char.IsDigit(name[i - 1]));
            if (boundary && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.Length is > 2 and < 100 ? builder.ToString() : null;
    }

    /// <summary>
    /// <c>const string ChatModel = "gpt-4-32k";</c>, <c>public string Model { get; set; } = "claude-2.1";</c>: a constant or
    /// default that the model choices elsewhere read. A built-in entry needs the value to have a model-ID shape, so a
    /// word like "ada" in an unrelated constant is not taken for OpenAI's retired model.
    /// </summary>
    public static void AnalyzeInitializer(RuleContext context, AnalysisSession session)
    {
        var value = context.Operation switch
        {
            IFieldInitializerOperation field => field.Value,
            IPropertyInitializerOperation property => property.Value,
            _ => null,
        };

        if (StringFlow.SkipImplicitConversions(value) is not { ConstantValue: { HasValue: true, Value: string text } } literal
            || text.Length < 2 || text.Length > 256 || !ModelLifecycle.MayBeModelId(text)
            || !session.Models.TryFind(text, out var entry))
        {
            return;
        }

        // A provider SDK's own model constants are judged where code names them (an SDK built from source, as in tests).
        if (ProviderSdk.IsSdkAssembly(session.Compilation.AssemblyName)
            || context.ContainingSymbol.ContainingType is { } owner && session.Catalog.TryGetProvider(owner, out _))
        {
            return;
        }

        var tree = context.Operation.Syntax.SyntaxTree;
        if (entry.Origin == ModelLifecycle.BuiltInOrigin && !ModelIds.TryGetProvider(text, session.Options.For(tree).ModelIdPatterns, out _))
        {
            return;
        }

        var day = DayFor(session, tree);
        var location = literal.Syntax.GetLocation();
        if (entry.StatusOn(day) != ModelStatus.Current && context.TryClaim(RuleIdentifiers.RetiredModelId, location))
        {
            AnalysisSession.Report(context, Create(session.Models, entry, text, location, day));
        }
    }

    /// <summary>The model keys of a Prompty file's front matter, in the abstraction layer too: a retired model breaks wherever it is chosen.</summary>
    public static void AnalyzePromptFile(AdditionalFileAnalysisContext context, PromptFile file, AnalysisSession session)
    {
        var day = session.Options.For(file.File).ModelCatalogDate ?? session.Models.CheckedOn;
        foreach (var (value, location) in file.FrontMatterModels)
        {
            if (session.Models.TryFind(value, out var entry) && entry.StatusOn(day) != ModelStatus.Current)
            {
                context.ReportDiagnostic(Create(session.Models, entry, value, location, day));
            }
        }
    }

    /// <summary>
    /// <c>appsettings*.json</c> given as an AdditionalFile (the package adds them): a value whose key names a model or a
    /// deployment (<c>"ChatModel": "gpt-4-32k"</c>, <c>"DeploymentName": ...</c>). Configuration is the right home for a
    /// model choice, so PLA2002 says nothing here; a retired one still breaks.
    /// </summary>
    public static void AnalyzeSettingsFile(AdditionalFileAnalysisContext context, AnalysisSession session)
    {
        var file = context.AdditionalFile;
        if (!session.On.RetiredModels || !SettingsFiles.IsSettingsFile(file.Path) || file.GetText(context.CancellationToken) is not { Length: > 0 } text)
        {
            return;
        }

        var content = text.ToString();
        var day = session.Options.For(file).ModelCatalogDate ?? session.Models.CheckedOn;
        string? key = null;
        for (var at = content.IndexOf('"'); at >= 0 && at < content.Length; at = content.IndexOf('"', at))
        {
            var end = EndOfString(content, at);
            if (end < 0)
            {
                return;
            }

            var next = end + 1;
            while (next < content.Length && content[next] is ' ' or '\t' or '\r' or '\n')
            {
                next++;
            }

            if (next < content.Length && content[next] == ':')
            {
                key = content.Substring(at + 1, end - at - 1);
            }
            else if (key is not null && NamesModel(key))
            {
                var value = content.Substring(at + 1, end - at - 1);
                if (session.Models.TryFind(value, out var entry) && entry.StatusOn(day) != ModelStatus.Current)
                {
                    var span = new TextSpan(at + 1, value.Length);
                    var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                    context.ReportDiagnostic(Create(session.Models, entry, value, location, day));
                }

                key = null;
            }
            else
            {
                key = null;
            }

            at = end + 1;
        }
    }

    private static DateTime DayFor(AnalysisSession session, SyntaxTree tree)
        => session.Options.For(tree).ModelCatalogDate ?? session.Models.CheckedOn;

    private static Diagnostic Create(ModelLifecycle models, ModelLifecycleEntry entry, string value, Location location, DateTime day)
    {
        var status = entry.StatusOn(day);
        var successor = models.SuccessorOn(entry, day);
        string when;
        if (status == ModelStatus.Retired)
        {
            when = "was retired on " + ModelLifecycle.Format(entry.Retired!.Value) + " (calls to it fail)";
        }
        else if (entry.Retired is not { } retires)
        {
            when = "is deprecated since " + ModelLifecycle.Format(entry.Deprecated!.Value);
        }
        else if (entry.RetiredIsEarliest)
        {
            when = (retires <= day ? "is deprecated and may be shut down any day since " : "is deprecated and will be shut down no earlier than ") + ModelLifecycle.Format(retires);
        }
        else
        {
            when = "is deprecated and retires on " + ModelLifecycle.Format(retires);
        }

        var advice = successor is not null ? "use '" + successor + "' instead"
            : entry.Replacement is { } replacement ? "the provider recommends " + replacement
            : "move to a current model";

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.ModelStatus, status == ModelStatus.Retired ? "retired" : "deprecated")
            .Add(DiagnosticProperties.ModelDate, ModelLifecycle.Format(status == ModelStatus.Retired || entry.Retired is not null ? entry.Retired!.Value : entry.Deprecated!.Value))
            .Add(DiagnosticProperties.CatalogDate, ModelLifecycle.Format(day));
        if (successor is not null)
        {
            properties = properties.Add(DiagnosticProperties.Successor, successor);
        }

        var arguments = new object[] { value, entry.Provider, when, advice };
        return Diagnostic.Create(
            Descriptors.RetiredModelId,
            location,
            status == ModelStatus.Retired ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
            additionalLocations: null,
            DiagnosticProperties.Describe(Descriptors.RetiredModelId, properties, arguments),
            arguments);
    }

    private static bool NamesModel(string key)
        => key.IndexOf("model", StringComparison.OrdinalIgnoreCase) >= 0 || key.IndexOf("deployment", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The index of the quote that closes the JSON string opening at <paramref name="start"/>, or -1.</summary>
    private static int EndOfString(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    return i;
                case '\n':
                    return -1;
            }
        }

        return -1;
    }
}
