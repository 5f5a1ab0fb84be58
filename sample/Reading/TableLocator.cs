using TemplateGen;

namespace TemplateGen.Sample.Reading;

/// <summary>
/// Finds where each table of a format starts and ends in a report, by the table's own number
/// (第二十条第（一）项) or its section heading (三、收到和处理…), both taken from the generated metadata.
/// Headings are matched loosely: published reports add words and typos ("行政法复议").
/// </summary>
internal static class TableLocator
{
    private const double HeadingSimilarity = 0.75;
    private const string ChineseNumerals = "一二三四五六七八九十";

    /// <summary>The start line index of every table (null when missing) and the index where its region ends.</summary>
    public static IReadOnlyList<(TableMetadata Table, int? Start, int End)> Locate(IReadOnlyList<SourceLine> lines, IReadOnlyList<TableMetadata> tables)
    {
        var starts = new List<int?>();
        var from = 0;
        foreach (var table in tables)
        {
            var start = FindStart(lines, table, from);
            starts.Add(start);
            if (start is { } found)
            {
                from = found + 1;
            }
        }

        var located = new List<(TableMetadata, int?, int)>();
        for (var i = 0; i < tables.Count; i++)
        {
            located.Add((tables[i], starts[i], starts[i] is { } start ? FindEnd(lines, tables, starts, i, start) : 0));
        }

        return located;
    }

    private static int? FindStart(IReadOnlyList<SourceLine> lines, TableMetadata table, int from)
    {
        var byNumber = table.Number.Length > 0;
        var heading = LabelText.Normalize(byNumber ? table.Number : table.SectionNumber + table.SectionLabel);
        var number = LabelText.Normalize(table.SectionNumber);
        for (var i = from; i < lines.Count; i++)
        {
            var first = lines[i].NonEmptyCells.FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var text = LabelText.Normalize(first);
            if (byNumber ? text == heading : text.StartsWith(number, StringComparison.Ordinal) && LabelText.Similarity(text, heading) >= HeadingSimilarity)
            {
                return i;
            }
        }

        return null;
    }

    private static int FindEnd(IReadOnlyList<SourceLine> lines, IReadOnlyList<TableMetadata> tables, List<int?> starts, int index, int start)
    {
        var next = starts.Skip(index + 1).FirstOrDefault(s => s is not null);
        var limit = next ?? lines.Count;
        var table = tables[index];
        var section = SectionValue(LabelText.Normalize(table.SectionNumber));
        var rowLabels = table.Rows.Select(r => LabelText.Normalize(r.FullLabel)).ToHashSet();
        for (var i = start + 1; i < limit; i++)
        {
            // A later top-level heading (五、…) ends the last table; a row of this table (四、结转…) does not.
            var first = lines[i].NonEmptyCells.FirstOrDefault();
            if (first is not null && SectionValue(LabelText.Normalize(first)) > section && !rowLabels.Contains(LabelText.Normalize(first)))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The value of a heading's leading Chinese numeral followed by 、 (三、 → 3), or 0.</summary>
    private static int SectionValue(string text)
    {
        var mark = text.IndexOf('、', StringComparison.Ordinal);
        if (mark is < 1 or > 2)
        {
            return 0;
        }

        var digits = text[..mark];
        return digits.All(ChineseNumerals.Contains) ? digits.Length == 1 ? ChineseNumerals.IndexOf(digits[0]) + 1 : 10 + ChineseNumerals.IndexOf(digits[1]) + 1 : 0;
    }
}
