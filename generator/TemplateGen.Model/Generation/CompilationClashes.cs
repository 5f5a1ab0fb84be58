using System;
using System.Collections.Generic;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Generation;

/// <summary>
/// The generated types against the types a project already has (its own and its references'): a namespace that is a
/// type's name (Consumer.Program), or a table whose class would hide a type the generated code or the project uses
/// (System.Attribute, System.String, System.CodeDom.Compiler.GeneratedCodeAttribute), does not compile (CS0101,
/// CS0616, CS0436). One place for the analyzer, which reports them, and the generator, which leaves them out.
/// </summary>
public static class CompilationClashes
{
    /// <summary>
    /// The clashes of one template: the namespace prefix that names an existing type, else the tables whose class,
    /// row class or Report class has an existing type's full name.
    /// </summary>
    /// <param name="ns">The template's namespace.</param>
    /// <param name="tableIds">Its generated tables' ids.</param>
    /// <param name="typeExists">Whether a type of this full (metadata) name exists in the compilation, outside TemplateGen's own output.</param>
    public static TemplateClashes Find(string ns, IReadOnlyList<string> tableIds, Func<string, bool> typeExists)
    {
        var prefix = ns;
        for (var dot = ns.IndexOf('.'); ; dot = ns.IndexOf('.', dot + 1))
        {
            prefix = dot < 0 ? ns : ns.Substring(0, dot);
            if (typeExists(prefix))
            {
                return new TemplateClashes(prefix, EquatableArray<TableClash>.Empty);
            }

            if (dot < 0)
            {
                break;
            }
        }

        var tables = new List<TableClash>();
        if (typeExists(ns + "." + GeneratedNames.ReportClass))
        {
            tables.Add(new TableClash("", ns + "." + GeneratedNames.ReportClass));
        }

        foreach (var id in tableIds)
        {
            foreach (var type in new[] { id, GeneratedNames.RowClass(id) })
            {
                if (typeExists(ns + "." + type))
                {
                    tables.Add(new TableClash(id, ns + "." + type));
                    break;
                }
            }
        }

        return new TemplateClashes(null, tables.ToEquatableArray());
    }
}

/// <summary>What of a template clashes with the compilation's types.</summary>
/// <param name="NamespaceType">The existing type the namespace (or a prefix of it) names; nothing is generated then.</param>
/// <param name="Tables">The tables (or, with an empty id, the Report class) whose generated type has an existing type's full name.</param>
public sealed record TemplateClashes(string? NamespaceType, EquatableArray<TableClash> Tables)
{
    /// <summary>Whether nothing clashes.</summary>
    public bool IsEmpty => NamespaceType is null && Tables.Count == 0;
}

/// <summary>A table (empty id: the Report class) and the existing type its generated type would hide.</summary>
public sealed record TableClash(string TableId, string ExistingType);
