using System;
using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Analyzers;

/// <summary>A template whose generated types another template, earlier by path, already generates.</summary>
internal sealed record TypeCollision(LoadedFile Earlier, LoadedFile Later, string Message);

/// <summary>
/// Finds templates that generate the same namespace and type names (C# would report CS0101 on the
/// generated code, far from the cause). The generator leaves out the later template by path.
/// </summary>
internal static class TypeCollisions
{
    public static IReadOnlyList<TypeCollision> Find(IEnumerable<LoadedFile> templates)
    {
        var collisions = new List<TypeCollision>();
        var withTypes = templates
            .Where(t => t.Result.Template is not null && t.Result.NamespaceSpan is not null)
            .OrderBy(t => t.File.Path, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < withTypes.Count; i++)
        {
            var later = withTypes[i];
            var earlier = withTypes.Take(i).FirstOrDefault(e => e.Result.Template!.Namespace == later.Result.Template!.Namespace);
            if (earlier is null)
            {
                continue;
            }

            var shared = TypeNames(earlier).Intersect(TypeNames(later), StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var ns = later.Result.Template!.Namespace;
            collisions.Add(new TypeCollision(
                earlier,
                later,
                $"Templates '{System.IO.Path.GetFileName(earlier.File.Path)}' and '{System.IO.Path.GetFileName(later.File.Path)}' both generate namespace '{ns}' with {string.Join(", ", shared.Select(n => ns + "." + n))}; this template is not generated. Give it its own namespace."));
        }

        return collisions;
    }

    private static IEnumerable<string> TypeNames(LoadedFile file) =>
        file.Result.Template!.Tables.SelectMany(t => new[] { t.Id, t.Id + "Row" }).Append("Report");
}
