using System.Collections.Generic;

namespace TemplateGen;

/// <summary>One equation of a rule: the sum of the left data headers equals the sum of the right ones.</summary>
public sealed class EquationMetadata
{
    /// <summary>Creates an equation; generated code calls this.</summary>
    /// <param name="isTotal">Whether the left side is a single total cell that can be filled from the right side.</param>
    /// <param name="left">Data indexes on the left side.</param>
    /// <param name="right">Data indexes on the right side.</param>
    /// <param name="previousLeft">Terms on the left that name cells of the previous year's report, as header indexes; see <see cref="PreviousLeft"/>.</param>
    /// <param name="previousRight">Terms on the right that name cells of the previous year's report, as header indexes.</param>
    public EquationMetadata(bool isTotal, int[] left, int[] right, int[]? previousLeft = null, int[]? previousRight = null)
    {
        IsTotal = isTotal;
        Left = left;
        Right = right;
        PreviousLeft = previousLeft ?? None;
        PreviousRight = previousRight ?? None;
    }

    private static readonly int[] None = new int[0];

    /// <summary>Whether the left side is a single total cell that can be filled from the right side.</summary>
    public bool IsTotal { get; }

    /// <summary>Data indexes on the left side.</summary>
    public IReadOnlyList<int> Left { get; }

    /// <summary>Data indexes on the right side.</summary>
    public IReadOnlyList<int> Right { get; }

    /// <summary>
    /// Terms on the left that name cells of the previous year's report (rules across reports only), as indexes
    /// into this table's <see cref="TableMetadata.Rows"/> or <see cref="TableMetadata.Columns"/>, not data
    /// indexes: each header is followed into the previous report's format by its former id or its id, and a
    /// group there stands for the sum of its data headers.
    /// </summary>
    public IReadOnlyList<int> PreviousLeft { get; }

    /// <summary>Terms on the right that name cells of the previous year's report, as header indexes (see <see cref="PreviousLeft"/>).</summary>
    public IReadOnlyList<int> PreviousRight { get; }
}
