using System;
using System.Collections.Generic;

namespace TemplateGen.Reading.Text;

/// <summary>
/// A whole report as one running text, for reports whose tables are not laid out in lines (a crawler put
/// the body on one line, cells run together). Two views of the same characters:
/// <see cref="Norm"/>, every character normalized one for one (simplified, half-width), separators kept,
/// where values are read; and <see cref="Key"/>, the same without whitespace, cell separators and quotes,
/// where labels are matched. Every position maps back to its line.
/// </summary>
internal sealed class FlatText
{
    // Where each input line starts in Norm, and its number: one entry per line, not per character (a position's line
    // is found by binary search), so a long body read as running text costs no array of its length for its lines.
    private readonly int[] _lineStarts;
    private readonly int[] _lineNumbers;
    private readonly int _lineCount;
    private readonly int[] _keyToNorm;

    private FlatText(string norm, int[] lineStarts, int[] lineNumbers, int lineCount, string key, int[] keyToNorm)
    {
        Norm = norm;
        _lineStarts = lineStarts;
        _lineNumbers = lineNumbers;
        _lineCount = lineCount;
        Key = key;
        _keyToNorm = keyToNorm;
    }

    /// <summary>Every character normalized one for one; lines joined by '\n', cells by '|'.</summary>
    public string Norm { get; }

    /// <summary>The label view: <see cref="Norm"/> without separators, whitespace and quotes.</summary>
    public string Key { get; }

    /// <summary>The position in <see cref="Norm"/> of the key character at <paramref name="keyIndex"/> (the end of Norm for the end of Key).</summary>
    public int NormIndex(int keyIndex) => keyIndex >= Key.Length ? Norm.Length : _keyToNorm[keyIndex];

    /// <summary>The 1-based line of the input at a position of <see cref="Norm"/>.</summary>
    public int LineAt(int normIndex)
    {
        if (_lineCount == 0)
        {
            return 1;
        }

        // The last line starting at or before the position (positions past the end belong to the last line).
        var index = Array.BinarySearch(_lineStarts, 0, _lineCount, Math.Max(0, normIndex));
        return _lineNumbers[index >= 0 ? index : Math.Max(0, ~index - 1)];
    }

    /// <summary>The 1-based line of the input at a position of <see cref="Key"/>.</summary>
    public int LineAtKey(int keyIndex) => LineAt(NormIndex(keyIndex));

    public static FlatText Build(IReadOnlyList<SourceLine> lines)
    {
        var length = 0;
        foreach (var line in lines)
        {
            foreach (var cell in line.Cells)
            {
                length += cell.Length + 1;
            }

            length++;
        }

        var norm = new char[length];
        var lineStarts = new int[lines.Count];
        var lineNumbers = new int[lines.Count];
        var lineCount = 0;
        var n = 0;
        foreach (var line in lines)
        {
            // A line that adds no character (none does: each ends in '\n') would share its start with the next.
            lineStarts[lineCount] = n;
            lineNumbers[lineCount++] = line.Number;
            for (var c = 0; c < line.Cells.Count; c++)
            {
                if (c > 0)
                {
                    norm[n++] = '|';
                }

                foreach (var ch in line.Cells[c])
                {
                    norm[n++] = LabelText.NormalizeChar(ch);
                }
            }

            norm[n++] = '\n';
        }

        var key = new System.Text.StringBuilder(n);
        var keyToNorm = new int[n];
        for (var i = 0; i < n; i++)
        {
            var ch = norm[i];
            if (LabelText.IsIgnoredInLabels(ch) || ch == '|')
            {
                continue;
            }

            // 1、 → 1. (arabic numbers take a dot in the forms; Chinese numerals keep 、), as LabelText.Normalize does.
            if (ch == '、' && key.Length > 0 && LabelText.IsAsciiDigit(key[key.Length - 1]))
            {
                ch = '.';
            }

            keyToNorm[key.Length] = i;
            key.Append(ch);
        }

        LabelText.FixOcrConfusions(key);

        // keyToNorm is longer than Key (ignored characters have no entry); NormIndex reads only within Key's length.
        return new FlatText(new string(norm, 0, n), lineStarts, lineNumbers, lineCount, key.ToString(), keyToNorm);
    }
}
