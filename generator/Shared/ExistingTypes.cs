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

    /// <remarks>
    /// Walks the compilation's merged namespaces by name rather than asking <c>GetTypesByMetadataName</c>, which searches
    /// every reference for every name: a namespace no reference has (the usual case) ends the walk at its first part.
    /// </remarks>
    public static bool Exist(Compilation compilation, string metadataName)
    {
        var parts = metadataName.Split('.');
        var ns = compilation.GlobalNamespace;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            INamespaceSymbol? next = null;
            foreach (var member in ns.GetMembers(parts[i]))
            {
                if (member is INamespaceSymbol found)
                {
                    next = found;
                    break;
                }
            }

            if (next is null)
            {
                return false;
            }

            ns = next;
        }

        return ns.GetTypeMembers(parts[parts.Length - 1]).Any(type =>
            type.Arity == 0 && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) && !IsTemplateGenOutput(type, compilation));
    }

    private static bool IsTemplateGenOutput(INamedTypeSymbol type, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
        && type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == GeneratorName);
}
