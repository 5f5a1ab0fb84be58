using System.Globalization;

namespace TemplateGen;

/// <summary>A cell a violation involves, with the value it held.</summary>
public readonly struct ViolationCell
{
    /// <summary>Creates a cell of a violation.</summary>
    /// <param name="row">The cell's data row.</param>
    /// <param name="column">The cell's data column.</param>
    /// <param name="value">The cell's value; null when blank.</param>
    /// <param name="isLeft">Whether the cell is on the left side (the total) of the equation.</param>
    public ViolationCell(HeaderMetadata row, HeaderMetadata column, decimal? value, bool isLeft)
    {
        Row = row;
        Column = column;
        Value = value;
        IsLeft = isLeft;
    }

    /// <summary>The cell's data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The cell's data column.</summary>
    public HeaderMetadata Column { get; }

    /// <summary>The cell's value; null when blank.</summary>
    public decimal? Value { get; }

    /// <summary>Whether the cell is on the left side (the total) of the equation.</summary>
    public bool IsLeft { get; }

    /// <inheritdoc/>
    public override string ToString() => Row.UnambiguousLabel + " / " + Column.UnambiguousLabel + " = " + (Value?.ToString(CultureInfo.InvariantCulture) ?? "(blank)");
}
