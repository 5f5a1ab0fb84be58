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

    /// <summary>Only the forms a page number takes when marked as one (-3-, - 3 -, 第3页): a bare number could be a value.</summary>
    private static readonly Regex MarkedPageNumber = new(
        @"^\s*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>A line of a PDF page that is its page number: in the page's top or bottom margin, in any page-number form.</summary>
    public static bool IsPageNumber(string text, double top, double bottom, double pageHeight) =>
        (bottom < pageHeight * Margin || top > pageHeight * (1 - Margin)) && PageNumber.IsMatch(text);

    /// <summary>
    /// A line of extracted text (pdftotext's, say) that is a page number marked as one (-3-, 第3页): no position says
    /// where it stood, so only the marked forms are taken for page numbers.
    /// </summary>
    public static bool IsMarkedPageNumber(string line) => MarkedPageNumber.IsMatch(line);
}
