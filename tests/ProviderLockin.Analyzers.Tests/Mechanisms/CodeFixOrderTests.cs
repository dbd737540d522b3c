using System;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using ProviderLockin.CodeFixes;
using ProviderLockin.CodeFixes.Fixes;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>
/// `dotnet format` pairs each diagnostic ID with the first code-fix type of the assembly that fixes it, in metadata order
/// (namespace by namespace, then source order). Moving the fixes into feature folders once put "Use IChatClient" first
/// for PLA1001, and `dotnet format --diagnostics PLA1001` rewrote what the sample expects moved into its adapter. The
/// project file keeps the order; this pins it.
/// </summary>
public class CodeFixOrderTests
{
    [Theory]
    [InlineData("PLA1001", typeof(MoveToProviderAdapterFix))]
    [InlineData("PLA2001", typeof(ConvertTranscriptToChatMessagesFix))]
    [InlineData("PLA3001", typeof(CapBatchFix))]
    [InlineData("PLA3002", typeof(CapBatchFix))]
    public void The_fix_dotnet_format_applies_for_an_id_comes_first(string id, Type expected)
    {
        var first = typeof(CodeFixCatalog).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .First(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id));
        Assert.Equal(expected, first);
    }

    [Fact]
    public void Every_fix_class_is_in_one_namespace()
        => Assert.All(
            CodeFixCatalog.CreateAll(),
            fix => Assert.Equal("ProviderLockin.CodeFixes.Fixes", fix.GetType().Namespace));
}
