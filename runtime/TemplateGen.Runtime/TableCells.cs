using System;
using System.ComponentModel;
using System.Globalization;

namespace TemplateGen;

/// <summary>
/// The cells of one generated table in one flat store, row by row, with the table's checks. Generated tables keep
/// their cells here and their typed members read and write through it, so the generated code stays a list of
/// accessors whatever the size of the template; not meant for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TableCells
{
    private readonly TableMetadata _metadata;
    private readonly int _rows;
    private readonly int _columns;

    /// <summary>Creates a store of blank cells for the table <paramref name="metadata"/> describes.</summary>
    /// <param name="metadata">The table's metadata.</param>
    public TableCells(TableMetadata metadata)
    {
        _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        _rows = metadata.DataRows.Count;
        _columns = metadata.DataColumns.Count;
        var checks = metadata.Checks;
        Whole = checks.HasWholeColumns ? new long?[_rows * _columns] : Array.Empty<long?>();
        Amounts = checks.HasAmountColumns ? new decimal?[_rows * _columns] : Array.Empty<decimal?>();
    }

    /// <summary>Cells of whole-number columns by <c>row × columns + column</c>; other slots stay blank.</summary>
    internal long?[] Whole { get; }

    /// <summary>Cells of amount columns by <c>row × columns + column</c>; other slots stay blank.</summary>
    internal decimal?[] Amounts { get; }

    /// <summary>A cell of a whole-number column.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index of a whole-number column.</param>
    /// <returns>The value, or null when blank.</returns>
    public long? GetWhole(int row, int column) => Whole[(row * _columns) + column];

    /// <summary>Sets a cell of a whole-number column.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index of a whole-number column.</param>
    /// <param name="value">The value, or null for blank.</param>
    public void SetWhole(int row, int column, long? value) => Whole[(row * _columns) + column] = value;

    /// <summary>A cell of an amount column.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index of an amount column.</param>
    /// <returns>The value, or null when blank.</returns>
    public decimal? GetAmount(int row, int column) => Amounts[(row * _columns) + column];

    /// <summary>Sets a cell of an amount column.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index of an amount column.</param>
    /// <param name="value">The value, or null for blank.</param>
    public void SetAmount(int row, int column, decimal? value) => Amounts[(row * _columns) + column] = value;

    /// <summary>Any cell, as a decimal.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index.</param>
    /// <returns>The value, or null when blank.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is not a data index of the table.</exception>
    public decimal? GetValue(int row, int column)
    {
        CheckRange(row, column);
        return Value((row * _columns) + column);
    }

    /// <summary>Sets any cell, converting to the column's kind.</summary>
    /// <param name="row">Data row index.</param>
    /// <param name="column">Data column index.</param>
    /// <param name="value">The value, or null for blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is not a data index of the table.</exception>
    /// <exception cref="ArgumentException">A fraction, or a number beyond a long, in a whole-number column.</exception>
    public void SetValue(int row, int column, decimal? value)
    {
        CheckRange(row, column);
        var cell = (row * _columns) + column;
        if (_metadata.Checks.IsAmountColumn(column))
        {
            Amounts[cell] = value;
        }
        else
        {
            Whole[cell] = TableSupport.ToWhole(value, _metadata.DataColumns[column]);
        }
    }

    /// <summary>Checks every rule of the table; allocates nothing when every rule holds.</summary>
    /// <param name="table">The generated table that owns this store, named in each violation.</param>
    /// <returns>The violations, in rule, equation and line order, then negative counts.</returns>
    public ValidationResult Validate(IReportTable table) => _metadata.Checks.Validate(table, this);

    /// <summary>Fills every total from its parts, parts before the totals that use them; a total with a blank part is left as it is.</summary>
    public void ComputeTotals() => _metadata.Checks.ComputeTotals(this);

    /// <summary>The cell at a flat index, as a decimal.</summary>
    internal decimal? Value(int cell) => _metadata.Checks.IsAmountColumn(cell % _columns) ? Amounts[cell] : Whole[cell];

    private void CheckRange(int row, int column)
    {
        if ((uint)row >= (uint)_rows)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, _metadata.Id + " has " + _rows.ToString(CultureInfo.InvariantCulture) + " data rows.");
        }

        if ((uint)column >= (uint)_columns)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, _metadata.Id + " has " + _columns.ToString(CultureInfo.InvariantCulture) + " data columns.");
        }
    }
}
