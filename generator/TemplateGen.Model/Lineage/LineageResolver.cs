using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Lineage;

/// <summary>A problem with one template's lineage, found by looking at the other templates of the project.</summary>
/// <param name="TemplateIndex">Index of the template the problem is in, in the list given to <see cref="LineageResolver.Check"/>.</param>
/// <param name="Problem">The problem, at the span of "supersedes" or "was".</param>
public sealed record LineageProblem(int TemplateIndex, TemplateProblem Problem);

/// <summary>
/// Checks whether every "supersedes" names a template of the project (a template used on its own is fine: that is
/// only worth knowing), that every "was" names a table, row or column of
/// the superseded template, and that no templates supersede each other in a circle. The first template with an id
/// (in the order given) is the one "supersedes" names. Linear in the templates and their links.
/// </summary>
public static class LineageResolver
{
    /// <summary>The lineage problems of every template, each at the "supersedes" or "was" it is about.</summary>
    /// <param name="templates">The project's templates as loaded; their order decides which of two with one id counts.</param>
    public static IReadOnlyList<LineageProblem> Check(IReadOnlyList<TemplateLoadResult> templates)
    {
        var byId = new Dictionary<string, int>();
        for (var i = 0; i < templates.Count; i++)
        {
            if (templates[i].Lineage is { } lineage && !byId.ContainsKey(lineage.TemplateId))
            {
                byId.Add(lineage.TemplateId, i);
            }
        }

        var problems = new List<LineageProblem>();
        for (var i = 0; i < templates.Count; i++)
        {
            if (templates[i].Lineage is not { } lineage)
            {
                continue;
            }

            if (lineage.Supersedes is null)
            {
                foreach (var link in lineage.Links)
                {
                    problems.Add(Member(i, link, $"'was' names '{link.Was}' in the template this one supersedes, but this template supersedes none. Add \"supersedes\": \"<id of the previous template>\" to the template, or remove 'was'."));
                }

                continue;
            }

            if (!byId.TryGetValue(lineage.Supersedes, out var predecessorIndex))
            {
                var nearest = NameSuggester.Nearest(lineage.Supersedes, byId.Keys.Where(id => id != lineage.TemplateId));
                problems.Add(new LineageProblem(i, new TemplateProblem(
                    TemplateProblemKind.UnknownPredecessor,
                    TemplateProblemSeverity.Info,
                    $"This template supersedes '{lineage.Supersedes}', which is not in the project, so reports in that format cannot be checked against reports in this one.{NameSuggester.Hint(nearest)} Add the superseded template as an AdditionalFile if you check reports across the format change, or correct the id.",
                    lineage.SupersedesSpan!.Value,
                    Fix: nearest is null ? null : TemplateFix.Replace($"Use '{nearest}'", lineage.SupersedesSpan.Value.Start, lineage.SupersedesSpan.Value.Length, $"\"{nearest}\""))));
                continue;
            }

            if (CycleThrough(i, templates, byId) is { } cycle)
            {
                problems.Add(new LineageProblem(i, new TemplateProblem(
                    TemplateProblemKind.SupersessionCycle,
                    TemplateProblemSeverity.Error,
                    $"Templates supersede each other in a circle ({string.Join(" → ", cycle)}): a format cannot precede itself. Remove the 'supersedes' that closes the circle.",
                    lineage.SupersedesSpan!.Value)));
                continue;
            }

            if (templates[predecessorIndex].Template is { } predecessor)
            {
                CheckLinks(i, lineage, predecessor, problems);
                if (templates[i].Template is { } template)
                {
                    CheckRulesAcrossFormats(i, lineage, template, predecessor, problems);
                }
            }
        }

        return problems;
    }

    private static void CheckLinks(int index, TemplateLineage lineage, Template predecessor, List<LineageProblem> problems)
    {
        var tables = predecessor.Tables.ToDictionary(t => t.Id);
        var headerIds = new Dictionary<(string Table, LineageLinkKind Kind), HashSet<string>>();
        foreach (var link in lineage.Links)
        {
            if (link.Kind == LineageLinkKind.Table)
            {
                if (!tables.ContainsKey(link.Was))
                {
                    var nearest = NameSuggester.Nearest(link.Was, tables.Keys);
                    problems.Add(Member(index, link, $"Table '{link.Id}' was '{link.Was}' in '{predecessor.Id}', which has no table '{link.Was}'.{NameSuggester.Hint(nearest)}", nearest));
                }

                continue;
            }

            var noun = link.Kind == LineageLinkKind.Row ? "row" : "column";
            if (!tables.TryGetValue(link.PredecessorTableId, out var table))
            {
                problems.Add(Member(index, link, $"The {noun} '{link.Id}' of table '{link.TableId}' names '{link.Was}' in '{predecessor.Id}', but that template has no table '{link.PredecessorTableId}' for table '{link.TableId}' to continue. Give the table \"was\" with its old id, or remove 'was'."));
                continue;
            }

            var headers = link.Kind == LineageLinkKind.Row ? table.Rows : table.Columns;
            if (!headerIds.TryGetValue((table.Id, link.Kind), out var ids))
            {
                headerIds.Add((table.Id, link.Kind), ids = new HashSet<string>(headers.Select(h => h.Id)));
            }

            if (!ids.Contains(link.Was))
            {
                var nearest = NameSuggester.Nearest(link.Was, headers.Select(h => h.Id));
                problems.Add(Member(index, link, $"The {noun} '{link.Id}' of table '{link.TableId}' was '{link.Was}' in '{predecessor.Id}', whose table '{table.Id}' has no {noun} '{link.Was}'.{NameSuggester.Hint(nearest)}", nearest));
            }
        }
    }

    /// <summary>Says which rules across reports cannot be checked (or only in some lines) against a report in the superseded format.</summary>
    private static void CheckRulesAcrossFormats(int index, TemplateLineage lineage, Template template, Template predecessor, List<LineageProblem> problems)
    {
        var rules = template.Tables
            .SelectMany(t => t.RulesAcrossReports.Select(r => (Table: t, Rule: r)))
            .GroupBy(x => (x.Table.Id, x.Rule.Id))
            .ToDictionary(g => g.Key, g => g.First());
        var follower = new RulesAcrossFormats(predecessor);
        foreach (var written in lineage.RulesAcrossReports)
        {
            if (!rules.TryGetValue((written.TableId, written.RuleId), out var found)
                || follower.WhyNotChecked(found.Table, found.Rule, out var missingTerm, out var partly) is not { } why)
            {
                continue;
            }

            var (table, rule) = found;
            var span = written.PreviousTerms.FirstOrDefault(t => t.HeaderIndex == missingTerm)?.Span ?? written.RuleSpan;
            var message = partly
                ? $"Rule '{rule.Id}' of table '{table.Id}' is checked against a previous report in the format of '{predecessor.Id}' only where both formats have the line: {why}. Give a renamed line \"was\" with its old id if it continues one."
                : $"Rule '{rule.Id}' of table '{table.Id}' is not checked against a previous report in the format of '{predecessor.Id}': {why}. It is checked when the previous report is in this template's format; give a renamed table, row or column \"was\" with its old id if it continues one.";
            problems.Add(new LineageProblem(index, new TemplateProblem(TemplateProblemKind.RuleNotAcrossFormats, TemplateProblemSeverity.Info, message, span)));
        }
    }

    /// <summary>The ids around a circle of supersession that passes through template <paramref name="start"/>, or null.</summary>
    private static List<string>? CycleThrough(int start, IReadOnlyList<TemplateLoadResult> templates, Dictionary<string, int> byId)
    {
        var path = new List<string> { templates[start].Lineage!.TemplateId };
        var visited = new HashSet<int> { start };
        for (var current = start; templates[current].Lineage!.Supersedes is { } next && byId.TryGetValue(next, out var nextIndex);)
        {
            path.Add(next);
            if (nextIndex == start)
            {
                return path;
            }

            if (!visited.Add(nextIndex))
            {
                return null; // A circle further up the chain: reported at the templates on it.
            }

            current = nextIndex;
        }

        return null;
    }

    private static LineageProblem Member(int index, LineageLink link, string message, string? nearest = null) =>
        new(index, new TemplateProblem(
            TemplateProblemKind.UnknownPredecessorMember,
            TemplateProblemSeverity.Error,
            message,
            link.WasSpan,
            Fix: nearest is null ? null : TemplateFix.Replace($"Use '{nearest}'", link.WasSpan.Start, link.WasSpan.Length, $"\"{nearest}\"")));
}
