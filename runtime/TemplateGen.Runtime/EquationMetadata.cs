using System.Collections.Generic;

namespace TemplateGen;

/// <summary>One equation of a rule: the sum of the left data headers equals the sum of the right ones.</summary>
public sealed class EquationMetadata
{
    /// <summary>Creates an equation; generated code calls this.</summary>
    /// <param name="isTotal">Whether the left side is a single total cell that can be filled from the right side.</param>
    /// <param name="left">Data indexes on the left side.</param>
    /// <param name="right">Data indexes on the right side.</param>
    public EquationMetadata(bool isTotal, int[] left, int[] right)
    {
        IsTotal = isTotal;
        Left = left;
        Right = right;
    }

    /// <summary>Whether the left side is a single total cell that can be filled from the right side.</summary>
    public bool IsTotal { get; }

    /// <summary>Data indexes on the left side.</summary>
    public IReadOnlyList<int> Left { get; }

    /// <summary>Data indexes on the right side.</summary>
    public IReadOnlyList<int> Right { get; }
}
