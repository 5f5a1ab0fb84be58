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
    private readonly int[] _lineOfNorm;
    private readonly int[] _keyToNorm;

    private FlatText(string norm, int[] lineOfNorm, string key, int[] keyToNorm)
    {
        Norm = norm;
        _lineOfNorm = lineOfNorm;
        Key = key;
        _keyToNorm = keyToNorm;
    }

    /// <summary>Every character normalized one for one; lines joined by '\n', cells by '|'.</summary>
    public string Norm { get; }

    /// <summary>The label view: <see cref="Norm"/> without separators, whitespace and quotes.</summary>
    public string Key { get; }

    /// <summary>The position in <see cref="Norm"/> of the key character at <paramref name="keyIndex"/> (the end of Norm for the end of Key).</summary>
    public int NormIndex(int keyIndex) => keyIndex >= _keyToNorm.Length ? Norm.Length : _keyToNorm[keyIndex];

    /// <summary>The 1-based line of the input at a position of <see cref="Norm"/>.</summary>
    public int LineAt(int normIndex) => _lineOfNorm.Length == 0 ? 1 : _lineOfNorm[Math.Min(Math.Max(0, normIndex), _lineOfNorm.Length - 1)];

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
        var lineOf = new int[length];
        var n = 0;
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Cells.Count; c++)
            {
                if (c > 0)
                {
                    lineOf[n] = line.Number;
                    norm[n++] = '|';
                }

                foreach (var ch in line.Cells[c])
                {
                    lineOf[n] = line.Number;
                    norm[n++] = LabelText.NormalizeChar(ch);
                }
            }

            lineOf[n] = line.Number;
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
        Array.Resize(ref keyToNorm, key.Length);
        Array.Resize(ref lineOf, n);
        return new FlatText(new string(norm, 0, n), lineOf, key.ToString(), keyToNorm);
    }
}
