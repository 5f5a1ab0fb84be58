using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Reading.Text;

/// <summary>
/// One line of a report as extracted: its 1-based line number, its cells (empty cells kept so positions count) and,
/// for a PDF, the 1-based page it was printed on. <see cref="IsTableRow"/> when the cells are a table's row as the
/// document defines it (HTML, Word, a PDF's ruled table), so each position is a printed cell and a blank cell at the
/// end of a row is a blank value, not a separator typed after the last.
/// </summary>
internal sealed record SourceLine(int Number, IReadOnlyList<string> Cells, int? Page = null, bool IsTableRow = false)
{
    public IEnumerable<string> NonEmptyCells => Cells.Where(c => c.Length > 0);

    public string? FirstCell => NonEmptyCells.FirstOrDefault();

    public string Text => string.Join(" ", NonEmptyCells);
}
