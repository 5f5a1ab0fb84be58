using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Lineage;

/// <summary>What changed for one table, row, column or rule between two versions of a format.</summary>
public enum TemplateChangeKind
{
    /// <summary>New in the later version.</summary>
    Added,
    /// <summary>Gone from the later version.</summary>
    Removed,
    /// <summary>Kept under another id ("was").</summary>
    Renamed,
    /// <summary>Kept with another printed number or label.</summary>
    Relabelled,
    /// <summary>A data row or column that became a group of rows or columns, or the other way round.</summary>
    Restructured,
    /// <summary>A column whose cells hold another kind of value or another unit.</summary>
    ValueChanged,
    /// <summary>A rule with other terms or another severity.</summary>
    RuleChanged,
}

/// <summary>One change between two versions of a format.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Table">The table it is in, by its id in the later version (or the earlier one if removed).</param>
/// <param name="Subject">"table", "row", "column" or "rule".</param>
/// <param name="Id">Its id in the later version (or the earlier one if removed).</param>
/// <param name="Description">The change in words, with the labels as printed.</param>
public sealed record TemplateChange(TemplateChangeKind Kind, string Table, string Subject, string Id, string Description);

/// <summary>
/// Compares two versions of a format, matching tables, rows and columns by id or by the former id their "was"
/// names, and rules by id within matched tables. What a user reads when a new notice arrives.
/// </summary>
public static class TemplateDiff
{
    /// <summary>Every change from <paramref name="earlier"/> to <paramref name="later"/>, table by table in the later template's order, removed tables last.</summary>
    public static IReadOnlyList<TemplateChange> Compare(Template earlier, Template later)
    {
        var changes = new List<TemplateChange>();
        var earlierTables = earlier.Tables.ToDictionary(t => t.Id);
        var matched = new HashSet<string>();
        foreach (var table in later.Tables)
        {
            if (!earlierTables.TryGetValue(table.Was ?? table.Id, out var before))
            {
                changes.Add(new(TemplateChangeKind.Added, table.Id, "table", table.Id, $"table {table.Id} added: {table.Title}"));
                continue;
            }

            matched.Add(before.Id);
            if (before.Id != table.Id)
            {
                changes.Add(new(TemplateChangeKind.Renamed, table.Id, "table", table.Id, $"table {before.Id} renamed to {table.Id}"));
            }

            if (before.Title != table.Title)
            {
                changes.Add(new(TemplateChangeKind.Relabelled, table.Id, "table", table.Id, $"table {table.Id} relabelled: {before.Title} → {table.Title}"));
            }

            CompareHeaders(before.Rows, table.Rows, table.Id, "row", changes);
            CompareHeaders(before.Columns, table.Columns, table.Id, "column", changes);
            CompareRules(before, table, changes);
        }

        foreach (var table in earlier.Tables.Where(t => !matched.Contains(t.Id)))
        {
            changes.Add(new(TemplateChangeKind.Removed, table.Id, "table", table.Id, $"table {table.Id} removed: {table.Title}"));
        }

        return changes;
    }

    private static void CompareHeaders(EquatableArray<Header> earlier, EquatableArray<Header> later, string table, string noun, List<TemplateChange> changes)
    {
        var byId = new Dictionary<string, Header>();
        foreach (var header in earlier)
        {
            if (!byId.ContainsKey(header.Id))
            {
                byId.Add(header.Id, header);
            }
        }

        var matched = new HashSet<string>();
        for (var index = 0; index < later.Count; index++)
        {
            var header = later[index];
            var label = Label(header);
            if (!byId.TryGetValue(header.Was ?? header.Id, out var before))
            {
                changes.Add(new(TemplateChangeKind.Added, table, noun, header.Id, $"{noun} {header.Id} added: {label}{Cells(header, noun)}"));
                continue;
            }

            matched.Add(before.Id);
            if (before.Id != header.Id)
            {
                changes.Add(new(TemplateChangeKind.Renamed, table, noun, header.Id, $"{noun} {before.Id} renamed to {header.Id} ({label})"));
            }

            if (before.FullLabel != header.FullLabel)
            {
                changes.Add(new(TemplateChangeKind.Relabelled, table, noun, header.Id, $"{noun} {header.Id} relabelled: {Label(before)} → {label}"));
            }

            if (before.IsGroup != header.IsGroup)
            {
                var what = header.IsGroup
                    ? $"was a data {noun}, now a group of {later.Count(h => h.Parent == index)} {noun}s"
                    : $"was a group, now a data {noun}";
                changes.Add(new(TemplateChangeKind.Restructured, table, noun, header.Id, $"{noun} {header.Id} ({label}) {what}"));
            }
            else if (noun == "column" && !header.IsGroup && (before.Kind != header.Kind || before.Unit != header.Unit))
            {
                changes.Add(new(TemplateChangeKind.ValueChanged, table, noun, header.Id, $"column {header.Id} ({label}) holds {Value(header)}, was {Value(before)}"));
            }
        }

        foreach (var header in earlier.Where(h => !matched.Contains(h.Id)))
        {
            changes.Add(new(TemplateChangeKind.Removed, table, noun, header.Id, $"{noun} {header.Id} removed: {Label(header)}"));
        }
    }

    private static void CompareRules(Table earlier, Table later, List<TemplateChange> changes)
    {
        // Rules across reports (X1 to X4) are rules of the format too; ids are unique per table across both lists.
        var byId = earlier.Rules.Concat(earlier.RulesAcrossReports).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var rule in later.Rules.Concat(later.RulesAcrossReports))
        {
            if (!byId.TryGetValue(rule.Id, out var before))
            {
                changes.Add(new(TemplateChangeKind.Added, later.Id, "rule", rule.Id, $"rule {rule.Id} added: {rule.Message}"));
                continue;
            }

            byId.Remove(rule.Id);
            var terms = Terms(later, rule);
            var termsBefore = Terms(earlier, before);
            var added = terms.Except(termsBefore).ToList();
            var removed = termsBefore.Except(terms).ToList();
            var parts = new List<string>();
            if (added.Count > 0)
            {
                parts.Add("now also " + string.Join(", ", added));
            }

            if (removed.Count > 0)
            {
                parts.Add("no longer " + string.Join(", ", removed));
            }

            if (before.Severity != rule.Severity)
            {
                parts.Add($"{before.Severity} → {rule.Severity}");
            }

            if (parts.Count > 0)
            {
                changes.Add(new(TemplateChangeKind.RuleChanged, later.Id, "rule", rule.Id, $"rule {rule.Id} changed: {string.Join("; ", parts)}"));
            }
        }

        foreach (var rule in earlier.Rules.Concat(earlier.RulesAcrossReports).Where(r => byId.ContainsKey(r.Id)))
        {
            changes.Add(new(TemplateChangeKind.Removed, later.Id, "rule", rule.Id, $"rule {rule.Id} removed: {rule.Message}"));
        }
    }

    /// <summary>The ids of the data rows or columns a rule names, groups expanded; terms of the previous report as "previous.Id".</summary>
    private static List<string> Terms(Table table, Rule rule)
    {
        var headers = rule.Direction == RuleDirection.BetweenRows ? table.Rows : table.Columns;
        var data = headers.Where(h => !h.IsGroup).ToList();
        return rule.Equations.SelectMany(e => e.Left.Concat(e.Right)).Distinct().Select(i => data[i].Id)
            .Concat(rule.Equations.SelectMany(e => e.PreviousLeft.Concat(e.PreviousRight)).Distinct().Select(i => "previous." + headers[i].Id))
            .ToList();
    }

    private static string Label(Header header) => header.FullLabel.Length == 0 ? header.Id : header.FullLabel;

    private static string Cells(Header header, string noun) =>
        header.IsGroup ? $" (a group of {noun}s)" : noun == "column" ? $" ({Value(header)})" : "";

    private static string Value(Header column) => column.Kind switch
    {
        ValueKind.Amount => column.Unit is null ? "amounts" : $"amounts in {column.Unit}",
        ValueKind.SignedCount => "signed counts",
        _ => column.Unit is null ? "counts" : $"counts in {column.Unit}",
    };
}
