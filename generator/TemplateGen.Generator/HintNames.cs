using System.Collections.Immutable;
using System.Linq;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator;

/// <summary>
/// Names each template's generated files after its namespace. Templates whose types or files would clash are
/// decided by <see cref="GenerationPolicy"/>: only the first by path is generated, and the analyzers report TG0203
/// on the others. The policy sorts by path, so the choice does not depend on file order.
/// </summary>
internal static class HintNames
{
    public static EquatableArray<HintPrefix> Assign(ImmutableArray<HintKey> keys) =>
        GenerationPolicy.Decide(keys, key => key.Path, key => key.Namespace, key => key.TableIds)
            .Where(decision => decision.Earlier is null)
            .Select(decision => new HintPrefix(decision.Template.Path, decision.Template.Namespace))
            .ToEquatableArray();

    /// <summary>The prefix of the template at <paramref name="path"/>, or null when it is not generated.</summary>
    public static string? For(EquatableArray<HintPrefix> prefixes, string path) =>
        prefixes.FirstOrDefault(p => p.Path == path)?.Prefix;
}
