using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// The rulings a page draws: stroked horizontal and vertical segments and thin filled rectangles (lines drawn as
/// bars), merged where they continue one another. Wider fills are backgrounds (cell and paragraph shading: WPS shades
/// every line of some paragraphs white), never borders.
/// </summary>
internal static class PageRulings
{
    /// <summary>Points within which two rulings are one, or a ruling meets another: pen widths and rounding.</summary>
    public const double Tolerance = 2;

    /// <summary>A filled rectangle thinner than this is a line drawn as a bar.</summary>
    private const double BarThickness = 3;

    /// <summary>Bounds the work on a hostile page: real report pages draw a few hundred segments.</summary>
    public const int MaxSegments = 5_000;

    public static List<Ruling> Of(IReadOnlyList<PdfPath> paths, PageFrame frame)
    {
        var segments = new List<Ruling>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (segments.Count >= MaxSegments)
                {
                    break;
                }

                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    AddBar(segments, frame.Map(box));
                }
                else if (path.IsStroked)
                {
                    AddStroked(segments, subpath, frame);
                }
            }
        }

        return Merge(segments);
    }

    private static void AddBar(List<Ruling> segments, (double Left, double Right, double Bottom, double Top) box)
    {
        var (left, right, bottom, top) = box;
        if (right - left < BarThickness && top - bottom > Tolerance)
        {
            segments.Add(new Ruling(false, (left + right) / 2, bottom, top));
        }
        else if (top - bottom < BarThickness && right - left > Tolerance)
        {
            segments.Add(new Ruling(true, (bottom + top) / 2, left, right));
        }
    }

    private static void AddStroked(List<Ruling> segments, PdfSubpath subpath, PageFrame frame)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = frame.Map(move.Location);
                    break;
                case PdfSubpath.Line line:
                    AddSegment(segments, frame.Map(line.From), frame.Map(line.To));
                    current = frame.Map(line.To);
                    start ??= frame.Map(line.From);
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(segments, c, s);
                    current = s;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = frame.Map(curve.EndPoint);
                    break;
            }
        }
    }

    private static void AddSegment(List<Ruling> segments, PdfPoint from, PdfPoint to)
    {
        if (Math.Abs(from.Y - to.Y) <= Tolerance / 2 && Math.Abs(from.X - to.X) > Tolerance)
        {
            segments.Add(new Ruling(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= Tolerance / 2 && Math.Abs(from.Y - to.Y) > Tolerance)
        {
            segments.Add(new Ruling(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>Rulings on one line (within the tolerance) that overlap or nearly touch become one.</summary>
    private static List<Ruling> Merge(List<Ruling> segments)
    {
        segments.Sort((a, b) => a.Horizontal != b.Horizontal ? a.Horizontal.CompareTo(b.Horizontal) : a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<Ruling>();
        var i = 0;
        while (i < segments.Count)
        {
            // One line: rulings of one direction whose positions lie within the tolerance of the first.
            var j = i;
            while (j < segments.Count && segments[j].Horizontal == segments[i].Horizontal && segments[j].At - segments[i].At <= Tolerance)
            {
                j++;
            }

            var line = segments.GetRange(i, j - i);
            line.Sort((a, b) => a.From.CompareTo(b.From));
            var at = 0.0;
            foreach (var segment in line)
            {
                at += segment.At;
            }

            at /= line.Count;
            var (from, to) = (line[0].From, line[0].To);
            for (var k = 1; k <= line.Count; k++)
            {
                if (k < line.Count && line[k].From <= to + Tolerance)
                {
                    to = Math.Max(to, line[k].To);
                    continue;
                }

                merged.Add(new Ruling(line[0].Horizontal, at, from, to));
                if (k < line.Count)
                {
                    (from, to) = (line[k].From, line[k].To);
                }
            }

            i = j;
        }

        return merged;
    }
}
