using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ProviderLockin.Cli.Loading;

/// <summary>The project files a .sln or .slnx lists (full paths), read from the file itself.</summary>
internal static class SolutionFile
{
    private static readonly Regex SlnProject = new(@"^Project\(""\{[^}]+\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+\.[a-z]+proj)""", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<string> ProjectPaths(string solution)
    {
        var folder = Path.GetDirectoryName(solution) ?? string.Empty;
        try
        {
            var relative = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                ? XDocument.Load(solution).Descendants("Project").Select(p => (string?)p.Attribute("Path")).OfType<string>().ToList()
                : SlnProject.Matches(File.ReadAllText(solution)).Select(m => m.Groups["path"].Value).ToList();
            return relative.Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', Path.DirectorySeparatorChar)))).ToList();
        }
        catch (Exception exception) when (exception is IOException or System.Xml.XmlException or RegexMatchTimeoutException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }
}
