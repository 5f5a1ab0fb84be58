using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// A table's headings and labels in their comparable form (<see cref="LabelText.Normalize"/>), computed once per
/// generated table and kept beside its metadata, so reading a report normalizes only the report.
/// </summary>
internal sealed class TableLabels
{
    private static readonly ConditionalWeakTable<TableMetadata, TableLabels> Cache = new();

    private TableLabels(TableMetadata table)
    {
        Heading = LabelText.Normalize(table.Number.Length > 0 ? table.Number : table.SectionLabel);
        SectionHeading = LabelText.Normalize(table.Number.Length > 0 ? table.Number : table.SectionNumber + table.SectionLabel);
        SectionNumber = LabelText.Normalize(table.SectionNumber);
        Rows = table.Rows.Select(r => LabelText.Normalize(r.FullLabel)).ToArray();
        RowLabels = table.Rows.Select(r => LabelText.Normalize(r.Label)).ToArray();
        Headers = new HashSet<string>(table.Rows.Where(r => r.IsGroup).Select(r => r.FullLabel)
            .Concat(table.Columns.Select(c => c.FullLabel))
            .Append(table.Corner)
            .Select(LabelText.Normalize)
            .Where(l => l.Length > 0));
        AllRows = new HashSet<string>(Rows);
        ContentWindow = table.Corner.Length + table.Columns.Sum(c => c.FullLabel.Length) + table.Rows.Where(r => r.IsGroup).Sum(r => r.FullLabel.Length) + 200;
        RowWindow = table.DataColumns.Count * 24 + table.Rows.Where(r => r.IsGroup).Select(r => r.FullLabel.Length).DefaultIfEmpty(0).Max() * 2 + 40;
    }

    /// <summary>What running text is searched for: the table's own number, else its section title without the number (numbers shift).</summary>
    public string Heading { get; }

    /// <summary>What a line starts with: the table's own number, else its section number and title.</summary>
    public string SectionHeading { get; }

    /// <summary>The section number, e.g. 三、.</summary>
    public string SectionNumber { get; }

    /// <summary>Number and label of every row header, by its index in <see cref="TableMetadata.Rows"/>.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>The label without the number of every row header, by its index.</summary>
    public IReadOnlyList<string> RowLabels { get; }

    /// <summary>Group, column and corner labels: text that is a header, not a row.</summary>
    public HashSet<string> Headers { get; }

    /// <summary>Every row header's number and label.</summary>
    public HashSet<string> AllRows { get; }

    /// <summary>How far after a heading its first row may start: the corner and the column headers, with room to spare.</summary>
    public int ContentWindow { get; }

    /// <summary>How far after one row's label the next row's label may start: its cells and any group headings.</summary>
    public int RowWindow { get; }

    public static TableLabels Of(TableMetadata table) => Cache.GetValue(table, t => new TableLabels(t));

    public string Row(HeaderMetadata row) => Rows[row.Index];

    public string RowLabel(HeaderMetadata row) => RowLabels[row.Index];
}
