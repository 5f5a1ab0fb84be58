using System.Collections.Generic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// The frame a page's content is read in: the page as drawn, or turned by a quarter or half so that text set sideways
/// (a landscape table printed on a portrait page) reads left to right, top to bottom. Every letter and line is mapped
/// through it, so the rest of the reading knows only upright pages.
/// </summary>
internal sealed class PageFrame
{
    private readonly TextOrientation _upright;
    private readonly double _width;
    private readonly double _height;

    private PageFrame(TextOrientation upright, double width, double height)
    {
        _upright = upright;
        _width = width;
        _height = height;
    }

    /// <summary>The orientation of the letters that read as content: the page's most common one among the right angles.</summary>
    public TextOrientation Upright => _upright;

    /// <summary>The page's height in this frame.</summary>
    public double Height => _upright is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? _width : _height;

    /// <summary>The frame in which most of the page's letters stand upright.</summary>
    public static PageFrame Of(Page page)
    {
        var counts = new Dictionary<TextOrientation, int>();
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Other && !string.IsNullOrWhiteSpace(letter.Value))
            {
                counts[letter.TextOrientation] = counts.TryGetValue(letter.TextOrientation, out var n) ? n + 1 : 1;
            }
        }

        var upright = TextOrientation.Horizontal;
        var most = counts.TryGetValue(TextOrientation.Horizontal, out var horizontal) ? horizontal : 0;
        foreach (var pair in counts)
        {
            if (pair.Value > most)
            {
                (upright, most) = (pair.Key, pair.Value);
            }
        }

        return new PageFrame(upright, page.Width, page.Height);
    }

    /// <summary>A point of the page in this frame.</summary>
    public PdfPoint Map(PdfPoint point) => _upright switch
    {
        // PdfPig's Rotate270 is text running up the page: turn the page a quarter clockwise.
        TextOrientation.Rotate270 => new PdfPoint(point.Y, _width - point.X),
        // Rotate90 is text running down the page: a quarter counter-clockwise.
        TextOrientation.Rotate90 => new PdfPoint(_height - point.Y, point.X),
        TextOrientation.Rotate180 => new PdfPoint(_width - point.X, _height - point.Y),
        _ => point,
    };

    /// <summary>A rectangle of the page in this frame, as its extent along each axis.</summary>
    public (double Left, double Right, double Bottom, double Top) Map(PdfRectangle box)
    {
        var (a, b, c, d) = (Map(box.BottomLeft), Map(box.BottomRight), Map(box.TopLeft), Map(box.TopRight));
        return (Min(a.X, b.X, c.X, d.X), Max(a.X, b.X, c.X, d.X), Min(a.Y, b.Y, c.Y, d.Y), Max(a.Y, b.Y, c.Y, d.Y));
    }

    private static double Min(double a, double b, double c, double d) => System.Math.Min(System.Math.Min(a, b), System.Math.Min(c, d));

    private static double Max(double a, double b, double c, double d) => System.Math.Max(System.Math.Max(a, b), System.Math.Max(c, d));
}
