using System;
using System.Collections.Generic;

namespace TemplateGen.Reading.Text;

/// <summary>
/// Bounds how deeply an HTML page nests elements before it is parsed: real report pages nest a few dozen levels, and an
/// HTML parser's work grows faster than the text on pathological nesting (100,000 nested &lt;div&gt;s take a minute).
/// One linear scan of the tags finds where the bound is passed; the page is read up to there and says so.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Far deeper than any report page nests.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Elements that never have content, and elements whose end tag is optional (the parser closes them; counting them would count unclosed paragraphs and cells as depth).</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "dt", "dd", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>Where the nesting first passes <see cref="MaxDepth"/>, or -1 when it never does.</summary>
    public static int CutOffset(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
            {
                nameEnd++;
            }

            if (nameEnd == start)
            {
                i++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break; // no tag closes after this: none can open either (and the scan stays linear)
            }

            var name = html.Substring(start, nameEnd - start);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!NotCounted.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > MaxDepth)
                {
                    return i;
                }
            }

            i = tagEnd + 1;
        }

        return -1;
    }
}
