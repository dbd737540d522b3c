using System;
using System.IO;

namespace ProviderLockin.Analyzers.Analysis;

/// <summary><c>appsettings*.json</c> files the package gives the compiler as AdditionalFiles (model choices, provider base URLs).</summary>
internal static class SettingsFiles
{
    public static bool IsSettingsFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }
}
