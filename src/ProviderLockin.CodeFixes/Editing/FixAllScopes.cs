using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProviderLockin.CodeFixes.Editing;

/// <summary>The scopes the package's own Fix All providers support, and the documents a Fix All run covers.</summary>
internal static class FixAllScopes
{
    public static IEnumerable<FixAllScope> Supported { get; } = new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public static IReadOnlyList<Document> DocumentsOf(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is not null => new[] { context.Document },
        FixAllScope.Project => context.Project.Documents.ToArray(),
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
        _ => Array.Empty<Document>(),
    };
}
