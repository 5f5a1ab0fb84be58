using System.Globalization;
using TemplateGen;

namespace TemplateGen.Sample;

/// <summary>
/// Fills generated tables from the table portions of a report written as "[table]" lines followed by
/// "label | cell | cell" rows. Tables and rows are found through the generated metadata, so a new
/// template works without touching this reader. Anything it cannot place is an error, never a guess.
/// </summary>
internal static class TableTextReader
{
    public static IReadOnlyList<string> Fill(IReadOnlyList<IReportTable> tables, IEnumerable<string> lines)
    {
        var errors = new List<string>();
        IReportTable? table = null;
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1];
                table = tables.FirstOrDefault(t => TableName(t.Metadata) == name);
                if (table is null)
                {
                    errors.Add($"line {lineNumber}: no table of this format is called '{name}'; expected one of: {string.Join(", ", tables.Select(t => TableName(t.Metadata)))}");
                }

                continue;
            }

            if (table is null)
            {
                errors.Add($"line {lineNumber}: a row before any [table] line");
                continue;
            }

            ReadRow(table, line, lineNumber, errors);
        }

        return errors;
    }

    /// <summary>How a report names a table: its own number (第二十条第（一）项) or, if it has none, its section.</summary>
    public static string TableName(TableMetadata table) => table.Number.Length > 0 ? table.Number : table.SectionNumber + table.SectionLabel;

    private static void ReadRow(IReportTable table, string line, int lineNumber, List<string> errors)
    {
        var cells = line.Split('|').Select(c => c.Trim()).ToArray();
        var label = cells[0];
        var row = table.Metadata.DataRows.FirstOrDefault(r => r.FullLabel == label);
        if (row is null)
        {
            errors.Add($"line {lineNumber}: '{label}' is not a data row of {TableName(table.Metadata)}");
            return;
        }

        var values = cells.Skip(1).ToArray();
        if (values.Length != table.Metadata.DataColumns.Count)
        {
            errors.Add($"line {lineNumber}: '{label}' has {values.Length} cells; {TableName(table.Metadata)} has {table.Metadata.DataColumns.Count} data columns");
            return;
        }

        for (var column = 0; column < values.Length; column++)
        {
            if (!TryParse(values[column], out var value))
            {
                errors.Add($"line {lineNumber}: '{values[column]}' in column {table.Metadata.DataColumns[column].Label} is not a number");
                continue;
            }

            table.SetValue(row.DataIndex, column, value);
        }
    }

    /// <summary>Reads a cell: blank stays blank; 增49 and 减15 are signed changes.</summary>
    private static bool TryParse(string text, out decimal? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var sign = 1;
        if (text[0] is '增' or '减')
        {
            sign = text[0] == '减' ? -1 : 1;
            text = text[1..];
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = sign * number;
        return true;
    }
}
