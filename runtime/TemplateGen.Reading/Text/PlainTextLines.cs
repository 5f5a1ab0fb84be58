using System.Collections.Generic;

namespace TemplateGen.Reading.Text;

/// <summary>
/// Splits extracted report text into lines of cells: by '|' where a line has one (one row per line, or one
/// cell per line ending in '|'), else by tab, else the whole line is one cell. A line that is only a marked page
/// number (-3-, 第3页: a page's footer in text extracted from a PDF) is blank.
/// </summary>
internal static class PlainTextLines
{
    public static IReadOnlyList<SourceLine> Read(string text)
    {
        var raw = text.Replace("\r\n", "\n").Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            // A page's footer in text extracted from a PDF (-3-) would land among a row's cells: it is no content.
            lines.Add(new SourceLine(i + 1, Documents.Pdf.PageFurniture.IsMarkedPageNumber(raw[i]) ? new[] { "" } : Split(raw[i])));
        }

        return lines;
    }

    private static string[] Split(string line)
    {
        var separator = line.IndexOf('|') >= 0 ? '|' : line.IndexOf('\t') >= 0 ? '\t' : (char?)null;
        if (separator is not { } s)
        {
            return new[] { line.Trim() };
        }

        var cells = line.Split(s);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim();
        }

        return cells;
    }
}
