using System.IO;
using ProviderLockin.Analyzers.Tests.Infrastructure;

namespace ProviderLockin.Analyzers.Tests.Robustness;

/// <summary>
/// The counts docs/reliability.md quotes: each robustness test writes one line to
/// artifacts/test-results/robustness/&lt;section&gt;.txt, so the numbers come from a real run, not from memory.
/// </summary>
internal static class RobustnessReport
{
    public static void Record(string section, string line)
    {
        var folder = Path.Combine(TestReferences.RepositoryRoot, "artifacts", "test-results", "robustness");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, section.Replace(' ', '-').ToLowerInvariant() + ".txt"), line + "\n");
    }
}
