using System.Collections.Generic;

namespace TemplateGen.Templates.Text;

/// <summary>Maps character offsets of a text to zero-based lines and columns, with Roslyn's line-break rules.</summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Finds the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Where <paramref name="offset"/> is, as compilers print it: <c>(line,column)</c>, one-based.</summary>
    public string Describe(int offset)
    {
        var (line, column) = Position(offset);
        return $"({line + 1},{column + 1})";
    }

    /// <summary>The zero-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }
}
