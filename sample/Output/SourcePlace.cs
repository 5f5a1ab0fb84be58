using System.Globalization;
using TemplateGen.Reading;

namespace TemplateGen.Sample.Output;

/// <summary>
/// Where in the published document a thing was read, as a person looks for it: the page of a PDF ("第 3 页"), else
/// the line. One place for the console, JSON and HTML outputs.
/// </summary>
internal static class SourcePlace
{
    /// <summary>"第 3 页" for a cell read from page 3 of a PDF; empty when the document has no pages or the row was not read.</summary>
    public static string PageOf(ReportReading reading, HeaderMetadata row) =>
        reading.PageOf(row) is { } page ? Page(page) : "";

    /// <summary>The pages a violation's cells were read from, in order ("第 3 页", "第 3、4 页"); empty outside PDFs.</summary>
    public static string Pages(ReportReading reading, Violation violation) => PageList(violation.Cells.Select(c => reading.PageOf(c.Row)));

    /// <summary>The pages the most likely wrong cells were read from, as " (第 4 页)"; empty outside PDFs or without suspects.</summary>
    public static string SuspectPages(ReportReading reading, TemplateGen.Localization.LocalizationResult localization)
    {
        var pages = localization.Suspects.Count == 0 ? "" : PageList(localization.Suspects[0].Cells.Select(c => reading.PageOf(c.Row)));
        return pages.Length == 0 ? "" : Resources.Localized.Format(Resources.Strings.Pages_Suffix, pages);
    }

    /// <summary>The pages a table's rows were read from ("第 3、4 页"); empty outside PDFs.</summary>
    public static string Pages(ReportReading reading, TableReading table) =>
        PageList(table.Metadata.DataRows.Select(r => table.LineOf(r) is { } line ? reading.PageOf(line) : null));

    private static string PageList(IEnumerable<int?> pages)
    {
        var list = pages.OfType<int>().Distinct().Order().ToList();
        return list.Count == 0 ? "" : $"第 {string.Join("、", list.Select(p => p.ToString(CultureInfo.InvariantCulture)))} 页";
    }

    private static string Page(int page) => $"第 {page.ToString(CultureInfo.InvariantCulture)} 页";

    /// <summary>
    /// A reading message that starts with its line ("line 62: …") with the page instead for a PDF ("page 3: …"), since
    /// the lines of a PDF are the reader's own, not the document's.
    /// </summary>
    public static string Located(ReportReading reading, int line, string message)
    {
        // The reader said the line in the language of this run, the one these resources are in.
        var prefix = Resources.Localized.Format(Resources.Strings.LinePrefix, line);
        return reading.PageOf(line) is not null && message.StartsWith(prefix, StringComparison.Ordinal)
            ? Resources.Localized.Format(Resources.Strings.PlacePrefix, reading.Where(line)) + message[prefix.Length..]
            : message;
    }

    /// <summary>What the document was and how it was decoded, for the line under a report's title; empty for UTF-8 text.</summary>
    public static string Document(ReportReading reading) => string.Join(" · ", new[]
    {
        reading.DocumentKind switch
        {
            DocumentKind.Pdf => Resources.Strings.Document_Pdf,
            DocumentKind.Word => Resources.Strings.Document_Word,
            _ => "",
        },
        reading.Encoding is { } encoding ? Resources.Localized.Format(Resources.Strings.Document_Encoding, encoding) : "",
    }.Where(s => s.Length > 0));
}
