using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>A row that could not be read as published, at its line.</summary>
public sealed class RowProblem
{
    internal RowProblem(int line, string row, string message)
    {
        Line = line;
        Row = row;
        Message = message;
    }

    /// <summary>The 1-based line of the input where the row was (or, for a row not found, where its table starts).</summary>
    public int Line { get; }

    /// <summary>The row's official label, or the text found when it names no row.</summary>
    public string Row { get; }

    /// <summary>What is wrong, e.g. "6 values found, 7 expected; blank: 自然人".</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.LinePrefix, Line) + $"{(Row.Length > 0 ? Row + " " : "")}{Message}";
}
