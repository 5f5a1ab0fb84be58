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
    public static EquatableArray<HintPrefix> Assign(ImmutableArray<HintKey> keys)
    {
        var sorted = keys.Sort();
        return sorted
            .Select((key, index) =>
            {
                var earlier = sorted.Take(index).Count(k => k.Namespace == key.Namespace);
                return new HintPrefix(key.Path, earlier == 0 ? key.Namespace : $"{key.Namespace}_{earlier + 1}");
            })
            .ToEquatableArray();
    }

    public static string For(EquatableArray<HintPrefix> prefixes, string path) =>
        prefixes.First(p => p.Path == path).Prefix;
}
