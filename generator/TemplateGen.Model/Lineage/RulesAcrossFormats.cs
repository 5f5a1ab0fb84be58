using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Lineage;

/// <summary>
/// Follows rules across reports into one superseded format: a table, row or column continues the one of its
/// former id ("was") or, without one, of its own id. The runtime's ReportPairChecks follows the same ids when it
/// checks two reports, so what the analyzers say is left out is what the check leaves out. The superseded
/// template's ids are gathered once per table and direction, so checking every rule stays linear.
/// </summary>
public sealed class RulesAcrossFormats
{
    private readonly Template _predecessor;
    private readonly Dictionary<string, Table> _tables = new();
    private readonly Dictionary<(string Table, bool Rows), HashSet<string>> _ids = new();

    /// <param name="predecessor">The superseded template.</param>
    public RulesAcrossFormats(Template predecessor)
    {
        _predecessor = predecessor;
        foreach (var table in predecessor.Tables)
        {
            if (!_tables.ContainsKey(table.Id))
            {
                _tables.Add(table.Id, table);
            }
        }
    }

    /// <summary>The id a table, row or column had in the superseded template.</summary>
    public static string PredecessorId(string id, string? was) => was ?? id;

    /// <summary>Why <paramref name="rule"/> of <paramref name="table"/> cannot be checked against a report in the superseded format, or null.</summary>
    /// <param name="table">The rule's table in the later template.</param>
    /// <param name="rule">One of <see cref="Table.RulesAcrossReports"/>.</param>
    /// <param name="missingTerm">The header index (in <paramref name="table"/>) of the first term the predecessor lacks, or -1.</param>
    /// <param name="partly">Whether the rule is still checked in the data lines the predecessor has (only some lines are new).</param>
    public string? WhyNotChecked(Table table, Rule rule, out int missingTerm, out bool partly)
    {
        missingTerm = -1;
        partly = false;
        var earlierId = PredecessorId(table.Id, table.Was);
        if (!_tables.TryGetValue(earlierId, out var earlier))
        {
            return $"'{_predecessor.Id}' has no table '{earlierId}'";
        }

        var betweenRows = rule.Direction == RuleDirection.BetweenRows;
        var (headers, earlierIds, noun) = betweenRows ? (table.Rows, Ids(earlier, rows: true), "row") : (table.Columns, Ids(earlier, rows: false), "column");
        foreach (var index in rule.Equations.SelectMany(e => e.PreviousLeft.Concat(e.PreviousRight)))
        {
            var header = headers[index];
            var id = PredecessorId(header.Id, header.Was);
            if (!earlierIds.Contains(id))
            {
                missingTerm = index;
                return $"table '{earlier.Id}' of '{_predecessor.Id}' has no {noun} '{id}'";
            }
        }

        // The rule holds in every data line of the other direction; a line new in this format has nothing to compare.
        var (lines, earlierLineIds, lineNoun) = betweenRows ? (table.Columns, Ids(earlier, rows: false), "column") : (table.Rows, Ids(earlier, rows: true), "row");
        var dataLines = lines.Where(h => !h.IsGroup).ToList();
        var newLines = dataLines.Where(h => !earlierLineIds.Contains(PredecessorId(h.Id, h.Was))).Select(h => $"'{h.Id}'").ToList();
        partly = newLines.Count > 0 && newLines.Count < dataLines.Count;
        return newLines.Count == 0 ? null : $"table '{earlier.Id}' of '{_predecessor.Id}' has no {lineNoun} {string.Join(", ", newLines)}";
    }

    private HashSet<string> Ids(Table table, bool rows)
    {
        if (!_ids.TryGetValue((table.Id, rows), out var ids))
        {
            _ids.Add((table.Id, rows), ids = new HashSet<string>((rows ? table.Rows : table.Columns).Select(h => h.Id)));
        }

        return ids;
    }
}
