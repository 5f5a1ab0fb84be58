using System.Linq;
using Microsoft.CodeAnalysis;

namespace TemplateGen.Templates.Generation;

/// <summary>
/// Whether a compilation already has a type of a given full name that generated code would clash with: one declared
/// in its sources (TemplateGen's own output excluded: the analyzers see the generated trees) or one of its references
/// that it can see.
/// </summary>
internal static class ExistingTypes
{
    private const string GeneratorName = "TemplateGen";

    public static bool Exist(Compilation compilation, string metadataName) =>
        compilation.GetTypesByMetadataName(metadataName).Any(type =>
            compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) && !IsTemplateGenOutput(type, compilation));

    private static bool IsTemplateGenOutput(INamedTypeSymbol type, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
        && type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == GeneratorName);
}
