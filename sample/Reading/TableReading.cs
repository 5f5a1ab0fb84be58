using TemplateGen;

namespace TemplateGen.Sample.Reading;

/// <summary>How much of a table could be read.</summary>
internal enum TableState
{
    /// <summary>Every data row was found with all its cells.</summary>
    Complete,
    /// <summary>Found, but some rows are missing, damaged or unreadable; what was read is filled in.</summary>
    Incomplete,
    /// <summary>Found, but not one value cell has a value.</summary>
    Empty,
    /// <summary>Not found in the report.</summary>
    Missing,
}

/// <summary>A row that could not be read as published, at its line.</summary>
internal sealed record RowProblem(int Line, string Row, string Message);

/// <summary>A cell the reader filled in because the row's own total pins it down; never silent.</summary>
internal sealed record InferredCell(HeaderMetadata Row, HeaderMetadata Column, decimal Value, int Line, string Reason);

/// <summary>What reading one table produced.</summary>
internal sealed record TableReading(
    TableMetadata Table,
    TableState State,
    int? Line,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<InferredCell> Inferred)
{
    public bool IsRequiredButUnreadable => State is TableState.Missing or TableState.Empty;
}
