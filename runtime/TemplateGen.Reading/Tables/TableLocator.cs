using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Finds where each table of a format starts and ends in a report, by the table's own number
/// (第二十条第（一）项) or its section heading (三、收到和处理…), both taken from the generated metadata.
/// Headings are matched loosely: published reports add words and typos ("行政法复议"); each loose match is reported.
/// </summary>
internal static class TableLocator
{
    private const double HeadingSimilarity = 0.75;
    private const string ChineseNumerals = "一二三四五六七八九十";

    public static IReadOnlyList<TableRegion> Locate(IReadOnlyList<SourceLine> lines, IReadOnlyList<TableMetadata> tables)
    {
        // Each line's first cell, normalized once for every table's search.
        var firsts = lines.Select(l => l.FirstCell is { } first ? LabelText.Normalize(first) : null).ToList();
        var starts = new List<(int Index, bool Exact)?>();
        var from = 0;
        foreach (var table in tables)
        {
            var start = FindStart(firsts, table, from);
            starts.Add(start);
            if (start is { } found)
            {
                from = found.Index + 1;
            }
        }

        var regions = new List<TableRegion>();
        for (var i = 0; i < tables.Count; i++)
        {
            if (starts[i] is not { } start)
            {
                regions.Add(new TableRegion(null, 0, null));
                continue;
            }

            var loose = start.Exact ? null : new LooseMatch(lines[start.Index].Number, lines[start.Index].FirstCell ?? "", Heading(tables[i]));
            regions.Add(new TableRegion(start.Index, FindEnd(firsts, tables, starts.Select(s => s?.Index).ToList(), i, start.Index), loose));
        }

        return regions;
    }

    /// <summary>The heading the form prints: the table's own number when it has one, else its section heading.</summary>
    private static string Heading(TableMetadata table) => table.Number.Length > 0 ? table.Number : table.SectionNumber + table.SectionLabel;

    private static (int Index, bool Exact)? FindStart(IReadOnlyList<string?> firsts, TableMetadata table, int from)
    {
        var labels = TableLabels.Of(table);
        var byNumber = table.Number.Length > 0;
        for (var i = from; i < firsts.Count; i++)
        {
            if (firsts[i] is not { } text)
            {
                continue;
            }

            if (text == labels.SectionHeading)
            {
                return (i, true);
            }

            if (!byNumber && text.StartsWith(labels.SectionNumber, StringComparison.Ordinal) && LabelText.Similarity(text, labels.SectionHeading) >= HeadingSimilarity)
            {
                return (i, false);
            }
        }

        return null;
    }

    private static int FindEnd(IReadOnlyList<string?> firsts, IReadOnlyList<TableMetadata> tables, List<int?> starts, int index, int start)
    {
        var next = starts.Skip(index + 1).FirstOrDefault(s => s is not null);
        var limit = next ?? firsts.Count;
        var labels = TableLabels.Of(tables[index]);
        var section = SectionValue(labels.SectionNumber);
        for (var i = start + 1; i < limit; i++)
        {
            // A later top-level heading (五、…) ends the last table; a row of this table (四、结转…) does not.
            if (firsts[i] is { } first && SectionValue(first) > section && !labels.AllRows.Contains(first))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The value of a heading's leading Chinese numeral followed by 、 (三、 → 3), or 0.</summary>
    private static int SectionValue(string text)
    {
        var mark = text.IndexOf('、');
        if (mark is < 1 or > 2)
        {
            return 0;
        }

        var digits = text.Substring(0, mark);
        if (!digits.All(d => ChineseNumerals.IndexOf(d) >= 0))
        {
            return 0;
        }

        return digits.Length == 1 ? ChineseNumerals.IndexOf(digits[0]) + 1 : 10 + ChineseNumerals.IndexOf(digits[1]) + 1;
    }
}
