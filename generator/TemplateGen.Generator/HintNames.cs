using System.Linq;
using System.Collections.Immutable;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator;

/// <summary>
/// Gives every template a unique file-name prefix: its namespace, suffixed when two templates share one.
/// Duplicate hint names would make AddSource throw; sorting makes the choice independent of file order.
/// </summary>
internal static class HintNames
{
    public static EquatableArray<HintPrefix> Assign(ImmutableArray<HintKey> keys) =>
        keys.Sort()
            .GroupBy(key => key.Namespace)
            .SelectMany(sameNamespace => sameNamespace.Select((key, index) =>
                new HintPrefix(key.Path, index == 0 ? key.Namespace : $"{key.Namespace}_{index + 1}")))
            .ToEquatableArray();

    public static string For(EquatableArray<HintPrefix> prefixes, string path) =>
        prefixes.First(p => p.Path == path).Prefix;
}
