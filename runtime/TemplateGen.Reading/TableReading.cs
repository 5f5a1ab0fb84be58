using System.Collections.Generic;

namespace TemplateGen.Reading;

/// <summary>What reading one table of a report produced: the filled table and everything the reader has to say about it.</summary>
public sealed class TableReading
{
    internal TableReading(IReportTable table, TableState state, int? line, IReadOnlyList<RowProblem> problems, IReadOnlyList<InferredCell> inferred, IReadOnlyList<LooseMatch> looseMatches)
    {
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

    /// <summary>Headings matched although printed differently from the form.</summary>
    public IReadOnlyList<LooseMatch> LooseMatches { get; }

    /// <summary>Whether anything of the table was read: false when it is missing or every value cell is empty.</summary>
    public bool IsRead => State is TableState.Complete or TableState.Incomplete;

    /// <summary>Why the table could not be read, or an empty string when it was.</summary>
    public string Why => State switch
    {
        TableState.Missing when Line is { } line => $"has its heading at line {line} but no table rows under it (published as an image?)",
        TableState.Missing => "is missing from the report",
        TableState.Empty => $"is present (line {Line}) but every value cell is empty",
        _ => "",
    };

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

    /// <inheritdoc/>
    public override string ToString() => $"{Metadata.ShortTitle}: {State}";
}
