using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TemplateGen.Reading.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// Reads a PDF's text layer into lines of cells, page by page, by geometry: tables rebuilt from the lines the page
/// draws (<see cref="RuledTable"/>), other text in printed lines, page numbers left out. The lines feed the same
/// table reading as text and HTML, each remembering its page.
/// </summary>
internal static class PdfText
{
    /// <summary>Far more pages than any annual report has; a longer PDF is read this far and says so.</summary>
    public const int MaxPages = 100;

    /// <summary>A malformed PDF must not hold the reader: past this, it is reported as unreadable.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public static DocumentText Read(byte[] bytes)
    {
        var work = Task.Run(() => ReadPages(bytes));
        try
        {
            return work.Wait(TimeLimit) ? work.Result : DocumentText.Unreadable(DocumentKind.Pdf, Say.Format(ReadingText.PdfTimeout, TimeLimit.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (AggregateException exception)
        {
            return DocumentText.Unreadable(DocumentKind.Pdf, Problem(exception.InnerException ?? exception));
        }
    }

    private static DocumentText ReadPages(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var lines = new List<SourceLine>();
        var notes = new List<string>();
        var (glyphsRead, imagesSeen) = (0, 0);
        var pages = Math.Min(document.NumberOfPages, MaxPages);
        if (document.NumberOfPages > MaxPages)
        {
            notes.Add(Say.Format(ReadingText.PdfPages, document.NumberOfPages, MaxPages));
        }

        for (var number = 1; number <= pages; number++)
        {
            var page = document.GetPage(number);
            var frame = PageFrame.Of(page);
            var glyphs = Glyphs(page, frame);
            glyphsRead += glyphs.Count(g => !g.IsSpace);
            imagesSeen += page.NumberOfImages;
            foreach (var (cells, isTableRow) in PageLines(page, frame, glyphs))
            {
                lines.Add(new SourceLine(lines.Count + 1, cells, number, isTableRow));
            }
        }

        if (glyphsRead == 0)
        {
            return DocumentText.Unreadable(DocumentKind.Pdf, imagesSeen > 0
                ? ReadingText.Scanned
                : ReadingText.NoText);
        }

        return new DocumentText(DocumentKind.Pdf, lines, null, notes);
    }

    /// <summary>
    /// The page's upright letters as glyphs, in the page's frame (<see cref="PageFrame"/>: a page set sideways is turned
    /// upright). Letters set at another angle (a diagonal watermark such as 政务公开 across a table) are not content; a letter drawn twice at one place (bold faked by overprinting, as office tools do) is one.
    /// </summary>
    private static List<Glyph> Glyphs(Page page, PageFrame frame)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != frame.Upright)
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Abs(letter.BoundingBox.Height);
            var (boxLeft, boxRight, bottom, top) = frame.Map(letter.BoundingBox);

            // Across the line, the advance (baseline start to end) measures gaps as the type was set; glyph boxes of
            // Chinese characters are narrower than their advance and would read as spaces between them.
            var (start, end) = (frame.Map(letter.StartBaseLine), frame.Map(letter.EndBaseLine));
            var (left, right) = (Math.Min(start.X, end.X), Math.Max(start.X, end.X));
            if (right - left <= 0)
            {
                (left, right) = (boxLeft, boxRight);
            }

            if (top - bottom < size * 0.5)
            {
                // Some fonts give glyphs no height: stand the glyph on its baseline at its type size.
                bottom = Math.Min(start.Y, bottom);
                top = bottom + size * 0.8;
            }

            glyphs.Add(new Glyph(Unradicalized(letter.Value), left, Math.Max(right, left + 0.1), bottom, top, size));
        }

        return WithoutOverprints(glyphs);
    }

    /// <summary>How many glyphs of one character at nearly one x are compared: keeps a hostile page linear.</summary>
    private const int MaxOverprintWindow = 256;

    /// <summary>Glyphs without the copies printed again within a fifth of their size of themselves (faked bold).</summary>
    private static List<Glyph> WithoutOverprints(List<Glyph> glyphs)
    {
        var sorted = glyphs.OrderBy(g => g.Value, StringComparer.Ordinal).ThenBy(g => g.Left).ThenBy(g => g.Bottom).ToList();
        var kept = new List<Glyph>(glyphs.Count);
        var copies = new HashSet<int>();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (copies.Contains(i))
            {
                continue;
            }

            kept.Add(sorted[i]);
            var near = sorted[i].Size * 0.2;
            for (var j = i + 1; j < sorted.Count && j - i <= MaxOverprintWindow && sorted[j].Value == sorted[i].Value && sorted[j].Left - sorted[i].Left <= near; j++)
            {
                if (Math.Abs(sorted[j].Bottom - sorted[i].Bottom) <= near)
                {
                    copies.Add(j);
                }
            }
        }

        return kept;
    }

    /// <summary>The letter's text with Kangxi radicals as the ideographs they stand for (see <see cref="LabelText.Unradical"/>).</summary>
    private static string Unradicalized(string value)
    {
        foreach (var c in value)
        {
            if (LabelText.Unradical(c) != c)
            {
                return new string(value.Select(LabelText.Unradical).ToArray());
            }
        }

        return value;
    }

    /// <summary>The page's lines top to bottom: its tables' rows and the printed lines around them.</summary>
    private static IEnumerable<(string[] Cells, bool IsTableRow)> PageLines(Page page, PageFrame frame, List<Glyph> glyphs)
    {
        var tables = RuledTable.Find(PageRulings.Of(page.Paths, frame));
        var loose = new List<Glyph>();
        foreach (var glyph in glyphs)
        {
            if (!tables.Any(t => t.TryAdd(glyph)))
            {
                loose.Add(glyph);
            }
        }

        var placed = new List<(double Top, string[] Cells, bool IsTableRow)>();
        foreach (var table in tables)
        {
            placed.AddRange(table.Lines().Select(l => (l.Top, l.Cells, true)));
        }

        var printed = GlyphLines.Group(loose)
            .Where(line => !PageFurniture.IsPageNumber(GlyphLines.CellText(line), line.Max(g => g.Top), line.Min(g => g.Bottom), frame.Height))
            .ToList();
        placed.AddRange(UnruledTables.Lines(printed));

        // Stable: a table's rows keep their order where edges coincide.
        return placed.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Top).ThenBy(x => x.i).Select(x => (x.p.Cells, x.p.IsTableRow));
    }

    private static string Problem(Exception exception) => exception switch
    {
        PdfDocumentEncryptedException => "the PDF is encrypted and cannot be read without its password",
        PdfDocumentFormatException => Say.Format(ReadingText.PdfDamaged, FirstLine(exception.Message)),
        _ => Say.Format(ReadingText.PdfUnreadable, FirstLine(exception.Message)),
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return (end >= 0 ? message.Substring(0, end) : message).Trim();
    }
}
