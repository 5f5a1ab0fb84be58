using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TemplateGen.Sample.Reading;

/// <summary>
/// Turns an HTML report into lines: each text block outside tables is a line; each table row is a line of
/// cells after rowspan and colspan are expanded into a grid, so positions match the printed table.
/// </summary>
internal static class HtmlReport
{
    private static readonly string[] Blocks = { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DIV", "TITLE" };

    public static IReadOnlyList<SourceLine> Lines(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<SourceLine>();
        Walk(document.DocumentElement, lines);
        return lines;
    }

    private static void Walk(IElement element, List<SourceLine> lines)
    {
        if (element is IHtmlTableElement table)
        {
            foreach (var row in Grid(table))
            {
                lines.Add(new SourceLine(lines.Count + 1, row));
            }

            return;
        }

        if (Blocks.Contains(element.TagName) && !element.Children.Any(c => Blocks.Contains(c.TagName) || c is IHtmlTableElement))
        {
            var text = Clean(element.TextContent);
            if (text.Length > 0)
            {
                lines.Add(new SourceLine(lines.Count + 1, new[] { text }));
            }

            return;
        }

        foreach (var child in element.Children)
        {
            Walk(child, lines);
        }
    }

    /// <summary>The table as a grid: a cell spanning rows or columns fills every position it covers.</summary>
    private static List<string[]> Grid(IHtmlTableElement table)
    {
        var grid = new List<List<string?>>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            while (grid.Count <= r)
            {
                grid.Add(new List<string?>());
            }

            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < grid[r].Count && grid[r][column] is not null)
                {
                    column++;
                }

                var text = Clean(cell.TextContent);
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                {
                    while (grid.Count <= r + dr)
                    {
                        grid.Add(new List<string?>());
                    }

                    for (var dc = 0; dc < Math.Max(1, cell.ColumnSpan); dc++)
                    {
                        var target = grid[r + dr];
                        while (target.Count <= column + dc)
                        {
                            target.Add(null);
                        }

                        // A value spread over several columns stands once; a spanning label repeats, as printed.
                        target[column + dc] = dc == 0 ? text : "";
                    }
                }

                column += Math.Max(1, cell.ColumnSpan);
            }
        }

        return grid.Select(row => row.Select(c => c ?? "").ToArray()).ToList();
    }

    private static string Clean(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
