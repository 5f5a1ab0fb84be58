using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// A table rebuilt from the lines a page draws. Every ruling position cuts the table into a grid of atomic cells;
/// neighbouring atomic cells with no ruling between them are one printed cell (a merged cell, as rowspan and
/// colspan are in HTML). Glyphs go to the cell their centre lies in, so text that wraps inside a cell stays one
/// cell and a value never moves to another cell.
/// </summary>
internal sealed class RuledTable
{
    private const double Tolerance = PageRulings.Tolerance;

    /// <summary>
    /// Edges closer than this are one: a band this narrow holds no text, only the gap between two cells' backgrounds
    /// or a double border.
    /// </summary>
    private const double NarrowestBand = 4;

    private readonly double[] _rowEdges;     // top to bottom
    private readonly double[] _columnEdges;  // left to right
    private readonly int[] _parent;
    private readonly List<Glyph>[] _glyphs;

    private RuledTable(double[] rowEdges, double[] columnEdges, IReadOnlyList<Ruling> rulings)
    {
        _rowEdges = rowEdges;
        _columnEdges = columnEdges;
        var cells = Rows * Columns;
        _parent = new int[cells];
        _glyphs = new List<Glyph>[cells];
        for (var i = 0; i < cells; i++)
        {
            _parent[i] = i;
        }

        JoinUnruledNeighbours(rulings);
    }

    private int Rows => _rowEdges.Length - 1;

    private int Columns => _columnEdges.Length - 1;

    /// <summary>The top edge of the table, where it stands among the page's lines of text.</summary>
    public double Top => _rowEdges[0];

    /// <summary>
    /// The tables a page draws: groups of rulings that meet one another, with at least two rows' and two columns'
    /// edges. A lone underline or a frame around a paragraph is no table.
    /// </summary>
    public static List<RuledTable> Find(List<Ruling> rulings)
    {
        var components = Components(rulings);
        var tables = new List<RuledTable>();
        foreach (var component in components)
        {
            // A table cut by a page break is left open: its columns' lines run past its last drawn row line. The ends of
            // the crossing lines close it, so its last row is not lost.
            var horizontal = component.Where(r => r.Horizontal).ToList();
            var vertical = component.Where(r => !r.Horizontal).ToList();
            var rows = Edges(horizontal.Select(r => r.At).Concat(vertical.Select(r => r.From)).Concat(vertical.Select(r => r.To)), descending: true);
            var columns = Edges(vertical.Select(r => r.At).Concat(horizontal.Select(r => r.From)).Concat(horizontal.Select(r => r.To)), descending: false);
            if (rows.Length >= 2 && columns.Length >= 2 && (rows.Length > 2 || columns.Length > 2))
            {
                tables.Add(new RuledTable(rows, columns, component));
            }
        }

        return tables;
    }

    /// <summary>Takes the glyph when its centre lies inside the table; false when it lies outside.</summary>
    public bool TryAdd(Glyph glyph)
    {
        var row = Index(_rowEdges, glyph.CenterY, descending: true);
        var column = Index(_columnEdges, glyph.CenterX, descending: false);
        if (row < 0 || column < 0)
        {
            return false;
        }

        var cell = Find(row * Columns + column);
        (_glyphs[cell] ??= new List<Glyph>()).Add(glyph);
        return true;
    }

    /// <summary>The table's rows as lines of cells, each with its top edge, merged cells spread as HTML spans are.</summary>
    public IEnumerable<(double Top, string[] Cells)> Lines()
    {
        var grid = new CellGrid(Rows);
        var seen = new HashSet<int>();
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var root = Find(r * Columns + c);
                if (!seen.Add(root))
                {
                    continue;
                }

                var (rowSpan, columnSpan) = Span(root, r, c);
                var text = _glyphs[root] is { } glyphs ? GlyphLines.CellText(glyphs) : "";
                grid.Place(r, c, text, rowSpan, columnSpan);
            }
        }

        var row = 0;
        foreach (var cells in grid.Rows())
        {
            yield return (_rowEdges[row], cells);
            row++;
        }
    }

    /// <summary>How far the merged cell whose first atomic cell is (row, column) reaches down and right.</summary>
    private (int Rows, int Columns) Span(int root, int row, int column)
    {
        var columns = 1;
        while (column + columns < Columns && Find(row * Columns + column + columns) == root)
        {
            columns++;
        }

        var rows = 1;
        while (row + rows < Rows && Find((row + rows) * Columns + column) == root)
        {
            rows++;
        }

        return (rows, columns);
    }

    private void JoinUnruledNeighbours(IReadOnlyList<Ruling> rulings)
    {
        var vertical = ByEdge(rulings.Where(r => !r.Horizontal), _columnEdges);
        var horizontal = ByEdge(rulings.Where(r => r.Horizontal), _rowEdges);
        for (var r = 0; r < Rows; r++)
        {
            var middleY = (_rowEdges[r] + _rowEdges[r + 1]) / 2;
            for (var c = 0; c < Columns; c++)
            {
                var middleX = (_columnEdges[c] + _columnEdges[c + 1]) / 2;
                if (c + 1 < Columns && !vertical[c + 1].Any(v => v.Covers(middleY, Tolerance)))
                {
                    Union(r * Columns + c, r * Columns + c + 1);
                }

                if (r + 1 < Rows && !horizontal[r + 1].Any(h => h.Covers(middleX, Tolerance)))
                {
                    Union(r * Columns + c, (r + 1) * Columns + c);
                }
            }
        }
    }

    /// <summary>The rulings that lie on each edge (within the tolerance of its position, or of the positions it merged).</summary>
    private static List<Ruling>[] ByEdge(IEnumerable<Ruling> rulings, double[] edges)
    {
        var byEdge = new List<Ruling>[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            byEdge[i] = new List<Ruling>();
        }

        foreach (var ruling in rulings)
        {
            var nearest = -1;
            for (var i = 0; i < edges.Length; i++)
            {
                if (nearest < 0 || Math.Abs(edges[i] - ruling.At) < Math.Abs(edges[nearest] - ruling.At))
                {
                    nearest = i;
                }
            }

            if (nearest >= 0 && Math.Abs(edges[nearest] - ruling.At) <= NarrowestBand + Tolerance)
            {
                byEdge[nearest].Add(ruling);
            }
        }

        return byEdge;
    }

    /// <summary>Distinct positions; a run of positions each within <see cref="NarrowestBand"/> of the last is one edge, at its middle.</summary>
    private static double[] Edges(IEnumerable<double> positions, bool descending)
    {
        var sorted = positions.OrderBy(p => p).ToList();
        var edges = new List<double>();
        var runStart = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[i - 1] > NarrowestBand)
            {
                edges.Add((sorted[runStart] + sorted[i - 1]) / 2);
                runStart = i;
            }
        }

        if (descending)
        {
            edges.Reverse();
        }

        return edges.ToArray();
    }

    /// <summary>The band an edge list puts a position in, or -1 outside the first and last edge.</summary>
    private static int Index(double[] edges, double position, bool descending)
    {
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var (a, b) = descending ? (edges[i + 1], edges[i]) : (edges[i], edges[i + 1]);
            if (position >= a && position <= b)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Rulings that meet (a horizontal crossing or touching a vertical) are one table's.</summary>
    private static List<List<Ruling>> Components(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var horizontal = Enumerable.Range(0, rulings.Count).Where(i => rulings[i].Horizontal).ToList();
        var vertical = Enumerable.Range(0, rulings.Count).Where(i => !rulings[i].Horizontal).ToList();
        foreach (var h in horizontal)
        {
            foreach (var v in vertical)
            {
                if (rulings[h].Covers(rulings[v].At, Tolerance) && rulings[v].Covers(rulings[h].At, Tolerance))
                {
                    parent[Root(h)] = Root(v);
                }
            }
        }

        return Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    private int Find(int cell)
    {
        while (_parent[cell] != cell)
        {
            _parent[cell] = _parent[_parent[cell]];
            cell = _parent[cell];
        }

        return cell;
    }

    private void Union(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            // The top-left cell stays the root, so a merged cell's text is placed at its first position.
            if (rootA < rootB)
            {
                _parent[rootB] = rootA;
            }
            else
            {
                _parent[rootA] = rootB;
            }
        }
    }
}
