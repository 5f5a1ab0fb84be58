using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TemplateGen.Diagnostics;

namespace TemplateGen.Analyzers;

/// <summary>Catches mistakes made with the generated tables in C#.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedApiUsageAnalyzer : DiagnosticAnalyzer
{
    private const string Category = "TemplateGen.Usage";

    internal static readonly DiagnosticDescriptor ValidateResultIgnored = new(
        DiagnosticIds.ValidateResultIgnored,
        TemplateDescriptors.Title(nameof(DiagnosticIds.ValidateResultIgnored)),
        TemplateDescriptors.Message(nameof(DiagnosticIds.ValidateResultIgnored)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: TemplateDescriptors.HelpLinkBase + DiagnosticIds.ValidateResultIgnored + ".md");

    internal static readonly DiagnosticDescriptor TotalComputedByHand = new(
        DiagnosticIds.TotalComputedByHand,
        TemplateDescriptors.Title(nameof(DiagnosticIds.TotalComputedByHand)),
        TemplateDescriptors.Message(nameof(DiagnosticIds.TotalComputedByHand)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: TemplateDescriptors.HelpLinkBase + DiagnosticIds.TotalComputedByHand + ".md");

    internal static readonly DiagnosticDescriptor CellCopiedByIndexAcrossTables = new(
        DiagnosticIds.CellCopiedByIndexAcrossTables,
        TemplateDescriptors.Title(nameof(DiagnosticIds.CellCopiedByIndexAcrossTables)),
        TemplateDescriptors.Message(nameof(DiagnosticIds.CellCopiedByIndexAcrossTables)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: TemplateDescriptors.HelpLinkBase + DiagnosticIds.CellCopiedByIndexAcrossTables + ".md");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ValidateResultIgnored, TotalComputedByHand, CellCopiedByIndexAcrossTables);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeExpressionStatement, OperationKind.ExpressionStatement);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeExpressionStatement(OperationAnalysisContext context)
    {
        if (((IExpressionStatementOperation)context.Operation).Operation is IInvocationOperation { TargetMethod.Name: "Validate" } call
            && GeneratedTypes.IsValidationResult(call.Type))
        {
            context.ReportDiagnostic(Diagnostic.Create(ValidateResultIgnored, call.Syntax.GetLocation(), call.TargetMethod.ContainingType.Name));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !GeneratedTypes.IsRow(target.Property.ContainingType))
        {
            return;
        }

        if (Unwrap(assignment.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
            && Addends(sum).Count(a => a is IPropertyReferenceOperation p && GeneratedTypes.IsRow(p.Property.ContainingType)) >= 2)
        {
            context.ReportDiagnostic(Diagnostic.Create(TotalComputedByHand, assignment.Syntax.GetLocation(), target.Syntax.ToString()));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.TargetMethod.Name != "SetValue" || !IsGeneratedCells(call.Instance?.Type))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (Unwrap(argument.Value) is IInvocationOperation { TargetMethod.Name: "GetValue" } read
                && IsGeneratedCells(read.Instance?.Type)
                && !SymbolEqualityComparer.Default.Equals(read.Instance!.Type, call.Instance!.Type))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    CellCopiedByIndexAcrossTables,
                    call.Syntax.GetLocation(),
                    read.Instance.Type!.ToDisplayString(),
                    call.Instance.Type!.ToDisplayString()));
            }
        }
    }

    // A concrete generated table or row; through the IReportTable interface the table is unknown, so not judged.
    private static bool IsGeneratedCells(ITypeSymbol? type) => GeneratedTypes.IsTable(type) || GeneratedTypes.IsRow(type);

    private static IOperation Unwrap(IOperation operation) =>
        operation is IConversionOperation conversion ? Unwrap(conversion.Operand) : operation;

    private static IEnumerable<IOperation> Addends(IBinaryOperation sum)
    {
        foreach (var side in new[] { Unwrap(sum.LeftOperand), Unwrap(sum.RightOperand) })
        {
            if (side is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner)
            {
                foreach (var addend in Addends(inner))
                {
                    yield return addend;
                }
            }
            else
            {
                yield return side;
            }
        }
    }
}
