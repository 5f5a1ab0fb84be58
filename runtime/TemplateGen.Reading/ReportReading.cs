using System.Collections.Generic;
using TemplateGen.Localization;
using TemplateGen.Reading.Tables;

namespace TemplateGen.Reading;

/// <summary>A report read into the generated tables of its format, with everything the reader has to say about it.</summary>
public class ReportReading
{
    internal ReportReading(string source, IReport report, ReportFormat format, FormatEvidence evidence, string? formatDisagreement, ReportHeader header, IReadOnlyList<TableReading> tables, string? inputProblem)
    {
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
    /// (<see cref="TableReading.PrintedGroups"/>), the rules that sum its rows use the group's printed values.
    /// </summary>
    /// <returns>Every violation of the tables read.</returns>
    public ValidationResult Validate()
    {
        var result = new ValidationResult(null);
        foreach (var table in Tables)
        {
            if (table.IsRead)
            {
                result = result.Merge(PrintedGroupRules.Apply(table, table.Table.Validate()));
            }
        }

        return result;
    }

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

        return ErrorLocalizer.Locate(read, maxCells);
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
}

/// <summary>A report read into a known generated report type.</summary>
/// <typeparam name="TReport">The generated report class.</typeparam>
public sealed class ReportReading<TReport> : ReportReading
    where TReport : IReport
{
    internal ReportReading(ReportReading reading)
        : base(reading.Source, reading.Report, reading.Format, reading.FormatEvidence, reading.FormatDisagreement, reading.Header, reading.Tables, reading.InputProblem)
    {
    }

    /// <summary>The generated report, typed, filled with what was read.</summary>
    public new TReport Report => (TReport)base.Report;
}
