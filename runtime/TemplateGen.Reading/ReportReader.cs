using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Tables;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading;

/// <summary>
/// Reads a published report (extracted text or an HTML page) into the tables of a generated report, by
/// the generated metadata alone: tables by their headings, rows by their official labels. Never throws on
/// any input text: what could not be read is in the result.
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
    /// <param name="source">Where the report came from, for messages (a file name, a URL).</param>
    /// <returns>The filled report and what the reader found.</returns>
    public static ReportReading<TReport> Read<TReport>(string? content, string source = "")
        where TReport : IReport, new() =>
        new(Read(content, new[] { ReportFormat.Of<TReport>() }, source));

    /// <summary>Reads a report into the format it follows, chosen among <paramref name="formats"/>.</summary>
    /// <param name="content">The report's text or HTML; null or empty gives a reading that says so.</param>
    /// <param name="formats">
    /// The formats the report may follow. With one, it is used; with several, the report decides: the shape of its
    /// tables (rows and columns only one format has), else the notice it cites, else its year
    /// (<see cref="ReportReading.FormatEvidence"/> says which, <see cref="ReportReading.FormatDisagreement"/> when they differ).
    /// </param>
    /// <param name="source">Where the report came from, for messages (a file name, a URL).</param>
    /// <returns>The filled report and what the reader found.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is null or empty.</exception>
    public static ReportReading Read(string? content, IReadOnlyList<ReportFormat> formats, string source = "")
    {
        if (formats is null || formats.Count == 0)
        {
            throw new ArgumentException("Name at least one format to read the report as.", nameof(formats));
        }

        var lines = SourceLines.Read(content ?? "");
        var flat = FlatText.Build(lines);
        var header = ReportHeaderReader.Read(lines);
        var (format, evidence, disagreement) = formats.Count == 1 ? (formats[0], FormatEvidence.Override, null) : FormatDetector.Detect(flat.Key, header.Year, formats);
        var report = format.CreateReport();
        var tables = ReadTables(lines, flat, report.Tables, format);
        return new ReportReading(source ?? "", report, format, evidence, disagreement, header, tables, InputProblem(content, tables, format));
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

    private static string? InputProblem(string? content, IReadOnlyList<TableReading> tables, ReportFormat format)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "the input is empty";
        }

        foreach (var table in tables)
        {
            if (table.Line is not null)
            {
                return null;
            }
        }

        return $"no table of {format.Template.Title}（{format.Template.Notice}）was found: this does not look like such a report";
    }
}
