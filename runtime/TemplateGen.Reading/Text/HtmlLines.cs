using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TemplateGen.Reading.Text;

/// <summary>
/// Turns an HTML report into lines: each text block outside tables is a line; each table row is a line of
/// cells after rowspan and colspan are expanded into a grid, so positions match the printed table.
/// </summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal) { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DIV", "TITLE" };

    public static IReadOnlyList<SourceLine> Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<SourceLine>();
        if (document.DocumentElement is { } root)
        {
            Walk(root, lines);
        }

        return lines;
    }

    private static void Walk(IElement element, List<SourceLine> lines)
    {
        // Iterative, so deeply nested markup cannot overflow the stack.
        var pending = new Stack<IElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IHtmlTableElement table)
            {
                foreach (var row in Grid(table))
                {
                    lines.Add(new SourceLine(lines.Count + 1, row, IsTableRow: true));
                }

                continue;
            }

            if (Blocks.Contains(current.TagName) && !current.Children.Any(c => Blocks.Contains(c.TagName) || c is IHtmlTableElement))
            {
                var text = Clean(current.TextContent);
                if (text.Length > 0)
                {
                    lines.Add(new SourceLine(lines.Count + 1, new[] { text }));
                }

                continue;
            }

            // Enumerated, not indexed: AngleSharp's netstandard2.0 and net8.0+ builds differ in the indexer's signature.
            foreach (var child in current.Children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The table as a grid: a cell spanning rows or columns fills every position it covers.</summary>
    private static IEnumerable<string[]> Grid(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        var grid = new CellGrid(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                grid.PlaceNext(r, Clean(cell.TextContent), cell.RowSpan, cell.ColumnSpan);
            }
        }

        return grid.Rows();
    }

    private static string Clean(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
