using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TemplateGen.Reading.Documents;
using TemplateGen.Reading.Tables;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>
/// Reads a published report into the tables of a generated report, by the generated metadata alone: tables by
/// their headings, rows by their official labels. Takes text or an HTML page as a string, or a file's bytes: a PDF
/// with a text layer (tables rebuilt by geometry, every line with its page), a Word document (.docx), or text and
/// HTML in any encoding (a byte order mark, else the page's declared charset, else UTF-8 when valid, else GB18030).
/// Never throws on any input: what could not be read is in the result.
/// </summary>
/// <example>
/// <code>
/// var reading = ReportReader.Read&lt;GovDisclosure.Y2021.Report&gt;(File.ReadAllText("report.html"));
/// foreach (var violation in reading.Validate().Violations)
///     Console.WriteLine(violation);
/// </code>
/// </example>
public static class ReportReader
{
    /// <summary>Reads a report into a new <typeparamref name="TReport"/>.</summary>
    /// <typeparam name="TReport">The generated report class of the format the report follows.</typeparam>
    /// <param name="content">The report's text or HTML; null or empty gives a reading that says so.</param>
    /// <returns>The filled report and what the reader found.</returns>
    public static ReportReading<TReport> Read<TReport>(string? content)
        where TReport : IReport, new() =>
        Read<TReport>(content, "");

    /// <summary>Reads a report into a new <typeparamref name="TReport"/>.</summary>
    /// <typeparam name="TReport">The generated report class of the format the report follows.</typeparam>
    /// <param name="content">The report's text or HTML; null or empty gives a reading that says so.</param>
    /// <param name="source">Where the report came from, for messages (a file name, a URL).</param>
    /// <returns>The filled report and what the reader found.</returns>
    public static ReportReading<TReport> Read<TReport>(string? content, string source)
        where TReport : IReport, new() =>
        new(Read(content, new[] { ReportFormat.Of<TReport>() }, source));

    /// <summary>Reads a report into the format it follows, chosen among <paramref name="formats"/>.</summary>
    /// <param name="content">The report's text or HTML; null or empty gives a reading that says so.</param>
    /// <param name="formats">
    /// The formats the report may follow. With one, it is used; with several, the report decides: the shape of its
    /// tables (rows and columns only one format has), else the notice it cites, else its year
    /// (<see cref="ReportReading.FormatEvidence"/> says which, <see cref="ReportReading.FormatDisagreement"/> when they differ).
    /// </param>
    /// <returns>The filled report and what the reader found.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is null or empty.</exception>
    public static ReportReading Read(string? content, IReadOnlyList<ReportFormat> formats) => Read(content, formats, "");

    /// <summary>Reads a report into the format it follows, chosen among <paramref name="formats"/>, naming where it came from.</summary>
    /// <param name="content">The report's text or HTML; null or empty gives a reading that says so.</param>
    /// <param name="formats">The formats the report may follow, as for <see cref="Read(string, IReadOnlyList{ReportFormat})"/>.</param>
    /// <param name="source">Where the report came from, for messages (a file name, a URL).</param>
    /// <returns>The filled report and what the reader found.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is null or empty.</exception>
    public static ReportReading Read(string? content, IReadOnlyList<ReportFormat> formats, string source)
    {
        CheckFormats(formats);
        return Read(string.IsNullOrWhiteSpace(content) ? DocumentText.Unreadable(DocumentKind.Text, ReadingText.InputEmpty) : DocumentText.FromString(content!), formats, source);
    }

    /// <summary>Reads a report file's bytes into a new <typeparamref name="TReport"/>, whatever the document is (PDF, Word, text or HTML in any encoding).</summary>
    /// <typeparam name="TReport">The generated report class of the format the report follows.</typeparam>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name, for messages; what the document is comes from its bytes.</param>
    /// <returns>The filled report and what the reader found.</returns>
    public static ReportReading<TReport> Read<TReport>(byte[] content, string fileName)
        where TReport : IReport, new() =>
        new(Read(content, fileName, new[] { ReportFormat.Of<TReport>() }));

    /// <summary>
    /// Reads a report file's bytes into the format it follows, chosen among <paramref name="formats"/>, whatever the
    /// document is: a PDF with a text layer, a Word document (.docx), or text and HTML in any encoding.
    /// A document that cannot be read (a scanned PDF, an encrypted one, a legacy .doc or .wps, binary data) gives a
    /// reading whose <see cref="ReportReading.InputProblem"/> says why in one line.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name, for messages and <see cref="ReportReading.Source"/>; what the document is comes from its bytes.</param>
    /// <param name="formats">The formats the report may follow, as for <see cref="Read(string, IReadOnlyList{ReportFormat})"/>.</param>
    /// <returns>The filled report and what the reader found.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is null or empty.</exception>
    public static ReportReading Read(byte[] content, string fileName, IReadOnlyList<ReportFormat> formats)
    {
        CheckFormats(formats);
        return Read(DocumentLoader.Load(content ?? new byte[0], fileName ?? ""), formats, fileName ?? "");
    }

    /// <summary>Reads a report from a stream (read to its end, at most 64 MB), as <see cref="Read(byte[], string, IReadOnlyList{ReportFormat})"/> reads bytes.</summary>
    /// <param name="content">The stream; it is read, not closed.</param>
    /// <param name="fileName">The file's name, for messages.</param>
    /// <param name="formats">The formats the report may follow.</param>
    /// <returns>The filled report and what the reader found.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is null or empty.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReportReading Read(Stream content, string fileName, IReadOnlyList<ReportFormat> formats)
    {
        CheckFormats(formats);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DocumentLoader.MaxBytes)
            {
                return Read(DocumentText.Unreadable(DocumentKind.Text, Say.Format(ReadingText.TooLargeFile, DocumentLoader.MaxBytes / (1024 * 1024))), formats, fileName ?? "");
            }
        }

        return Read(buffer.ToArray(), fileName, formats);
    }

    private static void CheckFormats(IReadOnlyList<ReportFormat> formats)
    {
        if (formats is null || formats.Count == 0)
        {
            throw new ArgumentException("Name at least one format to read the report as.", nameof(formats));
        }
    }

    private static ReportReading Read(DocumentText document, IReadOnlyList<ReportFormat> formats, string source)
    {
        var lines = document.Lines;
        var flat = FlatText.Build(lines);
        var header = ReportHeaderReader.Read(lines);
        var (format, evidence, disagreement) = formats.Count == 1 ? (formats[0], FormatEvidence.Override, null) : FormatDetector.Detect(flat.Key, header.Year, formats);
        var report = format.CreateReport();
        var tables = ReadTables(lines, flat, report.Tables, format);
        return new ReportReading(source ?? "", report, format, evidence, disagreement, header, tables, document.Problem ?? InputProblem(tables, format), document);
    }

    /// <summary>
    /// Reads every table by lines (cells split by '|', tabs or one per line, positions kept); when that leaves any
    /// table short of complete, reads them all again as running text (the body on one line, cells run together)
    /// and keeps per table the reading with more values.
    /// </summary>
    private static IReadOnlyList<TableReading> ReadTables(IReadOnlyList<SourceLine> lines, FlatText flat, IReadOnlyList<IReportTable> tables, ReportFormat format)
    {
        var byLines = ReadLines(lines, tables);
        if (byLines.All(t => t.State == TableState.Complete))
        {
            return byLines;
        }

        var running = RunningTextReader.Read(flat, format.CreateReport().Tables);
        var readings = new TableReading[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            readings[i] = Better(byLines[i], running[i]) == byLines[i] ? byLines[i] : running[i].MovedTo(tables[i]);
        }

        return readings;
    }

    private static TableReading Better(TableReading byLines, TableReading running)
    {
        var (linesRead, runningRead) = (byLines.ValuesRead, running.ValuesRead);
        if (linesRead != runningRead)
        {
            return linesRead > runningRead ? byLines : running;
        }

        // Equally many values: the reading that found more of the table (a heading, rows) says more about it.
        return byLines.Line is null && running.Line is not null ? running : byLines;
    }

    private static IReadOnlyList<TableReading> ReadLines(IReadOnlyList<SourceLine> lines, IReadOnlyList<IReportTable> tables)
    {
        var metadata = new TableMetadata[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            metadata[i] = tables[i].Metadata;
        }

        var regions = TableLocator.Locate(lines, metadata);
        var readings = new TableReading[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            readings[i] = TableReader.Read(tables[i], lines, regions[i]);
        }

        return readings;
    }

    private static string? InputProblem(IReadOnlyList<TableReading> tables, ReportFormat format)
    {
        foreach (var table in tables)
        {
            if (table.Line is not null)
            {
                return null;
            }
        }

        return Say.Format(ReadingText.NoTableFound, format.Template.Title, format.Template.Notice);
    }
}
