using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using ProviderLockin.Analyzers.Configuration;
using ProviderLockin.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ProviderLockin.Analyzers.Tests.Mechanisms;

/// <summary>The one options reader, as the analyzer and the fixes use it.</summary>
public class OptionsReaderTests
{
    /// <summary>A valid value other than the default for every key: a new key without one fails here.</summary>
    private static readonly Dictionary<string, string> NonDefault = new(StringComparer.Ordinal)
    {
        [OptionKeys.AbstractionLayer] = "true",
        [OptionKeys.AbstractionNamespaces] = "Shop.Ai.Providers",
        [OptionKeys.AdditionalSdkNamespaces] = "Contoso.LlmGateway",
        [OptionKeys.AdditionalEndpoints] = "llm.contoso.com",
        [OptionKeys.ModelIdPatterns] = "contoso-llm-\\d+",
        [OptionKeys.CallDepth] = "2",
        [OptionKeys.MaxCallsPerLoop] = "25",
        [OptionKeys.ThrottleMethods] = "Contoso.Throttle.WaitTurnAsync",
        [OptionKeys.AdaptersAreAbstraction] = "false",
        [OptionKeys.FallbackTypes] = "Contoso.Ai.SwitchingChatClient",
        [OptionKeys.TelemetryMethods] = "Contoso.Ai.AuditExtensions.UseAuditTrail",
        [OptionKeys.ModelCatalogDate] = "2027-03-01",
    };

    /// <summary>
    /// Each key, set alone, changes what the reader returns: no hand-written "everything is default" shortcut can leave a
    /// key out (one used to, and a new key would have been read as its default).
    /// </summary>
    [Fact]
    public void Every_key_set_alone_changes_the_options_read()
    {
        Assert.Equal(OptionKeys.All.OrderBy(k => k), NonDefault.Keys.OrderBy(k => k));
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        foreach (var key in OptionKeys.All)
        {
            var reader = new OptionsReader(new DictionaryConfigOptions(new Dictionary<string, string> { [key] = NonDefault[key] }));
            var read = reader.For(tree);
            Assert.Empty(reader.Problems);
            Assert.False(SameValues(read, FileOptions.Default), key + " set alone was read as the defaults");
        }
    }

    private static bool SameValues(FileOptions left, FileOptions right)
    {
        foreach (var property in typeof(FileOptions).GetProperties())
        {
            var (a, b) = (property.GetValue(left), property.GetValue(right));
            if (a is IEnumerable first && b is IEnumerable second && a is not string)
            {
                if (!first.Cast<object>().SequenceEqual(second.Cast<object>()))
                {
                    return false;
                }
            }
            else if (!Equals(a, b))
            {
                return false;
            }
        }

        return true;
    }
}
