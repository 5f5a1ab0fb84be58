using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TemplateGen;

/// <summary>The rounding of reported amounts (public, for code that compares amounts as the checks do) and the helpers the tables' checks use to record violations; not meant for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TableSupport
{
    /// <summary>Half a unit in the last decimal reported: the rounding error a reported value may carry.</summary>
    /// <param name="value">A reported value.</param>
    /// <returns>0.5 × 10^-scale.</returns>
    public static decimal HalfUnit(decimal value)
    {
        var scale = Scale(value);
        return scale >= 28 ? 0m : new decimal(5, 0, 0, false, (byte)(scale + 1));
    }

    /// <summary>The number of decimals the value was written with (610.60 has 2).</summary>
    /// <param name="value">A value.</param>
    /// <returns>Its scale, 0 to 28.</returns>
    public static int Scale(decimal value) => (new DecimalBits { Value = value }.Flags >> 16) & 0xFF;

    /// <summary>Converts a value for a whole-number column, rejecting fractions.</summary>
    /// <param name="value">The value, or null for blank.</param>
    /// <param name="column">The column, named in the exception.</param>
    /// <returns>The whole number, or null.</returns>
    /// <exception cref="ArgumentException">The value is not a whole number or does not fit a long.</exception>
    internal static long? ToWhole(decimal? value, HeaderMetadata column)
    {
        if (!(value is decimal v))
        {
            return null;
        }

        if (decimal.Truncate(v) != v || v > long.MaxValue || v < long.MinValue)
        {
            throw new ArgumentException("Column '" + column.Id + "' (" + column.FullLabel + ") holds whole numbers; " + v.ToString(CultureInfo.InvariantCulture) + " is not one.", nameof(value));
        }

        return (long)v;
    }

    /// <summary>Records a violation of equation <paramref name="equation"/> of rule <paramref name="ruleIndex"/> in data line <paramref name="line"/>.</summary>
    /// <param name="violations">The list to add to, created on first use.</param>
    /// <param name="table">The table checked.</param>
    /// <param name="ruleIndex">Index of the rule in <see cref="TableMetadata.Rules"/>.</param>
    /// <param name="equation">Index of the equation in the rule.</param>
    /// <param name="line">Data index of the column (rule between rows) or row (between columns).</param>
    /// <param name="status">Failed or incomplete.</param>
    /// <param name="reported">The left side as reported.</param>
    /// <param name="computed">The right side computed.</param>
    internal static void Add(ref List<Violation>? violations, IReportTable table, int ruleIndex, int equation, int line, ViolationStatus status, decimal? reported, decimal? computed)
    {
        var metadata = table.Metadata;
        var rule = metadata.Rules[ruleIndex];
        var terms = rule.Equations[equation];
        var betweenRows = rule.Direction == RuleDirection.BetweenRows;
        var cells = new ViolationCell[terms.Left.Count + terms.Right.Count];
        var n = 0;
        foreach (var side in new[] { terms.Left, terms.Right })
        {
            foreach (var term in side)
            {
                var row = betweenRows ? term : line;
                var column = betweenRows ? line : term;
                cells[n++] = new ViolationCell(metadata.DataRows[row], metadata.DataColumns[column], table.GetValue(row, column), side == terms.Left);
            }
        }

        var lineHeader = betweenRows ? metadata.DataColumns[line] : metadata.DataRows[line];
        (violations ??= new List<Violation>()).Add(new Violation(metadata, rule, equation, lineHeader, status, reported, computed, cells));
    }

    /// <summary>Records a negative count under the template's domain rule.</summary>
    /// <param name="violations">The list to add to, created on first use.</param>
    /// <param name="table">The table checked.</param>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index.</param>
    internal static void AddNegative(ref List<Violation>? violations, IReportTable table, int row, int column)
    {
        var metadata = table.Metadata;
        var value = table.GetValue(row, column);
        var cell = new ViolationCell(metadata.DataRows[row], metadata.DataColumns[column], value, isLeft: true);
        (violations ??= new List<Violation>()).Add(new Violation(metadata, metadata.DomainRule!, -1, metadata.DataColumns[column], ViolationStatus.Failed, value, null, new[] { cell }));
    }

    /// <summary>
    /// The flags word of a decimal (sign and scale), read without the array decimal.GetBits allocates on
    /// netstandard2.0, so Validate stays allocation-free. The flags come first in every runtime's layout.
    /// </summary>
    [StructLayout(LayoutKind.Explicit)]
    private struct DecimalBits
    {
        [FieldOffset(0)]
        public decimal Value;

        [FieldOffset(0)]
        public int Flags;
    }
}
