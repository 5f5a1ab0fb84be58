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

    /// <summary>
    /// The namespace of the generated Report of the template with id <paramref name="id"/> (the first by path, as the
    /// analyzers take it), or null when none is generated or it is <paramref name="ownNamespace"/>.
    /// </summary>
    public static string? NamespaceOf(EquatableArray<TemplateIdentity> templates, EquatableArray<HintPrefix> prefixes, string? id, string ownNamespace)
    {
        if (id is null)
        {
            return null;
        }

        var found = templates
            .Where(t => t.Id == id && For(prefixes, t.Path) is not null)
            .OrderBy(t => t.Path, System.StringComparer.Ordinal)
            .FirstOrDefault();
        return found is null || found.Namespace == ownNamespace ? null : found.Namespace;
    }
}
