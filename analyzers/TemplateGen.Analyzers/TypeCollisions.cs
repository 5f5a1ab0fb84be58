using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Generation;

namespace TemplateGen.Analyzers;

/// <summary>A template whose generated types or files another template, earlier by path, already claims.</summary>
internal sealed record TypeCollision(LoadedFile Earlier, LoadedFile Later, string Message);

/// <summary>
/// Finds templates that would generate clashing types or files (C# would report CS0101 on the generated code, far
/// from the cause). <see cref="GenerationPolicy"/> decides, as it does for the generator, which one is left out.
/// </summary>
internal static class TypeCollisions
{
    public static IReadOnlyList<TypeCollision> Find(IEnumerable<LoadedFile> templates) =>
        GenerationPolicy.Decide(
                templates.Where(t => t.Result.Template is not null && t.Result.NamespaceSpan is not null),
                t => t.File.Path,
                t => t.Result.Template!.Namespace,
                t => t.Result.Template!.Tables.Select(table => table.Id))
            .Where(decision => decision.Earlier is not null)
            .Select(decision => new TypeCollision(
                decision.Earlier!,
                decision.Template,
                $"This template and '{System.IO.Path.GetFileName(decision.Earlier!.File.Path)}' (earlier by path) clash: this template {decision.Why}; it is not generated. Give it its own namespace."))
            .ToList();
}
