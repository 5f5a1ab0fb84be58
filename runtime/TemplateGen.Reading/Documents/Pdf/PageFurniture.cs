using System.Text.RegularExpressions;

namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// Page numbers printed in a page's header or footer (-3-, - 3 -, 第3页, 第 3 页 共 5 页, 3/5): layout, not content,
/// so they never land among a table's cells.
/// </summary>
internal static class PageFurniture
{
    /// <summary>The share of the page's height at its top and bottom where headers and footers stand.</summary>
    private const double Margin = 0.12;

    private static readonly Regex PageNumber = new(
        @"^\s*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[-－—–]?\s*\d{1,4}\s*[-－—–]?)\s*$",
        RegexOptions.CultureInvariant);

    public static bool IsPageNumber(string text, double top, double bottom, double pageHeight) =>
        (bottom < pageHeight * Margin || top > pageHeight * (1 - Margin)) && PageNumber.IsMatch(text);
}
