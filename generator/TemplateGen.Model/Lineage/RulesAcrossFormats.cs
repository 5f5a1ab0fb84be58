using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Lineage;

/// <summary>
/// Follows a rule across reports into the superseded format: a table, row or column continues the one of its
/// former id ("was") or, without one, of its own id. The runtime's ReportPairChecks follows the same ids when it
/// checks two reports, so what the analyzers say is left out is what the check leaves out.
/// </summary>
public static class RulesAcrossFormats
{
    /// <summary>The id a table, row or column had in the superseded template.</summary>
    public static string PredecessorId(string id, string? was) => was ?? id;

    /// <summary>Why <paramref name="rule"/> of <paramref name="table"/> cannot be checked against a report in <paramref name="predecessor"/>'s format, or null.</summary>
    /// <param name="table">The rule's table in the later template.</param>
    /// <param name="rule">One of <see cref="Table.RulesAcrossReports"/>.</param>
    /// <param name="predecessor">The superseded template.</param>
    /// <param name="missingTerm">The header index (in <paramref name="table"/>) of the first term the predecessor lacks, or -1.</param>
    /// <param name="partly">Whether the rule is still checked in the data lines the predecessor has (only some lines are new).</param>
    public static string? WhyNotChecked(Table table, Rule rule, Template predecessor, out int missingTerm, out bool partly)
    {
        missingTerm = -1;
        partly = false;
        var earlierId = PredecessorId(table.Id, table.Was);
        var earlier = predecessor.Tables.FirstOrDefault(t => t.Id == earlierId);
        if (earlier is null)
        {
            return $"'{predecessor.Id}' has no table '{earlierId}'";
        }

        var betweenRows = rule.Direction == RuleDirection.BetweenRows;
        var (headers, earlierHeaders, noun) = betweenRows ? (table.Rows, earlier.Rows, "row") : (table.Columns, earlier.Columns, "column");
        var earlierIds = new HashSet<string>(earlierHeaders.Select(h => h.Id));
        foreach (var index in rule.Equations.SelectMany(e => e.PreviousLeft.Concat(e.PreviousRight)))
        {
            var header = headers[index];
            var id = PredecessorId(header.Id, header.Was);
            if (!earlierIds.Contains(id))
            {
                missingTerm = index;
                return $"table '{earlier.Id}' of '{predecessor.Id}' has no {noun} '{id}'";
            }
        }

        // The rule holds in every data line of the other direction; a line new in this format has nothing to compare.
        var (lines, earlierLines, lineNoun) = betweenRows ? (table.Columns, earlier.Columns, "column") : (table.Rows, earlier.Rows, "row");
        var earlierLineIds = new HashSet<string>(earlierLines.Select(h => h.Id));
        var newLines = lines.Where(h => !h.IsGroup && !earlierLineIds.Contains(PredecessorId(h.Id, h.Was))).Select(h => $"'{h.Id}'").ToList();
        partly = newLines.Count > 0 && newLines.Count < lines.Count(h => !h.IsGroup);
        return newLines.Count == 0 ? null : $"table '{earlier.Id}' of '{predecessor.Id}' has no {lineNoun} {string.Join(", ", newLines)}";
    }
}
