using System.Collections.Generic;

namespace TemplateGen.Templates.Text;

/// <summary>Maps character offsets to lines and columns with Roslyn's line-break rules.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

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

    public TemplateSpan Span(int start, int length)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new TemplateSpan(start, length, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }
}
