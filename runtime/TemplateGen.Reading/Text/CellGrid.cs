using System;
using System.Collections.Generic;

namespace TemplateGen.Reading.Text;

/// <summary>
/// A table as a grid of positions, filled cell by cell with their row and column spans, the way HTML, Word and
/// PDF tables are all built: a cell spanning rows repeats its text on every row it covers (a group label stands
/// beside each of its rows, as printed), a cell spanning columns stands once, at its first column.
/// </summary>
internal sealed class CellGrid
{
    /// <summary>Wider than any printed report table; a larger span is hostile input, not layout.</summary>
    public const int MaxColumnSpan = 100;

    /// <summary>Marks the positions a cell spreads over beyond its first: no cell of their own.</summary>
    private const string Continuation = "\u0000";

    private readonly List<string?>[] _rows;

    public CellGrid(int rows)
    {
        _rows = new List<string?>[rows];
        for (var r = 0; r < rows; r++)
        {
            _rows[r] = new List<string?>();
        }
    }

    /// <summary>
    /// Places a cell in <paramref name="row"/> at its first free position, after cells that span into it from
    /// above (HTML's table model); returns the column it took.
    /// </summary>
    public int PlaceNext(int row, string text, int rowSpan, int columnSpan)
    {
        var column = FirstFree(row);
        Place(row, column, text, rowSpan, columnSpan);
        return column;
    }

    /// <summary>Places a cell at a known row and column; a row span ends at the grid's last row, as in the HTML table model.</summary>
    public void Place(int row, int column, string text, int rowSpan, int columnSpan)
    {
        columnSpan = Math.Min(Math.Max(1, columnSpan), MaxColumnSpan);
        rowSpan = Math.Max(1, rowSpan);
        for (var dr = 0; dr < rowSpan; dr++)
        {
            if (row + dr >= _rows.Length)
            {
                break;
            }

            var target = _rows[row + dr];
            for (var dc = 0; dc < columnSpan; dc++)
            {
                while (target.Count <= column + dc)
                {
                    target.Add(null);
                }

                target[column + dc] = dc == 0 ? text : Continuation;
            }
        }
    }

    /// <summary>
    /// Each row's cells, empty cells kept so positions count. A row ends with its last cell of its own: positions a
    /// cell only spreads over are left off its end, so a row's last position is a cell that is printed, blank or not,
    /// and a reader can count the value columns from the right.
    /// </summary>
    public IEnumerable<string[]> Rows()
    {
        foreach (var row in _rows)
        {
            var end = row.Count;
            while (end > 0 && (row[end - 1] is null || ReferenceEquals(row[end - 1], Continuation)))
            {
                end--;
            }

            var cells = new string[end];
            for (var c = 0; c < end; c++)
            {
                cells[c] = row[c] is { } text && !ReferenceEquals(text, Continuation) ? text : "";
            }

            yield return cells;
        }
    }

    private int FirstFree(int row)
    {
        var column = 0;
        var cells = _rows[row];
        while (column < cells.Count && cells[column] is not null)
        {
            column++;
        }

        return column;
    }
}
