using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProviderLockin.Analyzers.Analysis;
using ProviderLockin.Analyzers.Catalog;
using ProviderLockin.Analyzers.Diagnostics;

namespace ProviderLockin.Analyzers.Rules;

/// <summary>
/// PLA1002: a provider SDK client type in a field, property, event, parameter, return type, base type or generic
/// argument of a declaration outside the abstraction layer. Locals are not signatures; request/response types are not clients.
/// </summary>
internal static class ProviderClientTypeInSignature
{
    public static readonly ImmutableArray<SymbolKind> SymbolKinds = ImmutableArray.Create(
        SymbolKind.Field, SymbolKind.Property, SymbolKind.Event, SymbolKind.Method, SymbolKind.NamedType);

    public static void Analyze(SymbolAnalysisContext context, AnalysisSession session)
    {
        var symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared)
        {
            return;
        }

        switch (symbol)
        {
            case IFieldSymbol field when MentionsClient(field.Type, session.Catalog, 0):
                foreach (var reference in field.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration })
                    {
                        Check(context, session, field, field.Type, declaration.Type, field.Name);
                    }
                }

                break;

            case IPropertySymbol property:
                foreach (var reference in MentionsClient(property.Type, session.Catalog, 0) && !IsForcedBySignatureElsewhere(property) ? property.DeclaringSyntaxReferences : ImmutableArray<SyntaxReference>.Empty)
                {
                    // Positional record members are reported on their parameter.
                    if (reference.GetSyntax(context.CancellationToken) is BasePropertyDeclarationSyntax declaration)
                    {
                        Check(context, session, property, property.Type, declaration.Type, property.Name);
                    }
                }

                CheckParameters(context, session, property, property.Parameters);
                break;

            case IEventSymbol @event when MentionsClient(@event.Type, session.Catalog, 0) && !IsForcedBySignatureElsewhere(@event):
                foreach (var reference in @event.DeclaringSyntaxReferences)
                {
                    var typeSyntax = reference.GetSyntax(context.CancellationToken) switch
                    {
                        EventDeclarationSyntax declaration => declaration.Type,
                        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                        _ => null,
                    };

                    if (typeSyntax is not null)
                    {
                        Check(context, session, @event, @event.Type, typeSyntax, @event.Name);
                    }
                }

                break;

            case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion:
                foreach (var reference in MentionsClient(method.ReturnType, session.Catalog, 0) && !IsForcedBySignatureElsewhere(method) ? method.DeclaringSyntaxReferences : ImmutableArray<SyntaxReference>.Empty)
                {
                    var returnType = reference.GetSyntax(context.CancellationToken) switch
                    {
                        MethodDeclarationSyntax declaration => declaration.ReturnType,
                        OperatorDeclarationSyntax declaration => declaration.ReturnType,
                        ConversionOperatorDeclarationSyntax declaration => declaration.Type,
                        _ => null,
                    };

                    if (returnType is not null)
                    {
                        Check(context, session, method, method.ReturnType, returnType, method.Name);
                    }
                }

                CheckParameters(context, session, method, method.Parameters);
                break;

            case INamedTypeSymbol type:
                CheckBaseList(context, session, type);
                if (type.DelegateInvokeMethod is { } invoke)
                {
                    foreach (var reference in MentionsClient(invoke.ReturnType, session.Catalog, 0) ? type.DeclaringSyntaxReferences : ImmutableArray<SyntaxReference>.Empty)
                    {
                        if (reference.GetSyntax(context.CancellationToken) is DelegateDeclarationSyntax declaration)
                        {
                            Check(context, session, type, invoke.ReturnType, declaration.ReturnType, type.Name);
                        }
                    }

                    CheckParameters(context, session, type, invoke.Parameters);
                }

                break;
        }
    }

    /// <summary>
    /// An explicitly typed lambda parameter: a minimal-API handler (<c>app.MapPost("/chat", (ResponsesClient client, ...) =&gt;
    /// ...)</c>) asks the container for the SDK client as a parameter, like a constructor does. Lambdas are not symbols the
    /// symbol action sees, so their operation is looked at.
    /// </summary>
    public static void AnalyzeLambda(RuleContext context, AnalysisSession session)
    {
        // Only a parameter written with its type asks for one (o => o.Total, (a, b) => ... name none): read from the syntax
        // before any parameter symbol is.
        if (context.Operation is not IAnonymousFunctionOperation { Symbol: var lambda } lambdaOperation || !HasTypedParameter(lambdaOperation.Syntax))
        {
            return;
        }

        // Most lambdas take no provider type; the abstraction layer is asked only about those that do.
        var inLayer = (bool?)null;
        foreach (var parameter in lambda.Parameters)
        {
            if (!MentionsClient(parameter.Type, session.Catalog, 0)
                || (inLayer ??= session.Layer.Contains(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree)))
            {
                continue;
            }

            foreach (var reference in parameter.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is ParameterSyntax { Type: { } typeSyntax })
                {
                    var clients = new List<ProviderType>(1);
                    CollectClients(parameter.Type, session.Catalog, clients, 0);
                    ReportOccurrences(context.IsGeneratedCode, context.ReportDiagnostic, typeSyntax, clients, parameter.Name);
                }
            }
        }
    }

    private static bool HasTypedParameter(SyntaxNode lambda)
    {
        if (lambda is not ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: var parameters })
        {
            // x => ..., delegate { ... } and delegate (T x) { ... }: only the last names a type.
            return lambda is AnonymousMethodExpressionSyntax { ParameterList: not null };
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Type is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Overrides and explicit interface implementations repeat a signature declared elsewhere; that one is reported. Asked
    /// only once a member names a client: reading its overrides and implementations costs more than reading its types.
    /// </summary>
    private static bool IsForcedBySignatureElsewhere(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty,
        IPropertySymbol property => property.IsOverride || !property.ExplicitInterfaceImplementations.IsEmpty,
        IEventSymbol @event => @event.IsOverride || !@event.ExplicitInterfaceImplementations.IsEmpty,
        _ => false,
    };

    private static void CheckParameters(SymbolAnalysisContext context, AnalysisSession session, ISymbol owner, ImmutableArray<IParameterSymbol> parameters)
    {
        var forced = (bool?)null;
        foreach (var parameter in parameters)
        {
            // Declaring syntax is looked up only for the rare parameter that names a client.
            if (!MentionsClient(parameter.Type, session.Catalog, 0) || (forced ??= IsForcedBySignatureElsewhere(owner)))
            {
                continue;
            }

            foreach (var reference in parameter.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is ParameterSyntax { Type: { } typeSyntax })
                {
                    Check(context, session, parameter, parameter.Type, typeSyntax, parameter.Name);
                }
            }
        }
    }

    private static bool MentionsClientInBaseList(INamedTypeSymbol type, ProviderCatalog catalog)
    {
        if (type.BaseType is { } baseType && MentionsClient(baseType, catalog, 0))
        {
            return true;
        }

        foreach (var implemented in type.Interfaces)
        {
            if (MentionsClient(implemented, catalog, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckBaseList(SymbolAnalysisContext context, AnalysisSession session, INamedTypeSymbol type)
    {
        // Most types derive from nothing of a provider's: answered before any list of clients is built.
        if (!MentionsClientInBaseList(type, session.Catalog))
        {
            return;
        }

        var clients = new List<ProviderType>();
        if (type.BaseType is { } baseType)
        {
            CollectClients(baseType, session.Catalog, clients, 0);
        }

        foreach (var implemented in type.Interfaces)
        {
            CollectClients(implemented, session.Catalog, clients, 0);
        }

        if (clients.Count == 0)
        {
            return;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not BaseTypeDeclarationSyntax { BaseList: { } baseList } declaration
                || session.Layer.Contains(type, declaration.SyntaxTree))
            {
                continue;
            }

            foreach (var baseTypeSyntax in baseList.Types)
            {
                ReportOccurrences(context.IsGeneratedCode, context.ReportDiagnostic, baseTypeSyntax.Type, clients, type.Name);
            }
        }
    }

    private static void Check(SymbolAnalysisContext context, AnalysisSession session, ISymbol declared, ITypeSymbol type, TypeSyntax typeSyntax, string name)
    {
        var clients = new List<ProviderType>(0);
        CollectClients(type, session.Catalog, clients, 0);
        if (clients.Count == 0 || session.Layer.Contains(declared is IParameterSymbol ? declared.ContainingSymbol : declared, typeSyntax.SyntaxTree))
        {
            return;
        }

        ReportOccurrences(context.IsGeneratedCode, context.ReportDiagnostic, typeSyntax, clients, name);
    }

    private static void ReportOccurrences(bool isGeneratedCode, System.Action<Diagnostic> report, TypeSyntax typeSyntax, List<ProviderType> clients, string name)
    {
        var occurrence = new Dictionary<string, int>();
        foreach (var client in clients)
        {
            occurrence.TryGetValue(client.Type.Name, out var index);
            occurrence[client.Type.Name] = index + 1;

            var location = SyntaxLocations.NamedPart(typeSyntax, client.Type.Name, index).GetLocation();
            if (!GeneratedCode.IsReportable(isGeneratedCode, location))
            {
                continue;
            }

            var arguments = new object[] { name, client.Sdk.Provider, client.Type.Name, client.SuggestedAbstraction };
            report(Diagnostic.Create(
                Descriptors.ProviderClientTypeInSignature, location, DiagnosticProperties.Describe(Descriptors.ProviderClientTypeInSignature, null, arguments), arguments));
        }
    }

    /// <summary>Does the type name a client anywhere (itself, type arguments, array elements)? Allocation-free pre-check.</summary>
    private static bool MentionsClient(ITypeSymbol type, ProviderCatalog catalog, int depth)
    {
        // string, int, void, object, type parameters: most of any signature, and never a client.
        if (depth > 16 || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.TypeParameter or TypeKind.Error or TypeKind.Dynamic)
        {
            return false;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return MentionsClient(array.ElementType, catalog, depth + 1);
            case IPointerTypeSymbol pointer:
                return MentionsClient(pointer.PointedAtType, catalog, depth + 1);
            case INamedTypeSymbol named:
                if (catalog.TryGetClient(named, out _))
                {
                    return true;
                }

                if (named.IsGenericType)
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        if (MentionsClient(argument, catalog, depth + 1))
                        {
                            return true;
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Client types named anywhere in a type: itself, its type arguments, array elements.</summary>
    private static void CollectClients(ITypeSymbol type, ProviderCatalog catalog, List<ProviderType> found, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                CollectClients(array.ElementType, catalog, found, depth + 1);
                break;
            case IPointerTypeSymbol pointer:
                CollectClients(pointer.PointedAtType, catalog, found, depth + 1);
                break;
            case INamedTypeSymbol named:
                if (catalog.TryGetClient(named, out var client))
                {
                    found.Add(client);
                }

                foreach (var argument in named.TypeArguments)
                {
                    CollectClients(argument, catalog, found, depth + 1);
                }

                break;
        }
    }
}
