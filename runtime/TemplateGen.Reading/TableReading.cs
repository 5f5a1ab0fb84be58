using System.Collections.Generic;
using TemplateGen.Reading.Tables;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>What reading one table of a report produced: the filled table and everything the reader has to say about it.</summary>
public sealed class TableReading
{
    private static readonly DecodedRow[] NoDecodedRows = new DecodedRow[0];
    private static readonly CellNote[] NoNotes = new CellNote[0];

    private static readonly PrintedGroup[] NoPrintedGroups = new PrintedGroup[0];

    private static readonly Dictionary<HeaderMetadata, int> NoRowLines = new();
    private static readonly UnsplitRow[] NoUnsplitRows = new UnsplitRow[0];
    private static readonly NotApplicableCell[] NoMarks = new NotApplicableCell[0];

    private readonly IReadOnlyDictionary<HeaderMetadata, int> _rowLines;

    internal TableReading(IReportTable table, TableState state, int? line, IReadOnlyList<RowProblem> problems, IReadOnlyList<InferredCell> inferred, IReadOnlyList<LooseMatch> looseMatches, IReadOnlyList<DecodedRow>? decoded = null, IReadOnlyList<CellNote>? notes = null, IReadOnlyList<PrintedGroup>? printedGroups = null, IReadOnlyDictionary<HeaderMetadata, int>? rowLines = null, IReadOnlyList<UnsplitRow>? unsplit = null, IReadOnlyList<NotApplicableCell>? notApplicable = null)
    {
        Unsplit = unsplit ?? NoUnsplitRows;
        NotApplicable = notApplicable ?? NoMarks;
        _rowLines = rowLines ?? NoRowLines;
        PrintedGroups = printedGroups ?? NoPrintedGroups;
        Decoded = decoded ?? NoDecodedRows;
        Notes = notes ?? NoNotes;
        Table = table;
        State = state;
        Line = line;
        Problems = problems;
        Inferred = inferred;
        LooseMatches = looseMatches;
    }

    /// <summary>The generated table, filled with what was read (blank where nothing was).</summary>
    public IReportTable Table { get; }

    /// <summary>The table's layout, labels and rules.</summary>
    public TableMetadata Metadata => Table.Metadata;

    /// <summary>How much of the table could be read.</summary>
    public TableState State { get; }

    /// <summary>The 1-based line of the table's heading, when it was found.</summary>
    public int? Line { get; }

    /// <summary>Rows not found or not read as published, with their lines.</summary>
    public IReadOnlyList<RowProblem> Problems { get; }

    /// <summary>Cells filled in from a total in the same row, each with its reason.</summary>
    public IReadOnlyList<InferredCell> Inferred { get; }

    /// <summary>Rows whose run-together digits were split by the table's rules, each naming the rules it used.</summary>
    public IReadOnlyList<DecodedRow> Decoded { get; }

    /// <summary>Groups printed as one row (an earlier layout); their rows were not published.</summary>
    public IReadOnlyList<PrintedGroup> PrintedGroups { get; }

    /// <summary>Cells the report marks as not applicable (<c>/</c>, <c>—</c>, 不适用 …): blank in the table, never 0.</summary>
    public IReadOnlyList<NotApplicableCell> NotApplicable { get; }

    /// <summary>Rows left blank because their digits split several ways; a rule failing under every split still fails.</summary>
    internal IReadOnlyList<UnsplitRow> Unsplit { get; }

    /// <summary>What the reader did to values it read (unit conversions).</summary>
    public IReadOnlyList<CellNote> Notes { get; }

    /// <summary>Headings and row labels matched although printed differently from the form.</summary>
    public IReadOnlyList<LooseMatch> LooseMatches { get; }

    /// <summary>Whether anything of the table was read: false when it is missing or every value cell is empty.</summary>
    public bool IsRead => State is TableState.Complete or TableState.Incomplete;

    /// <summary>Why the table could not be read, or an empty string when it was.</summary>
    public string Why => State switch
    {
        TableState.Missing when Line is { } line => Say.Format(ReadingText.TableHeadingOnly, line),
        TableState.Missing => ReadingText.TableMissing,
        TableState.Empty => Say.Format(ReadingText.TableEmpty, Line),
        _ => "",
    };

    /// <summary>
    /// The 1-based line of the input where a row's values were read (<see cref="ReportReading.PageOf(int)"/> gives its
    /// page in a PDF), or null when the row was not read.
    /// </summary>
    /// <param name="row">A data row of this table.</param>
    /// <returns>The line, or null.</returns>
    public int? LineOf(HeaderMetadata row) => _rowLines.TryGetValue(row, out var line) ? line : null;

    /// <summary>The decoded row a cell belongs to, if its row was split by rules; otherwise null.</summary>
    /// <param name="row">A data row of this table.</param>
    /// <returns>The decoded row, or null.</returns>
    public DecodedRow? DecodedAt(HeaderMetadata row)
    {
        foreach (var decoded in Decoded)
        {
            if (decoded.Row == row)
            {
                return decoded;
            }
        }

        return null;
    }

    /// <summary>This reading with its values copied into <paramref name="table"/>, a blank table of the same template.</summary>
    internal TableReading MovedTo(IReportTable table)
    {
        for (var r = 0; r < Metadata.DataRows.Count; r++)
        {
            for (var c = 0; c < Metadata.DataColumns.Count; c++)
            {
                table.SetValue(r, c, Table.GetValue(r, c));
            }
        }

        return new TableReading(table, State, Line, Problems, Inferred, LooseMatches, Decoded, Notes, PrintedGroups, _rowLines, Unsplit, NotApplicable);
    }

    /// <summary>The number of data cells that hold a value.</summary>
    internal int ValuesRead
    {
        get
        {
            var count = 0;
            for (var r = 0; r < Metadata.DataRows.Count; r++)
            {
                for (var c = 0; c < Metadata.DataColumns.Count; c++)
                {
                    if (Table.GetValue(r, c) is not null)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }

    /// <summary>The inferred value of a cell, if the reader filled it in; otherwise null.</summary>
    /// <param name="row">A data row of this table.</param>
    /// <param name="column">A data column of this table.</param>
    /// <returns>The inferred cell, or null.</returns>
    public InferredCell? InferredAt(HeaderMetadata row, HeaderMetadata column)
    {
        foreach (var cell in Inferred)
        {
            if (cell.Row == row && cell.Column == column)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>The not-applicable mark of a cell, if the report printed one there; otherwise null.</summary>
    /// <param name="row">A data row of this table.</param>
    /// <param name="column">A data column of this table.</param>
    /// <returns>The marked cell, or null.</returns>
    public NotApplicableCell? NotApplicableAt(HeaderMetadata row, HeaderMetadata column)
    {
        foreach (var cell in NotApplicable)
        {
            if (cell.Row == row && cell.Column == column)
            {
                return cell;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Metadata.ShortTitle}: {State}";
}
