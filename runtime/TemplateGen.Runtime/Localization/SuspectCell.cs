using System.Globalization;

namespace TemplateGen.Localization;

/// <summary>A cell of a suspect set (or a blank the rules pin down), with its reported and suggested value.</summary>
public sealed class SuspectCell
{
    internal SuspectCell(TableMetadata table, HeaderMetadata row, HeaderMetadata column, decimal? reported, decimal suggested)
    {
        Table = table;
        Row = row;
        Column = column;
        Reported = reported;
        Suggested = suggested;
    }

    /// <summary>The cell's table.</summary>
    public TableMetadata Table { get; }

    /// <summary>The cell's data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The cell's data column.</summary>
    public HeaderMetadata Column { get; }

    /// <summary>The value as reported; null for a blank.</summary>
    public decimal? Reported { get; }

    /// <summary>The value that, with the other cells of its set, makes every rule hold.</summary>
    public decimal Suggested { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Row} / {Column} reported {(Reported is { } r ? r.ToString(CultureInfo.InvariantCulture) : "blank")}, {Suggested.ToString(CultureInfo.InvariantCulture)}";
}
