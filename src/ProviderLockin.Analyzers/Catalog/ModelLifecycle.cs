using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>Where a model stands on a given day.</summary>
internal enum ModelStatus
{
    Current,

    /// <summary>Announced for retirement, or past the provider's deprecation (legacy) date: calls still work.</summary>
    Deprecated,

    /// <summary>Past the shutdown date: calls fail.</summary>
    Retired,
}

/// <summary>One model ID of the catalogue (or of a user's <c>*.models.json</c>).</summary>
internal sealed class ModelLifecycleEntry
{
    public ModelLifecycleEntry(
        string provider, string id, string? modelVersion, IReadOnlyList<string> aliases, DateTime? deprecated, DateTime? retired,
        string? replacement, string? source, DateTime? checkedOn, string origin, bool retiredIsEarliest = false, int line = 0)
    {
        Line = line;
        RetiredIsEarliest = retiredIsEarliest;
        Provider = provider;
        Id = id;
        ModelVersion = modelVersion;
        Aliases = aliases;
        Deprecated = deprecated;
        Retired = retired;
        Replacement = replacement;
        Source = source;
        CheckedOn = checkedOn;
        Origin = origin;
    }

    public string Provider { get; }

    public string Id { get; }

    /// <summary>Azure OpenAI names a model by name and version; such entries apply only through a user's deployment mapping.</summary>
    public string? ModelVersion { get; }

    public IReadOnlyList<string> Aliases { get; }

    public DateTime? Deprecated { get; }

    public DateTime? Retired { get; }

    /// <summary>The provider gives <see cref="Retired"/> as the earliest shutdown date ("no earlier than"): never judged retired.</summary>
    public bool RetiredIsEarliest { get; }

    /// <summary>The provider's recommended replacement, as the provider words it (one ID, or several in prose).</summary>
    public string? Replacement { get; }

    public string? Source { get; }

    public DateTime? CheckedOn { get; }

    /// <summary>The line of the entry in its file, for messages about it.</summary>
    public int Line { get; }

    /// <summary>"built-in", or the path of the user's file the entry comes from.</summary>
    public string Origin { get; }

    public ModelStatus StatusOn(DateTime day)
    {
        if (Retired is { } retired && retired <= day && !RetiredIsEarliest)
        {
            return ModelStatus.Retired;
        }

        // Before the provider announced it, a model was current; with no announcement date, a shutdown date is the announcement.
        if (Deprecated is { } deprecated)
        {
            return deprecated <= day ? ModelStatus.Deprecated : ModelStatus.Current;
        }

        return Retired is not null ? ModelStatus.Deprecated : ModelStatus.Current;
    }
}

/// <summary>A problem in a <c>*.models.json</c> file, reported as PLA9001 at the line it is on.</summary>
internal readonly struct ModelFileProblem
{
    public ModelFileProblem(string path, int line, string value, string reason)
    {
        Path = path;
        Line = line;
        Value = value;
        Reason = reason;
    }

    public string Path { get; }

    public int Line { get; }

    public string Value { get; }

    public string Reason { get; }

    public Location ToLocation()
    {
        var position = new LinePosition(Math.Max(0, Line - 1), 0);
        return Location.Create(Path, default, new LinePositionSpan(position, position));
    }
}

/// <summary>
/// The model-ID catalogue behind PLA2006: deprecation and retirement dates and the provider's recommended replacement,
/// kept as data in <c>Catalog/ModelLifecycle.json</c> (embedded in the analyzer) with each entry's source page and
/// checked-on date. Users extend or override it with AdditionalFiles named <c>*.models.json</c>. The analyzer never reads
/// the clock: a status is always asked for a given day (the catalogue's own <see cref="CheckedOn"/>, or the day pinned
/// with <c>provider_lockin.model_catalog_date</c>), so builds are deterministic.
/// </summary>
internal sealed class ModelLifecycle
{
    public const string ResourceName = "ProviderLockin.Analyzers.Catalog.ModelLifecycle.json";

    public const string UserFileSuffix = ".models.json";

    public const string BuiltInOrigin = "built-in";

    private static readonly string[] KnownEntryKeys =
    {
        "provider", "id", "modelVersion", "model", "aliases", "deprecated", "retired", "retiredIsEarliest", "replacement", "source", "checkedOn", "note", "seenIn",
    };

    private static readonly string[] KnownTopLevelKeys = { "checkedOn", "about", "notes", "models" };

    private static readonly Lazy<ModelLifecycle> LazyBuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, ModelLifecycleEntry> _byId;

    private ModelLifecycle(DateTime checkedOn, List<ModelLifecycleEntry> entries, IReadOnlyList<ModelFileProblem> problems)
    {
        CheckedOn = checkedOn;
        Entries = entries;
        Problems = problems;
        _byId = new Dictionary<string, ModelLifecycleEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.ModelVersion is not null)
            {
                continue;
            }

            // An ID wins over another entry's alias of the same text; the first entry wins among IDs (OpenAI's own before
            // Azure's copy of it, the Gemini API before Vertex) and among aliases.
            if (!_byId.TryGetValue(entry.Id, out var existing) || existing.Id != entry.Id)
            {
                _byId[entry.Id] = entry;
            }

            foreach (var alias in entry.Aliases)
            {
                if (!_byId.ContainsKey(alias))
                {
                    _byId[alias] = entry;
                }
            }
        }
    }

    /// <summary>The catalogue shipped in the analyzer.</summary>
    public static ModelLifecycle BuiltIn => LazyBuiltIn.Value;

    /// <summary>The day the built-in catalogue was last checked against the providers' pages.</summary>
    public DateTime CheckedOn { get; }

    public IReadOnlyList<ModelLifecycleEntry> Entries { get; }

    /// <summary>Problems found in users' files, reported as PLA9001.</summary>
    public IReadOnlyList<ModelFileProblem> Problems { get; }

    /// <summary>Problems in the built-in catalogue: a test keeps this empty; users never see them.</summary>
    public static IReadOnlyList<ModelFileProblem> BuiltInProblems => LazyBuiltInProblems.Value;

    private static readonly Lazy<IReadOnlyList<ModelFileProblem>> LazyBuiltInProblems = new(() =>
    {
        var problems = new List<ModelFileProblem>();
        Parse(ReadBuiltInText() ?? string.Empty, BuiltInOrigin, builtIn: true, problems, out _);
        return problems;
    });

    public static bool AnyUserFile(System.Collections.Immutable.ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (IsUserFile(file.Path))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsUserFile(string path) => path.EndsWith(UserFileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Finds the entry for a value as code writes it: the ID itself, or an alias; also inside the forms clouds wrap
    /// IDs in (<c>models/gemini-1.5-pro-002</c>, a Bedrock ARN or a cross-region <c>us.</c> inference profile).
    /// </summary>
    /// <summary>
    /// Model IDs, deployment names and ARNs never contain whitespace: a string that does (a prompt, a message) is rejected
    /// before the catalogue is read, so a project whose constants are all prose never loads it.
    /// </summary>
    public static bool MayBeModelId(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool TryFind(string value, out ModelLifecycleEntry entry)
    {
        if (_byId.TryGetValue(value, out entry!))
        {
            return true;
        }

        // Only the wrappers clouds put around a model ID are taken off (a URL that ends in a model name is not one).
        var id = value;
        var slash = value.LastIndexOf('/');
        if (slash >= 0 && slash < value.Length - 1
            && (value.StartsWith("arn:", StringComparison.Ordinal) || value.IndexOf("models/", StringComparison.Ordinal) >= 0))
        {
            id = value.Substring(slash + 1);
            if (_byId.TryGetValue(id, out entry!))
            {
                return true;
            }
        }

        // Bedrock cross-region inference profiles: us.anthropic.claude-..., eu.meta.llama3-...
        var regionless = ModelIds.WithoutBedrockRegion(id);
        if (!ReferenceEquals(regionless, id) && _byId.TryGetValue(regionless, out entry!))
        {
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// What to offer instead of a model that is retired on <paramref name="day"/>: the provider's replacement, followed
    /// while it is itself retired. Null when the replacement is not one model ID (several choices, or advice in prose).
    /// </summary>
    public string? SuccessorOn(ModelLifecycleEntry entry, DateTime day)
    {
        var current = entry;
        for (var step = 0; step < 8; step++)
        {
            var next = current.Replacement;
            if (next is null || !IsSingleModelId(next) || next == entry.Id)
            {
                return null;
            }

            if (!TryFind(next, out var nextEntry) || nextEntry.StatusOn(day) != ModelStatus.Retired)
            {
                return next;
            }

            current = nextEntry;
        }

        return null;
    }

    /// <summary>The built-in catalogue with users' <c>*.models.json</c> files applied; the built-in one when there are none.</summary>
    public static ModelLifecycle WithUserFiles(IEnumerable<AdditionalText> files, CancellationToken cancellationToken)
    {
        List<ModelLifecycleEntry>? entries = null;
        List<ModelFileProblem>? problems = null;
        var builtIn = BuiltIn;
        foreach (var file in files)
        {
            if (!IsUserFile(file.Path))
            {
                continue;
            }

            entries ??= new List<ModelLifecycleEntry>(builtIn.Entries);
            problems ??= new List<ModelFileProblem>();
            var text = file.GetText(cancellationToken)?.ToString();
            if (text is null)
            {
                problems.Add(new ModelFileProblem(file.Path, 1, Path.GetFileName(file.Path), "the file could not be read"));
                continue;
            }

            foreach (var entry in Parse(text, file.Path, builtIn: false, problems, out _))
            {
                entries.RemoveAll(e => e.ModelVersion is null && e.Id == entry.Id);
                entries.Add(entry.ModelVersion is null ? entry : MapDeployment(entry, builtIn, file.Path, problems));
            }
        }

        return entries is null ? builtIn : new ModelLifecycle(builtIn.CheckedOn, entries, problems!);
    }

    /// <summary>
    /// Reads a catalogue; problems are collected, never thrown. The built-in catalogue must name a source and a checked-on
    /// date for every entry; users' files may leave them out.
    /// </summary>
    public static List<ModelLifecycleEntry> Parse(string text, string origin, bool builtIn, List<ModelFileProblem> problems, out DateTime? checkedOn)
    {
        var entries = new List<ModelLifecycleEntry>();
        checkedOn = null;
        if (!JsonText.TryParse(text, out var root, out var error))
        {
            problems.Add(new ModelFileProblem(origin, LineOf(error), Path.GetFileName(origin), "not valid JSON (" + error + ")"));
            return entries;
        }

        if (root is not JsonText.JsonObject document || !document.TryGetValue("models", out var modelsValue) || modelsValue is not List<object?> models)
        {
            problems.Add(new ModelFileProblem(origin, 1, Path.GetFileName(origin), "expected an object with a \"models\" array (see docs/rules/PLA2006.md)"));
            return entries;
        }

        foreach (var key in document.Keys)
        {
            if (Array.IndexOf(KnownTopLevelKeys, key) < 0)
            {
                problems.Add(new ModelFileProblem(origin, document.Line, key, "unknown property; known top-level properties are " + string.Join(", ", KnownTopLevelKeys)));
            }
        }

        checkedOn = ReadDate(document, "checkedOn", origin, problems, required: builtIn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in models)
        {
            if (item is not JsonText.JsonObject model)
            {
                problems.Add(new ModelFileProblem(origin, document.Line, "models", "every item of \"models\" must be an object"));
                continue;
            }

            if (ReadEntry(model, origin, builtIn, problems) is { } entry)
            {
                if (!seen.Add(entry.Provider + "\n" + entry.Id + "\n" + entry.ModelVersion))
                {
                    problems.Add(new ModelFileProblem(origin, model.Line, entry.Id, "listed more than once"));
                    continue;
                }

                entries.Add(entry);
            }
        }

        return entries;
    }

    private static ModelLifecycleEntry? ReadEntry(JsonText.JsonObject model, string origin, bool builtIn, List<ModelFileProblem> problems)
    {
        var id = model.GetString("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new ModelFileProblem(origin, model.Line, "id", "every model needs an \"id\" (the model ID or deployment name code uses)"));
            return null;
        }

        var problemCount = problems.Count;
        foreach (var key in model.Keys)
        {
            if (Array.IndexOf(KnownEntryKeys, key) < 0)
            {
                problems.Add(new ModelFileProblem(origin, model.Line, id + ": " + key, "unknown property; known properties are " + string.Join(", ", KnownEntryKeys)));
            }
        }

        var provider = model.GetString("provider");
        var source = model.GetString("source");
        if (builtIn && string.IsNullOrWhiteSpace(provider))
        {
            problems.Add(new ModelFileProblem(origin, model.Line, id!, "no \"provider\""));
        }

        if (builtIn && (source is null || !source.StartsWith("https://", StringComparison.Ordinal)))
        {
            problems.Add(new ModelFileProblem(origin, model.Line, id!, "no \"source\": every entry names the provider's page (https://...) its dates were read from"));
        }

        var deprecated = ReadDate(model, "deprecated", origin, problems, required: false);
        var retired = ReadDate(model, "retired", origin, problems, required: false);
        var checkedOn = ReadDate(model, "checkedOn", origin, problems, required: builtIn);
        if (deprecated > retired)
        {
            problems.Add(new ModelFileProblem(origin, model.Line, id!, "\"deprecated\" is after \"retired\""));
        }

        var mapsDeployment = model.GetString("model") is not null;
        if (deprecated is null && retired is null && !mapsDeployment && builtIn)
        {
            problems.Add(new ModelFileProblem(origin, model.Line, id!, "neither \"deprecated\" nor \"retired\" is set"));
        }

        var aliases = new List<string>();
        if (model.TryGetValue("aliases", out var aliasValue) && aliasValue is not null)
        {
            if (aliasValue is List<object?> list && list.TrueForAll(a => a is string { Length: > 0 }))
            {
                foreach (var alias in list)
                {
                    aliases.Add((string)alias!);
                }
            }
            else
            {
                problems.Add(new ModelFileProblem(origin, model.Line, id!, "\"aliases\" must be an array of model IDs"));
            }
        }

        foreach (var key in new[] { "replacement", "provider", "source", "modelVersion", "model" })
        {
            if (model.TryGetValue(key, out var value) && value is not null and not string)
            {
                problems.Add(new ModelFileProblem(origin, model.Line, id + ": " + key, "must be a string or null"));
            }
        }

        var earliest = false;
        if (model.TryGetValue("retiredIsEarliest", out var earliestValue) && earliestValue is not null)
        {
            if (earliestValue is bool flag)
            {
                earliest = flag;
            }
            else
            {
                problems.Add(new ModelFileProblem(origin, model.Line, id + ": retiredIsEarliest", "must be true or false"));
            }
        }

        if (problems.Count > problemCount)
        {
            return null;
        }

        // A deployment mapping keeps its target in ModelVersion's place until MapDeployment resolves it.
        var version = builtIn ? model.GetString("modelVersion") : mapsDeployment ? model.GetString("model") + "\n" + model.GetString("modelVersion") : null;
        return new ModelLifecycleEntry(
            provider ?? (mapsDeployment ? "Azure OpenAI" : ModelIds.TryGetProvider(id!, out var shape) ? shape : "your *.models.json"), id!, version, aliases, deprecated, retired,
            model.GetString("replacement"), source, checkedOn, origin, earliest, model.Line);
    }

    /// <summary>
    /// A user entry <c>{ "id": "chat-prod", "model": "gpt-4o", "modelVersion": "2024-08-06" }</c>: the deployment takes
    /// the dates of the built-in Azure OpenAI model version it runs, unless the entry gives its own.
    /// </summary>
    private static ModelLifecycleEntry MapDeployment(ModelLifecycleEntry mapping, ModelLifecycle builtIn, string origin, List<ModelFileProblem> problems)
    {
        var parts = mapping.ModelVersion!.Split('\n');
        foreach (var candidate in builtIn.Entries)
        {
            if (candidate.ModelVersion is not null && candidate.Id == parts[0] && candidate.ModelVersion == parts[1])
            {
                return new ModelLifecycleEntry(
                    candidate.Provider, mapping.Id, null, mapping.Aliases, mapping.Deprecated ?? candidate.Deprecated, mapping.Retired ?? candidate.Retired,
                    mapping.Replacement ?? candidate.Replacement, candidate.Source, candidate.CheckedOn, origin, candidate.RetiredIsEarliest);
            }
        }

        problems.Add(new ModelFileProblem(origin, mapping.Line, mapping.Id, "the catalogue has no Azure OpenAI model '" + parts[0] + "' version '" + parts[1]
            + "'; give \"deprecated\" / \"retired\" dates instead"));
        return new ModelLifecycleEntry(mapping.Provider, mapping.Id, null, mapping.Aliases, mapping.Deprecated, mapping.Retired, mapping.Replacement, mapping.Source, mapping.CheckedOn, origin);
    }

    /// <summary>A date as the catalogue writes it: <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string? text, out DateTime date)
        => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? ReadDate(JsonText.JsonObject json, string key, string origin, List<ModelFileProblem> problems, bool required)
    {
        if (!json.TryGetValue(key, out var value) || value is null)
        {
            if (required)
            {
                problems.Add(new ModelFileProblem(origin, json.Line, json.GetString("id") ?? key, "no \"" + key + "\" date"));
            }

            return null;
        }

        if (value is string text && TryParseDate(text, out var date))
        {
            return date;
        }

        problems.Add(new ModelFileProblem(origin, json.Line, (json.GetString("id") ?? key) + ": " + key, "not a date (expected yyyy-MM-dd, such as 2026-03-31)"));
        return null;
    }

    /// <summary>Single model IDs only: "gpt-4o" yes; "gpt-5 or gpt-4.1", "gpt-4.1 (2025-04-14)" no.</summary>
    private static bool IsSingleModelId(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or ':' or '_' or '@' or '/'))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static int LineOf(string error)
        => error.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(error.Substring(5, error.IndexOf(',') - 5), out var line) ? line : 1;

    private static string? ReadBuiltInText()
    {
        using var stream = typeof(ModelLifecycle).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ModelLifecycle LoadBuiltIn()
    {
        var problems = new List<ModelFileProblem>();
        var text = ReadBuiltInText();
        DateTime? checkedOn = null;
        var entries = text is null ? new List<ModelLifecycleEntry>() : Parse(text, BuiltInOrigin, builtIn: true, problems, out checkedOn);
        return new ModelLifecycle(checkedOn ?? DateTime.MinValue, entries, Array.Empty<ModelFileProblem>());
    }
}
