using System.Collections.Generic;
using System.Globalization;
using TemplateGen.Localization;
using TemplateGen.Reading.Documents;
using TemplateGen.Reading.Tables;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>A report read into the generated tables of its format, with everything the reader has to say about it.</summary>
public class ReportReading
{
    private readonly DocumentText _document;

    internal ReportReading(string source, IReport report, ReportFormat format, FormatEvidence evidence, string? formatDisagreement, ReportHeader header, IReadOnlyList<TableReading> tables, string? inputProblem, DocumentText document)
    {
        _document = document;
        FormatDisagreement = formatDisagreement;
        Source = source;
        Report = report;
        Format = format;
        FormatEvidence = evidence;
        Header = header;
        Tables = tables;
        InputProblem = inputProblem;
    }

    /// <summary>Where the report came from, as the caller named it (a file name, a URL).</summary>
    public string Source { get; }

    /// <summary>The generated report, filled with what was read; blank where nothing was.</summary>
    public IReport Report { get; }

    /// <summary>The format the report was read as.</summary>
    public ReportFormat Format { get; }

    /// <summary>How the format was decided.</summary>
    public FormatEvidence FormatEvidence { get; }

    /// <summary>When the shape of the tables, the notice cited and the year point at different formats, what each says; else null.</summary>
    public string? FormatDisagreement { get; }

    /// <summary>The place and year the report states.</summary>
    public ReportHeader Header { get; }

    /// <summary>One reading per table of the format, in template order.</summary>
    public IReadOnlyList<TableReading> Tables { get; }

    /// <summary>
    /// Why nothing could be read from the input as a whole (it is empty, or no table of the format is in it),
    /// or null when at least one table was found.
    /// </summary>
    public string? InputProblem { get; }

    internal DocumentText Document => _document;

    /// <summary>What kind of document the report was read from.</summary>
    public DocumentKind DocumentKind => _document.Kind;

    /// <summary>The encoding the report's bytes were decoded with when it was not UTF-8 (e.g. GB18030), else null.</summary>
    public string? Encoding => _document.Encoding;

    /// <summary>What a reader should know about how the document was read: bytes not valid in their encoding, pages left unread.</summary>
    public IReadOnlyList<string> DocumentNotes => _document.Notes;

    /// <summary>The 1-based page a line of the input was printed on, for a PDF; null for other documents.</summary>
    /// <param name="line">A 1-based line, as <see cref="RowProblem.Line"/> and <see cref="TableReading.LineOf"/> give it.</param>
    /// <returns>The page, or null.</returns>
    public int? PageOf(int line) => line >= 1 && line <= _document.Lines.Count ? _document.Lines[line - 1].Page : null;

    /// <summary>Where a line of the input is, as a person finds it: "page 3" in a PDF, else "line 12".</summary>
    /// <param name="line">A 1-based line.</param>
    /// <returns>The page or line, in words.</returns>
    public string Where(int line) => PageOf(line) is { } page
        ? Say.Format(ReadingText.Page, page)
        : Say.Format(ReadingText.Line, line);

    /// <summary>The 1-based page a data row of a table was read from, for a PDF; null for other documents or a row not read.</summary>
    /// <param name="row">A data row of any table of the report.</param>
    /// <returns>The page, or null.</returns>
    public int? PageOf(HeaderMetadata row)
    {
        foreach (var table in Tables)
        {
            if (table.LineOf(row) is { } line)
            {
                return PageOf(line);
            }
        }

        return null;
    }

    /// <summary>Whether every table was found with at least one value (some may still be incomplete).</summary>
    public bool AllTablesRead
    {
        get
        {
            foreach (var table in Tables)
            {
                if (!table.IsRead)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Checks the rules of every table that was read. A table that is missing or empty says nothing about
    /// the rules; its absence is in <see cref="Tables"/> instead. Where a group was printed as one row
    /// (<see cref="TableReading.PrintedGroups"/>), the rules that sum its rows use the group's printed values; a rule that
    /// fails under every split of a row whose digits could not be split is failed, with a note; an incomplete rule
    /// over cells marked not applicable names the mark in its note.
    /// </summary>
    /// <returns>Every violation of the tables read.</returns>
    public ValidationResult Validate()
    {
        var result = new ValidationResult(null);
        foreach (var table in Tables)
        {
            if (table.IsRead)
            {
                result = result.Merge(UnsplitRowRules.Apply(table, PrintedGroupRules.Apply(table, table.Table.Validate())));
            }
        }

        return result;
    }

    /// <summary>
    /// Checks the figures the report's narrative states against its tables (the template's claims, e.g. 共收到政府信息公开申请6件
    /// against 三 一、本年新收 总计): each holds, fails (with the sentence), is not stated, is stated as different numbers
    /// (ambiguous, listed), or cannot be compared because a cell is blank or its table was not read (the figure is then
    /// taken from the text). Never inside the tables.
    /// </summary>
    /// <returns>One result per claim of the format, in template order.</returns>
    public IReadOnlyList<ClaimResult> CheckClaims() => Claims.ClaimReader.Check(this);

    /// <summary>
    /// Which cells of the tables that were read are most likely wrong when rules fail, and the values that would make
    /// every rule hold (<see cref="ErrorLocalizer"/>); blanks the rules pin down are listed as imputed.
    /// </summary>
    /// <param name="maxCells">The largest set of cells searched.</param>
    /// <returns>The suspects, most likely first, or why there are none.</returns>
    public LocalizationResult Localize(int maxCells = ErrorLocalizer.DefaultMaxCells)
    {
        var read = new List<IReportTable>();
        foreach (var table in Tables)
        {
            if (table.IsRead)
            {
                read.Add(table.Table);
            }
        }

        return ErrorLocalizer.Locate(read, maxCells, ErrorLocalizer.DefaultMaxSetsExamined);
    }

    /// <summary>The inferred value of a cell of any table, if the reader filled it in; otherwise null.</summary>
    /// <param name="row">A data row.</param>
    /// <param name="column">A data column.</param>
    /// <returns>The inferred cell, or null.</returns>
    public InferredCell? InferredAt(HeaderMetadata row, HeaderMetadata column)
    {
        foreach (var table in Tables)
        {
            if (table.InferredAt(row, column) is { } cell)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>The not-applicable mark of a cell of any table, if the report printed one there; otherwise null.</summary>
    /// <param name="row">A data row.</param>
    /// <param name="column">A data column.</param>
    /// <returns>The marked cell, or null.</returns>
    public NotApplicableCell? NotApplicableAt(HeaderMetadata row, HeaderMetadata column)
    {
        foreach (var table in Tables)
        {
            if (table.NotApplicableAt(row, column) is { } cell)
            {
                return cell;
            }
        }

        return null;
    }
}

/// <summary>A report read into a known generated report type.</summary>
/// <typeparam name="TReport">The generated report class.</typeparam>
public sealed class ReportReading<TReport> : ReportReading
    where TReport : IReport
{
    internal ReportReading(ReportReading reading)
        : base(reading.Source, reading.Report, reading.Format, reading.FormatEvidence, reading.FormatDisagreement, reading.Header, reading.Tables, reading.InputProblem, reading.Document)
    {
    }

    /// <summary>The generated report, typed, filled with what was read.</summary>
    public new TReport Report => (TReport)base.Report;
}
