using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA3003: a loop that sends prompts built from the loop variable and stores the responses (<c>File.Append*</c>,
/// <c>StreamWriter.Write*</c>, <c>JsonSerializer.Serialize*</c> of the accumulated responses, <c>DbSet.Add</c>): the shape
/// of building training data from a model, which providers' terms restrict.
/// </summary>
internal static class ResponseHarvesting
{
    public static void Analyze(RuleContext context, AnalysisSession session)
    {
        if (context.Operation is not ILoopOperation { Syntax: StatementSyntax } loop || loop.Locals.IsEmpty && loop is not IForEachLoopOperation)
        {
            return;
        }

        var options = session.Options.For(loop.Syntax.SyntaxTree);
        if (!IterationPaths.GetLoopFacts(context, loop, session.Calls, options).ContainsLlmCall)
        {
            return;
        }

        var itemLocals = ItemLocals(loop);
        if (itemLocals.Count == 0 || !SendsPromptBuiltFromItem(loop, itemLocals, session, options) || !StoresResults(loop))
        {
            return;
        }

        AnalysisSession.Report(context, Descriptors.ResponseHarvesting, SyntaxLocations.LoopKeyword(loop.Syntax));
    }

    /// <summary>The loop variable and locals of the body computed from it (<c>var prompt = $"... {item}";</c>).</summary>
    private static HashSet<ILocalSymbol> ItemLocals(ILoopOperation loop)
    {
        var locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var local in loop.Locals)
        {
            locals.Add(local);
        }

        if (loop is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation declarator })
        {
            locals.Add(declarator.Symbol);
        }

        foreach (var operation in loop.Body.Descendants())
        {
            if (operation is IVariableDeclaratorOperation { Initializer: { } initializer } derived && References(initializer.Value, locals))
            {
                locals.Add(derived.Symbol);
            }
        }

        return locals;
    }

    private static bool SendsPromptBuiltFromItem(ILoopOperation loop, HashSet<ILocalSymbol> itemLocals, AnalysisSession session, Configuration.FileOptions options)
    {
        foreach (var operation in loop.Body.Descendants())
        {
            if (operation is IInvocationOperation invocation
                && session.Calls.Classify(invocation, options).IsLlmCall
                && References(invocation, itemLocals))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Responses written to storage in the loop, or an accumulator filled in the loop and stored after it.</summary>
    private static bool StoresResults(ILoopOperation loop)
    {
        var accumulators = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in loop.Body.Descendants())
        {
            if (operation is IInvocationOperation invocation)
            {
                if (IsStorageWrite(invocation.TargetMethod))
                {
                    return true;
                }

                if (invocation is { TargetMethod.Name: "Add" or "AddRange", Instance: ILocalReferenceOperation list })
                {
                    accumulators.Add(list.Local);
                }
            }
        }

        if (accumulators.Count == 0)
        {
            return false;
        }

        var root = (IOperation)loop;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var loopEnd = loop.Syntax.Span.End;
        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation invocation && operation.Syntax.SpanStart >= loopEnd
                && IsStorageWrite(invocation.TargetMethod) && References(invocation, accumulators))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStorageWrite(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        // Names first, then the namespace: a type of the project's own called File or DbSet is not the BCL's or EF Core's.
        var name = method.Name;
        switch (type.Name)
        {
            case "File":
                return (name.StartsWith("Append", StringComparison.Ordinal) || name.StartsWith("WriteAll", StringComparison.Ordinal))
                       && Analysis.WellKnownTypes.IsIn(type, SystemIO);
            case "JsonSerializer":
                return name.StartsWith("Serialize", StringComparison.Ordinal) && Analysis.WellKnownTypes.IsIn(type, SystemTextJson);
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "TextWriter" && name.StartsWith("Write", StringComparison.Ordinal) && Analysis.WellKnownTypes.IsIn(current, SystemIO))
            {
                return true;
            }

            if (current.Name == "DbSet" && name.StartsWith("Add", StringComparison.Ordinal) && Analysis.WellKnownTypes.IsIn(current, EntityFrameworkCore))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SystemIO = { "System", "IO" };
    private static readonly string[] SystemTextJson = { "System", "Text", "Json" };
    private static readonly string[] EntityFrameworkCore = { "Microsoft", "EntityFrameworkCore" };

    private static bool References(IOperation root, HashSet<ILocalSymbol> locals)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation reference && locals.Contains(reference.Local))
            {
                return true;
            }
        }

        return false;
    }
}
