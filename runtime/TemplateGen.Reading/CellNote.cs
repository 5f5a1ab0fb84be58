using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>Something the reader did to a value that was read, such as converting its unit; not a problem.</summary>
public sealed class CellNote
{
    internal CellNote(int line, HeaderMetadata row, HeaderMetadata column, string message)
    {
        Line = line;
        Row = row;
        Column = column;
        Message = message;
    }

    /// <summary>The 1-based line of the input.</summary>
    public int Line { get; }

    /// <summary>The cell's data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The cell's data column.</summary>
    public HeaderMetadata Column { get; }

    /// <summary>What was done, e.g. "73802895.90元 read as 7380.289590 万元".</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.LinePrefix, Line) + $"{Row.DisplayLabel} / {Column.DisplayLabel} {Message}";
}
