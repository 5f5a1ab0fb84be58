using System;
using System.Collections.Generic;
using System.Text;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// Puts glyphs into printed lines (by their vertical overlap) and lines into text: a gap wider than a third of
/// the type size is a space, and lines wrapped inside one cell join without one between Chinese characters or digits,
/// so a label or number broken by its cell's width reads as printed in one piece.
/// </summary>
internal static class GlyphLines
{
    /// <summary>A gap between glyphs of one line wider than this share of the type size is a space.</summary>
    private const double SpaceGap = 0.3;

    /// <summary>The glyphs in lines, top to bottom, each line left to right.</summary>
    public static List<List<Glyph>> Group(IEnumerable<Glyph> glyphs)
    {
        var sorted = new List<Glyph>(glyphs);
        sorted.Sort((a, b) => b.CenterY.CompareTo(a.CenterY));
        var lines = new List<List<Glyph>>();
        var (top, bottom) = (0.0, 0.0);
        foreach (var glyph in sorted)
        {
            // Sorted by centre: a glyph is on the current line when its centre lies within the line's band.
            if (lines.Count > 0 && glyph.CenterY >= bottom && glyph.CenterY <= top)
            {
                lines[lines.Count - 1].Add(glyph);
                (top, bottom) = (Math.Max(top, glyph.Top), Math.Min(bottom, glyph.Bottom));
                continue;
            }

            lines.Add(new List<Glyph> { glyph });
            (top, bottom) = (glyph.Top, glyph.Bottom);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }

    /// <summary>The text of glyphs printed in one cell: its lines joined as one label or value.</summary>
    public static string CellText(IEnumerable<Glyph> glyphs)
    {
        var text = new StringBuilder();
        foreach (var line in Group(glyphs))
        {
            var part = LineText(line, 0, line.Count);
            if (part.Length == 0)
            {
                continue;
            }

            // Words of alphabetic scripts wrapped in a cell keep a space between them; a number wrapped in a narrow cell
            // (41 / 19) and Chinese text join without one.
            if (text.Length > 0 && IsLetter(text[text.Length - 1]) && IsLetter(part[0]))
            {
                text.Append(' ');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    private static string LineText(List<Glyph> line, int from, int to)
    {
        var text = new StringBuilder();
        Glyph? previous = null;
        for (var i = from; i < to; i++)
        {
            var glyph = line[i];
            if (glyph.IsSpace)
            {
                if (text.Length > 0 && text[text.Length - 1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            if (previous is { } p && text.Length > 0 && text[text.Length - 1] != ' ' && glyph.Left - p.Right > SpaceGap * Size(p, glyph))
            {
                text.Append(' ');
            }

            text.Append(glyph.Value);
            previous = glyph;
        }

        return text.ToString().Trim();
    }

    private static double Size(Glyph a, Glyph b) => Math.Max(1, Math.Max(a.Size, b.Size));

    /// <summary>Letters of alphabetic scripts, which a line break separates by a space; Chinese and digits do not.</summary>
    private static bool IsLetter(char c) => c < 0x2E80 && char.IsLetter(c);
}
