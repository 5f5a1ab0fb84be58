namespace TemplateGen.Localization;

/// <summary>The kind of slip a suspect set looks like, most telling first.</summary>
public enum CorrectionPattern
{
    /// <summary>A row's values printed one cell to the left or right; the cell left over is what the rules pin down.</summary>
    RowShifted,

    /// <summary>The values of two neighbouring rows printed in each other's place (a 总计 printed in the next row).</summary>
    RowsSwapped,

    /// <summary>Two digits of one value swapped (243 for 234).</summary>
    DigitsSwapped,

    /// <summary>One digit of one value wrong (284 for 234).</summary>
    OneDigitWrong,

    /// <summary>A value with the wrong sign.</summary>
    SignSlip,

    /// <summary>Two cells' values swapped.</summary>
    ValuesSwapped,

    /// <summary>An amount counted in another cell of the same row or column: one cell too high by what the other is too low, so the row's or column's total stays right.</summary>
    MovedToNeighbour,

    /// <summary>No recognised slip: the values that make every rule hold.</summary>
    Other,
}
