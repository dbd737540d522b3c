using System;
using System.IO;
using ProviderLockin.DocGen;

// Writes every derived file under the repository root (the current folder, or the one given) and lists what changed.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(root, "rules.md")))
{
    Console.Error.WriteLine($"{root} is not the repository root (no rules.md); run from the root or pass it.");
    return 2;
}

var changed = 0;
foreach (var (path, content) in DocGenerator.Generate(root))
{
    var full = Path.Combine(root, path);
    if (!File.Exists(full) || File.ReadAllText(full) != content)
    {
        File.WriteAllText(full, content);
        Console.WriteLine("wrote " + path);
        changed++;
    }
}

Console.WriteLine(changed == 0 ? "derived docs are up to date" : $"{changed} file(s) written");
return 0;
