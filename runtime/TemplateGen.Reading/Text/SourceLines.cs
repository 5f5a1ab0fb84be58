using System.Collections.Generic;

namespace TemplateGen.Reading.Text;

/// <summary>Turns a report's content into lines of cells: HTML through <see cref="HtmlLines"/>, anything else through <see cref="PlainTextLines"/>.</summary>
internal static class SourceLines
{
    public static IReadOnlyList<SourceLine> Read(string content) =>
        LooksLikeHtml(content) ? HtmlLines.Read(content) : PlainTextLines.Read(content);

    public static bool LooksLikeHtml(string content)
    {
        var start = content.TrimStart();
        return start.StartsWith("<", System.StringComparison.Ordinal)
            && (start.IndexOf("<table", System.StringComparison.OrdinalIgnoreCase) >= 0 || start.IndexOf("<html", System.StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
