using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// Tables a page prints without drawing lines, rebuilt from alignment: a line that ends in numbers is a row; its
/// numbers fall into column bands shared by the rows around it (so a blank inside a row keeps its column), and the
/// pieces of a label wrapped over lines above and below the numbers, printed left of them, join the row they are
/// nearest to. Text in a band left of the row labels is a group label's piece. Other lines stay as printed.
/// </summary>
internal static class UnruledTables
{
    /// <summary>A gap wider than this many type sizes separates two cells of a line.</summary>
    private const double CellGap = 1.0;

    /// <summary>A gap this share of the type size is a space.</summary>
    private const double SpaceGap = 0.25;

    /// <summary>How many line heights a wrapped label's piece may stand from its row's numbers.</summary>
    private const double Reach = 2.5;

    /// <summary>A run of a printed line between wide gaps: a label's piece or a number, with its horizontal extent.</summary>
    private sealed record Token(string Text, double Left, double Right);

    private sealed class PrintedLine
    {
        public PrintedLine(List<Glyph> glyphs)
        {
            Top = glyphs.Max(g => g.Top);
            Bottom = glyphs.Min(g => g.Bottom);
            Size = glyphs.Max(g => g.Size);
            Tokens = Tokenize(glyphs);
            var values = 0;
            while (values < Tokens.Count && CellValue.IsValue(Tokens[Tokens.Count - 1 - values].Text))
            {
                values++;
            }

            Values = Tokens.Skip(Tokens.Count - values).ToList();
            Labels = Tokens.Take(Tokens.Count - values).ToList();
        }

        public double Top { get; }

        public double Bottom { get; }

        public double Middle => (Top + Bottom) / 2;

        public double Size { get; }

        public List<Token> Tokens { get; }

        /// <summary>The numbers the line ends with: a row's cells.</summary>
        public List<Token> Values { get; }

        /// <summary>The text before them.</summary>
        public List<Token> Labels { get; }

        public bool IsRow => Values.Count > 0;

        public List<Token> Above { get; } = new();

        public List<Token> Below { get; } = new();

        public bool Consumed { get; set; }
    }

    /// <summary>
    /// The lines outside ruled tables (top to bottom) as cells, each with its top edge, and whether it is a row rebuilt
    /// here (its cells then end with its block's last column, blank or not).
    /// </summary>
    public static IEnumerable<(double Top, string[] Cells, bool IsTableRow)> Lines(List<List<Glyph>> glyphLines)
    {
        var lines = glyphLines.Where(l => l.Count > 0).Select(l => new PrintedLine(l)).ToList();
        AttachWrappedLabels(lines);
        foreach (var block in Blocks(lines))
        {
            foreach (var line in block)
            {
                if (!line.IsRow)
                {
                    yield return (line.Top, line.Tokens.Select(t => t.Text).ToArray(), false);
                }
            }

            var rows = block.Where(l => l.IsRow).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var columns = Columns(rows);
            var labelLeft = LabelLeft(rows);
            foreach (var row in rows)
            {
                var pieces = row.Above.Concat(row.Labels).Concat(row.Below).ToList();
                var groups = pieces.Where(t => t.Right <= labelLeft).Select(t => t.Text).ToList();
                var label = string.Concat(pieces.Where(t => t.Right > labelLeft).Select(t => t.Text));
                var cells = new List<string>();
                if (groups.Count > 0)
                {
                    cells.Add(string.Concat(groups));
                }

                cells.Add(label);
                cells.AddRange(Place(row.Values, columns));
                yield return (row.Top, cells.ToArray(), true);
            }
        }
    }

    /// <summary>Runs of rows with only wrapped label pieces between them; any other line ends a run (and stands alone).</summary>
    private static IEnumerable<List<PrintedLine>> Blocks(List<PrintedLine> lines)
    {
        var block = new List<PrintedLine>();
        foreach (var line in lines)
        {
            if (line.Consumed || line.Tokens.Count == 0)
            {
                continue;
            }

            if (!line.IsRow)
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = new List<PrintedLine>();
                }

                yield return new List<PrintedLine> { line };
                continue;
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    /// <summary>The centre of each column of a run of rows: the mean centre of the k-th number of the rows that print the most numbers.</summary>
    private static double[] Columns(List<PrintedLine> rows)
    {
        var most = rows.Max(r => r.Values.Count);
        var full = rows.Where(r => r.Values.Count == most).ToList();
        return Enumerable.Range(0, most).Select(k => full.Average(r => (r.Values[k].Left + r.Values[k].Right) / 2)).ToArray();
    }

    /// <summary>
    /// A row's numbers in their columns: all of them in order when the row prints every column; else each in the
    /// nearest column after the one before it, so a blank keeps its column and a value never moves past another.
    /// </summary>
    private static IEnumerable<string> Place(List<Token> values, double[] columns)
    {
        var cells = new string[columns.Length];
        if (values.Count >= columns.Length)
        {
            return values.Skip(values.Count - columns.Length).Select(v => v.Text);
        }

        var next = 0;
        for (var v = 0; v < values.Count; v++)
        {
            var centre = (values[v].Left + values[v].Right) / 2;
            var last = columns.Length - (values.Count - v); // leave room for the numbers still to place
            var best = next;
            for (var c = next; c <= last; c++)
            {
                if (Math.Abs(columns[c] - centre) < Math.Abs(columns[best] - centre))
                {
                    best = c;
                }
            }

            cells[best] = values[v].Text;
            next = best + 1;
        }

        return cells.Select(c => c ?? "");
    }

    /// <summary>
    /// Lines of text only, printed entirely left of a row's numbers and near it, are pieces of wrapped labels: each
    /// joins the nearer of the rows above and below (before its own label if printed above, after it if below). A
    /// piece in the label column joins only where the text before it wrapped (reached the column's right edge), so a
    /// short label (规章) never swallows the next row's label when that row printed no numbers.
    /// </summary>
    private static void AttachWrappedLabels(List<PrintedLine> lines)
    {
        var rows = lines.Where(l => l.IsRow).ToList();
        var columns = new Dictionary<PrintedLine, (double LabelLeft, double LabelRight)?>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsRow || line.Tokens.Count == 0)
            {
                continue;
            }

            var candidates = new[] { Nearest(lines, i, -1), Nearest(lines, i, +1) }.Where(r => r is not null
                && line.Tokens.All(t => t.Right <= r.Values[0].Left)
                && Math.Abs(r.Middle - line.Middle) <= Reach * Math.Max(line.Size, r.Size) * 1.2
                && Adjacent(lines, i, r.Middle < line.Middle ? +1 : -1)
                && Continues(line, r, rows, columns)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var row = candidates.OrderBy(r => Math.Abs(r!.Middle - line.Middle)).First()!;
            (row.Middle < line.Middle ? row.Above : row.Below).AddRange(line.Tokens);
            line.Consumed = true;
        }
    }

    /// <summary>
    /// Whether the line stands at a wrapped line's distance from its neighbour towards the row: lines wrapped in one
    /// cell are set at the type's line spacing, while a heading after a table stands apart by a paragraph's space.
    /// </summary>
    private static bool Adjacent(List<PrintedLine> lines, int index, int towardsRow)
    {
        var neighbour = index + towardsRow;
        if (neighbour < 0 || neighbour >= lines.Count)
        {
            return false;
        }

        var (line, next) = (lines[index], lines[neighbour]);
        return Math.Abs(line.Middle - next.Middle) <= WrapSpacing * Math.Max(line.Size, next.Size);
    }

    /// <summary>The largest distance, in type sizes, between the middles of two lines wrapped in one cell.</summary>
    private const double WrapSpacing = 1.6;

    /// <summary>Whether a line of text can be a piece of the row's labels: a group's piece, or a label piece where the text before it wrapped.</summary>
    private static bool Continues(PrintedLine line, PrintedLine row, List<PrintedLine> rows, Dictionary<PrintedLine, (double LabelLeft, double LabelRight)?> columns)
    {
        if (!columns.TryGetValue(row, out var column))
        {
            column = LabelColumn(row, rows);
            columns[row] = column;
        }

        if (column is not { } found)
        {
            return true;
        }

        var (labelLeft, labelRight) = found;
        if (line.Tokens.All(t => t.Right <= labelLeft))
        {
            return true; // a group label's piece, in the column left of the rows' labels
        }

        var edge = Math.Max(labelRight, line.Tokens[line.Tokens.Count - 1].Right) - 2 * row.Size;
        if (row.Middle < line.Middle)
        {
            return line.Tokens[line.Tokens.Count - 1].Right >= edge; // above the numbers: the piece itself wrapped
        }

        var before = row.Below.Count > 0 ? row.Below : row.Labels.Count > 0 ? row.Labels : row.Above;
        return before.Count > 0 && before[before.Count - 1].Right >= edge; // below: the text before it wrapped
    }

    /// <summary>
    /// Where the labels of the row's table start (their most common start: left of it stand group labels) and how far
    /// right they reach; the rows of one table are those whose numbers start near the same x. Null when none has a label.
    /// </summary>
    private static (double LabelLeft, double LabelRight)? LabelColumn(PrintedLine row, List<PrintedLine> rows)
    {
        var table = rows.Where(r => Math.Abs(r.Values[0].Left - row.Values[0].Left) <= 3 * row.Size && r.Labels.Count > 0).ToList();
        if (table.Count == 0)
        {
            return null;
        }

        var labelLeft = table.Select(r => Math.Round(r.Labels[r.Labels.Count - 1].Left)).GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key - 1;
        return (labelLeft, table.Max(r => r.Labels[r.Labels.Count - 1].Right));
    }

    /// <summary>The nearest row in a direction with only unconsumed text lines between, or null.</summary>
    private static PrintedLine? Nearest(List<PrintedLine> lines, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].IsRow)
            {
                return lines[i];
            }
        }

        return null;
    }

    /// <summary>Where the rows' own labels start: left of it stand group labels' pieces (the rows' labels of a run start at one x).</summary>
    private static double LabelLeft(List<PrintedLine> rows)
    {
        var lefts = rows.Where(r => r.Labels.Count > 0).Select(r => Math.Round(r.Labels[r.Labels.Count - 1].Left)).ToList();
        if (lefts.Count == 0)
        {
            return double.NegativeInfinity;
        }

        // The most common start, not the leftmost: some rows print a group's piece before their label.
        return lefts.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key - 1;
    }

    /// <summary>
    /// A wide gap separates cells; so does a narrower one (a space's width) between a label's last character and a
    /// number, where a label ends close to its row's first value.
    /// </summary>
    private static bool Separates(Glyph previous, Glyph next)
    {
        var size = Math.Max(1, Math.Max(previous.Size, next.Size));
        var gap = next.Left - previous.Right;
        return gap > CellGap * size || (gap > SpaceGap * size && IsDigit(previous) != IsDigit(next));
    }

    private static bool IsDigit(Glyph glyph) => glyph.Value.Length > 0 && glyph.Value[0] is >= '0' and <= '9' or >= '０' and <= '９';

    private static List<Token> Tokenize(List<Glyph> glyphs)
    {
        var tokens = new List<Token>();
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || Separates(glyphs[i - 1], glyphs[i]))
            {
                var text = GlyphLines.CellText(glyphs.GetRange(start, i - start));
                if (text.Length > 0)
                {
                    tokens.Add(new Token(text, glyphs[start].Left, glyphs[i - 1].Right));
                }

                start = i;
            }
        }

        return tokens;
    }
}
