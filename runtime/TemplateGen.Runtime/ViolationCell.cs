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
    /// <param name="inPreviousReport">Whether the cell is in the previous year's report (rules across reports); its headers are then that report's.</param>
    public ViolationCell(HeaderMetadata row, HeaderMetadata column, decimal? value, bool isLeft, bool inPreviousReport = false)
    {
        InPreviousReport = inPreviousReport;
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

    /// <summary>Whether the cell is in the previous year's report (rules across reports); <see cref="Row"/> and <see cref="Column"/> are then that report's headers.</summary>
    public bool InPreviousReport { get; }

    /// <summary>The cell's row and column, marked "previous report" when it is in the previous year's report.</summary>
    public string Location => (InPreviousReport ? "previous report: " : "") + Row.UnambiguousLabel + " / " + Column.UnambiguousLabel;

    /// <inheritdoc/>
    public override string ToString() => Location + " = " + (Value?.ToString(CultureInfo.InvariantCulture) ?? "(blank)");
}
