using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Reading.Text;

/// <summary>One line of a report as extracted: its 1-based line number and its cells, empty cells kept so positions count.</summary>
internal sealed record SourceLine(int Number, IReadOnlyList<string> Cells)
{
    public IEnumerable<string> NonEmptyCells => Cells.Where(c => c.Length > 0);

    public string? FirstCell => NonEmptyCells.FirstOrDefault();

    public string Text => string.Join(" ", NonEmptyCells);
}
