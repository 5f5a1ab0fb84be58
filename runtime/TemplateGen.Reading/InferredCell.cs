using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>A cell the reader filled in because the row's own total pins it down; never silent.</summary>
public sealed class InferredCell
{
    internal InferredCell(HeaderMetadata row, HeaderMetadata column, decimal value, int line, RuleMetadata rule, string reason)
    {
        Row = row;
        Column = column;
        Value = value;
        Line = line;
        Rule = rule;
        Reason = reason;
    }

    /// <summary>The cell's data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The cell's data column.</summary>
    public HeaderMetadata Column { get; }

    /// <summary>The value filled in.</summary>
    public decimal Value { get; }

    /// <summary>The 1-based line of the input where the row was.</summary>
    public int Line { get; }

    /// <summary>The rule whose equation gave the value; that rule no longer checks this row independently.</summary>
    public RuleMetadata Rule { get; }

    /// <summary>How the value was found, e.g. "inferred as 6: the row's 总计 6 minus its other parts 0 (rule I2)".</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.LinePrefix, Line) + $"{Row} / {Column} {Reason}";
}
