using System.Linq;
using System.Collections.Immutable;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator;

/// <summary>
/// Names each template's generated files after its namespace. Two templates with one namespace would
/// generate the same types (and AddSource would throw on the same hint names): only the first by path is
/// generated, and the analyzers report TG0203 on the other. Sorting makes the choice independent of file order.
/// </summary>
internal static class HintNames
{
    public static EquatableArray<HintPrefix> Assign(ImmutableArray<HintKey> keys) =>
        keys.Sort()
            .GroupBy(key => key.Namespace)
            .Select(sameNamespace => new HintPrefix(sameNamespace.First().Path, sameNamespace.Key))
            .ToEquatableArray();

    /// <summary>The prefix of the template at <paramref name="path"/>, or null when it is not generated.</summary>
    public static string? For(EquatableArray<HintPrefix> prefixes, string path) =>
        prefixes.FirstOrDefault(p => p.Path == path)?.Prefix;
}
