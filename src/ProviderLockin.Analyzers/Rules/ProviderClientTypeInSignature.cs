using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    /// <summary>
    /// One file's declarations, never their bodies: a member's symbol is asked for only where a type in its signature is
    /// written with a name an SDK declares (or an alias), so the members of ordinary code cost a look at their type syntax.
    /// Reading every member's types through the symbol API instead (a symbol action) was the largest share of this
    /// analyzer's time in concurrent builds, where it also waits for symbols the compiler is still completing.
    /// </summary>
    public static void AnalyzeTree(SemanticModelAnalysisContext context, AnalysisSession session)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (session.Generated.IsSkipped(context.IsGeneratedCode, tree) || tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax root)
        {
            return;
        }

        var walk = new DeclarationWalk(context, session, session.GetSignatureNames(context.CancellationToken));
        walk.VisitMembers(root.Members);
    }

    /// <summary>The declarations of one file and what is needed to judge and report them.</summary>
    private readonly struct DeclarationWalk
    {
        private readonly SemanticModelAnalysisContext _context;
        private readonly AnalysisSession _session;
        private readonly SignatureNames _names;

        public DeclarationWalk(SemanticModelAnalysisContext context, AnalysisSession session, SignatureNames names)
        {
            _context = context;
            _session = session;
            _names = names;
        }

        private SemanticModel Model => _context.SemanticModel;

        private System.Threading.CancellationToken CancellationToken => _context.CancellationToken;

        public void VisitMembers(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                CancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        VisitMembers(ns.Members);
                        break;
                    case TypeDeclarationSyntax type:
                        VisitType(type);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        VisitDelegate(@delegate);
                        break;
                    case BaseFieldDeclarationSyntax field when _names.AnyIn(field.Declaration.Type):
                        VisitFields(field);
                        break;
                    case BasePropertyDeclarationSyntax property:
                        VisitProperty(property);
                        break;
                    case BaseMethodDeclarationSyntax method:
                        VisitMethod(method);
                        break;
                }
            }
        }

        private void VisitType(TypeDeclarationSyntax declaration)
        {
            if (declaration.BaseList is { } baseList)
            {
                foreach (var baseType in baseList.Types)
                {
                    if (_names.AnyIn(baseType.Type))
                    {
                        VisitBaseType(declaration, baseType.Type);
                    }
                }
            }

            VisitParameters(declaration.ParameterList);
            VisitMembers(declaration.Members);
        }

        /// <summary><c>class TracingClient : OpenAIClient</c>: reported on the base type as written.</summary>
        private void VisitBaseType(TypeDeclarationSyntax declaration, TypeSyntax baseType)
        {
            if (Model.GetTypeInfo(baseType, CancellationToken).Type is not { } type
                || Model.GetDeclaredSymbol(declaration, CancellationToken) is not { } declared)
            {
                return;
            }

            var clients = new List<ProviderType>(1);
            CollectClients(type, _session.Catalog, clients, 0);
            if (clients.Count > 0 && !_session.Layer.Contains(declared, declaration.SyntaxTree))
            {
                ReportOccurrences(_context.IsGeneratedCode, _context.ReportDiagnostic, baseType, clients, declared.Name);
            }
        }

        private void VisitDelegate(DelegateDeclarationSyntax declaration)
        {
            if (_names.AnyIn(declaration.ReturnType)
                && Model.GetDeclaredSymbol(declaration, CancellationToken) is { DelegateInvokeMethod: { } invoke } type)
            {
                Check(type, invoke.ReturnType, declaration.ReturnType, type.Name);
            }

            VisitParameters(declaration.ParameterList);
        }

        /// <summary><c>ChatClient a, b;</c>: one finding per field, on the shared type.</summary>
        private void VisitFields(BaseFieldDeclarationSyntax declaration)
        {
            foreach (var variable in declaration.Declaration.Variables)
            {
                switch (Model.GetDeclaredSymbol(variable, CancellationToken))
                {
                    case IFieldSymbol field when !field.IsImplicitlyDeclared:
                        Check(field, field.Type, declaration.Declaration.Type, field.Name);
                        break;
                    case IEventSymbol @event when !IsForcedBySignatureElsewhere(@event):
                        Check(@event, @event.Type, declaration.Declaration.Type, @event.Name);
                        break;
                }
            }
        }

        /// <summary>Properties, indexers and events with accessors.</summary>
        private void VisitProperty(BasePropertyDeclarationSyntax declaration)
        {
            if (_names.AnyIn(declaration.Type) && Model.GetDeclaredSymbol(declaration, CancellationToken) is { } member && !IsForcedBySignatureElsewhere(member))
            {
                switch (member)
                {
                    case IPropertySymbol property:
                        Check(property, property.Type, declaration.Type, property.Name);
                        break;
                    case IEventSymbol @event:
                        Check(@event, @event.Type, declaration.Type, @event.Name);
                        break;
                }
            }

            if (declaration is IndexerDeclarationSyntax indexer)
            {
                VisitParameters(indexer.ParameterList);
            }
        }

        /// <summary>Methods, operators and conversions (their return types) and constructors (their parameters).</summary>
        private void VisitMethod(BaseMethodDeclarationSyntax declaration)
        {
            var returnType = declaration switch
            {
                MethodDeclarationSyntax ordinary => ordinary.ReturnType,
                OperatorDeclarationSyntax @operator => @operator.ReturnType,
                ConversionOperatorDeclarationSyntax conversion => conversion.Type,
                _ => null,
            };

            if (_names.AnyIn(returnType)
                && Model.GetDeclaredSymbol(declaration, CancellationToken) is { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } method
                && !IsForcedBySignatureElsewhere(method))
            {
                Check(method, method.ReturnType, returnType!, method.Name);
            }

            VisitParameters(declaration.ParameterList);
        }

        /// <summary>
        /// Parameters of methods, constructors (primary ones too: a positional record's property is reported on its
        /// parameter, once), indexers and delegates. A parameter of an override or explicit implementation repeats one
        /// declared elsewhere.
        /// </summary>
        private void VisitParameters(BaseParameterListSyntax? parameters)
        {
            if (parameters is null)
            {
                return;
            }

            foreach (var syntax in parameters.Parameters)
            {
                if (_names.AnyIn(syntax.Type)
                    && Model.GetDeclaredSymbol(syntax, CancellationToken) is { } parameter
                    && !(parameter.ContainingSymbol is { } owner && IsForcedBySignatureElsewhere(owner)))
                {
                    Check(parameter, parameter.Type, syntax.Type!, parameter.Name);
                }
            }
        }

        private void Check(ISymbol declared, ITypeSymbol type, TypeSyntax typeSyntax, string name)
        {
            if (!MentionsClient(type, _session.Catalog, 0))
            {
                return;
            }

            var clients = new List<ProviderType>(1);
            CollectClients(type, _session.Catalog, clients, 0);
            if (clients.Count == 0 || _session.Layer.Contains(declared is IParameterSymbol ? declared.ContainingSymbol : declared, typeSyntax.SyntaxTree))
            {
                return;
            }

            ReportOccurrences(_context.IsGeneratedCode, _context.ReportDiagnostic, typeSyntax, clients, name);
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
    /// Overrides, explicit interface implementations and a partial method's implementation repeat a signature declared
    /// elsewhere; that one is reported. Asked only once a member names a client: reading its overrides and implementations
    /// costs more than reading its types.
    /// </summary>
    private static bool IsForcedBySignatureElsewhere(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || method.PartialDefinitionPart is not null,
        IPropertySymbol property => property.IsOverride || !property.ExplicitInterfaceImplementations.IsEmpty,
        IEventSymbol @event => @event.IsOverride || !@event.ExplicitInterfaceImplementations.IsEmpty,
        _ => false,
    };

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
