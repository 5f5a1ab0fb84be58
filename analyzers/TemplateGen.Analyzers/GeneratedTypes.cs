using System.Linq;
using Microsoft.CodeAnalysis;
using TemplateGen.Templates.Generation;

namespace TemplateGen.Analyzers;

/// <summary>Recognises the types TemplateGen generates, by the support interface and the GeneratedCode attribute.</summary>
internal static class GeneratedTypes
{
    /// <summary>A generated table class: implements TemplateGen.IReportTable.</summary>
    public static bool IsTable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.AllInterfaces.Any(IsReportTableInterface);

    /// <summary>A generated row class: [GeneratedCode("TemplateGen", …)] with GetValue(int).</summary>
    public static bool IsRow(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
        && !IsTable(named)
        && named.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "TemplateGen")
        && named.GetMembers("GetValue").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Int32);

    /// <summary>TemplateGen.ValidationResult, what every generated Validate() returns.</summary>
    public static bool IsValidationResult(ITypeSymbol? type) =>
        type?.ToDisplayString() == RuntimeContract.ValidationResult;

    private static bool IsReportTableInterface(INamedTypeSymbol type) =>
        type.ToDisplayString() == RuntimeContract.TableInterface;
}
