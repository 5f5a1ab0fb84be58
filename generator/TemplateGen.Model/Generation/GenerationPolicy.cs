using System;
using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Templates.Generation;

/// <summary>
/// Which templates of one compilation are generated when their types or files would clash, decided in one place
/// for the generator (which leaves the loser out) and the analyzers (which report TG0203 on it): templates are
/// taken in path order, and each is generated unless an earlier generated one already claims its namespace (also
/// when the namespaces differ only in case, since their files would overwrite each other) or one's namespace is the
/// other's generated type.
/// </summary>
public static class GenerationPolicy
{
    /// <summary>The types a template generates in its namespace: each table, its row class, and the Report class.</summary>
    public static IEnumerable<string> TypeNames(IEnumerable<string> tableIds) =>
        tableIds.SelectMany(id => new[] { id, GeneratedNames.RowClass(id) }).Concat(new[] { GeneratedNames.ReportClass });

    /// <summary>
    /// Every template in path order, each with the earlier generated template it clashes with and why (a phrase
    /// that completes "this template …"), or with nulls when it is generated.
    /// </summary>
    public static List<(T Template, T? Earlier, string? Why)> Decide<T>(IEnumerable<T> templates, Func<T, string> path, Func<T, string> ns, Func<T, IEnumerable<string>> tableIds)
        where T : class
    {
        var decided = new List<(T, T?, string?)>();
        var generated = new List<(T Template, string Namespace, List<string> Types)>();
        foreach (var template in templates.OrderBy(path, StringComparer.Ordinal))
        {
            var name = ns(template);
            var types = TypeNames(tableIds(template)).ToList();
            (T, string)? clash = null;
            foreach (var earlier in generated)
            {
                clash = Clash(earlier.Namespace, earlier.Types, name, types) is { } why ? (earlier.Template, why) : null;
                if (clash is not null)
                {
                    break;
                }
            }

            if (clash is { } found)
            {
                decided.Add((template, found.Item1, found.Item2));
            }
            else
            {
                decided.Add((template, null, null));
                generated.Add((template, name, types));
            }
        }

        return decided;
    }

    private static string? Clash(string earlierNamespace, List<string> earlierTypes, string laterNamespace, List<string> laterTypes)
    {
        if (earlierNamespace == laterNamespace)
        {
            var shared = earlierTypes.Intersect(laterTypes, StringComparer.Ordinal).Select(t => laterNamespace + "." + t);
            return $"generates namespace '{laterNamespace}' with {string.Join(", ", shared)} too";
        }

        if (GeneratedNames.FileKey(earlierNamespace) == GeneratedNames.FileKey(laterNamespace))
        {
            return $"generates namespace '{laterNamespace}', which differs from '{earlierNamespace}' only in case, so their generated files would overwrite each other";
        }

        foreach (var type in earlierTypes)
        {
            var full = earlierNamespace + "." + type;
            if (laterNamespace == full || laterNamespace.StartsWith(full + ".", StringComparison.Ordinal))
            {
                return $"generates namespace '{laterNamespace}', but '{full}' is a class generated from the other";
            }
        }

        foreach (var type in laterTypes)
        {
            var full = laterNamespace + "." + type;
            if (earlierNamespace == full || earlierNamespace.StartsWith(full + ".", StringComparison.Ordinal))
            {
                return $"generates the class '{full}', but that is the namespace the other generates";
            }
        }

        return null;
    }
}
