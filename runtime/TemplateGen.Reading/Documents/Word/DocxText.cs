using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Documents.Word;

/// <summary>
/// Reads a Word document (.docx) into lines of cells: each paragraph outside tables is a line, each table row a
/// line of cells with horizontal merges (gridSpan, gridBefore) and vertical merges (vMerge) spread as HTML's
/// colspan and rowspan are, so a group label stands beside each of its rows.
/// </summary>
internal static class DocxText
{
    /// <summary>Bounds the work on a hostile document: far more than any report has.</summary>
    private const int MaxLines = 200_000;

    public static DocumentText Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return DocumentText.Unreadable(DocumentKind.Word, "the Word document has no body");
            }

            var lines = new List<SourceLine>();
            AddBlocks(body, lines);
            return new DocumentText(DocumentKind.Word, lines);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException or InvalidOperationException or NotSupportedException)
        {
            return DocumentText.Unreadable(DocumentKind.Word, Say.Format(ReadingText.NotWord, exception.Message.Split('\n')[0].Trim()));
        }
    }

    /// <summary>Paragraphs and tables in document order, through content controls; iterative, so nesting cannot overflow the stack.</summary>
    private static void AddBlocks(OpenXmlElement container, List<SourceLine> lines)
    {
        var pending = new Stack<OpenXmlElement>();
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling())
        {
            pending.Push(child);
        }

        while (pending.Count > 0 && lines.Count < MaxLines)
        {
            var element = pending.Pop();
            if (element is Paragraph paragraph)
            {
                var text = Clean(ParagraphText(paragraph));
                if (text.Length > 0)
                {
                    lines.Add(new SourceLine(lines.Count + 1, new[] { text }));
                }
            }
            else if (element is Table table)
            {
                foreach (var row in Grid(table))
                {
                    lines.Add(new SourceLine(lines.Count + 1, row, IsTableRow: true));
                }
            }
            else if (element is SdtBlock or SdtContentBlock or CustomXmlBlock)
            {
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling())
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static IEnumerable<string[]> Grid(Table table)
    {
        var rows = new List<TableRow>(table.Elements<TableRow>());
        var grid = new CellGrid(rows.Count);
        var restarted = new Dictionary<int, string>(); // grid column → text of the cell a vertical merge started with
        for (var r = 0; r < rows.Count; r++)
        {
            var column = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in rows[r].Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, Math.Min(properties?.GridSpan?.Val?.Value ?? 1, CellGrid.MaxColumnSpan));
                var text = Clean(CellText(cell));
                if (properties?.VerticalMerge is { } merge)
                {
                    // <w:vMerge w:val="restart"/> starts a merged cell; <w:vMerge/> continues the one above.
                    if (merge.Val?.Value == MergedCellValues.Restart)
                    {
                        restarted[column] = text;
                    }
                    else if (restarted.TryGetValue(column, out var above))
                    {
                        text = above;
                    }
                }
                else
                {
                    restarted.Remove(column);
                }

                grid.Place(r, column, text, 1, span);
                column += span;
            }
        }

        return grid.Rows();
    }

    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            text.Append(ParagraphText(paragraph));
        }

        return text.ToString();
    }

    /// <summary>A paragraph's visible text: w:t runs, tabs and breaks as spaces; deleted text and field codes left out.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Clean(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
