using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>
/// A cell the report marks as not applicable (<c>/</c>, <c>—</c>, <c>-</c>, 不适用, 无): it is blank in the table, never 0,
/// and a rule over it is incomplete with the mark named.
/// </summary>
public sealed class NotApplicableCell
{
    internal NotApplicableCell(HeaderMetadata row, HeaderMetadata column, string mark, int line)
    {
        Row = row;
        Column = column;
        Mark = mark;
        Line = line;
    }

    /// <summary>The cell's data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The cell's data column.</summary>
    public HeaderMetadata Column { get; }

    /// <summary>The mark as printed, e.g. <c>/</c> or 不适用.</summary>
    public string Mark { get; }

    /// <summary>The 1-based line of the input where the row was.</summary>
    public int Line { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.LinePrefix, Line) + Say.Format(ReadingText.NotApplicable, Row, Column, Mark);
}
