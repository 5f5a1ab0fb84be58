namespace TemplateGen.Sample.Reading;

/// <summary>One line of a report as extracted: its 1-based line number and its cells, empty cells kept so positions count.</summary>
internal sealed record SourceLine(int Number, IReadOnlyList<string> Cells)
{
    public IEnumerable<string> NonEmptyCells => Cells.Where(c => c.Length > 0);

    public string Text => string.Join(" ", NonEmptyCells);
}
