using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>
/// A row or column header of a generated table: a data row or column, or a header-only group. Headers are
/// listed depth first; the table they belong to links each one to its parent and children, so readers and
/// renderers can walk the hierarchy without index arithmetic.
/// </summary>
public sealed class HeaderMetadata
{
    private static readonly HeaderMetadata[] None = new HeaderMetadata[0];

    /// <summary>Creates a header; generated code calls this, readers and renderers only read headers.</summary>
    /// <param name="id">The template id; for data headers also the C# member name.</param>
    /// <param name="number">Official number as printed, e.g. （三）; may be empty.</param>
    /// <param name="label">Official label without its number.</param>
    /// <param name="parentIndex">Index of the parent group in the same header list, or -1.</param>
    /// <param name="depth">0 for top-level headers.</param>
    /// <param name="dataIndex">Index among data rows or columns, or -1 for a group.</param>
    /// <param name="kind">Value kind of the cells (columns only).</param>
    /// <param name="unit">Unit such as 万元 (columns only).</param>
    /// <param name="decimals">Decimals the form asks for, if stated (amount columns only).</param>
    /// <param name="was">The header's id in the superseded format, when it was renamed.</param>
    public HeaderMetadata(string id, string number, string label, int parentIndex, int depth, int dataIndex, ValueKind kind, string? unit = null, int? decimals = null, string? was = null)
    {
        Was = was;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Number = number ?? "";
        Label = label ?? "";
        ParentIndex = parentIndex;
        Depth = depth;
        DataIndex = dataIndex;
        Kind = kind;
        Unit = unit;
        Decimals = decimals;
    }

    /// <summary>The header's id in the superseded format, when it was renamed; otherwise it continues the header of its own id there.</summary>
    public string? Was { get; }

    /// <summary>The id in the template; for data headers also the C# member name.</summary>
    public string Id { get; }

    /// <summary>Official number as printed, e.g. （三）; may be empty.</summary>
    public string Number { get; }

    /// <summary>Official label without its number.</summary>
    public string Label { get; }

    /// <summary>Number and label as printed, e.g. （一）予以公开.</summary>
    public string FullLabel => Number + Label;

    /// <summary>What to show for this header: its number and label, or its id when the form prints neither.</summary>
    public string DisplayLabel => FullLabel.Length == 0 ? Id : FullLabel;

    /// <summary>
    /// The display label, led by its groups' labels (行政复议 › 结果维持) when another header of the same list shows the
    /// same label, so a message names this header and no other.
    /// </summary>
    public string UnambiguousLabel { get; private set; } = "";

    /// <summary>Index of the parent group in the same header list, or -1.</summary>
    public int ParentIndex { get; }

    /// <summary>0 for top-level headers.</summary>
    public int Depth { get; }

    /// <summary>Index among data rows or columns (as used by <see cref="IReportTable.GetValue"/>), or -1 for a group.</summary>
    public int DataIndex { get; }

    /// <summary>Whether this is a header-only group without cells.</summary>
    public bool IsGroup => DataIndex < 0;

    /// <summary>Value kind of the cells (columns only).</summary>
    public ValueKind Kind { get; }

    /// <summary>Unit such as 万元 (columns only).</summary>
    public string? Unit { get; }

    /// <summary>Decimals the form asks for, if stated (amount columns only).</summary>
    public int? Decimals { get; }

    /// <summary>Index of this header in its table's row or column list.</summary>
    public int Index { get; private set; } = -1;

    /// <summary>The group this header belongs to, or null for a top-level header.</summary>
    public HeaderMetadata? Parent { get; private set; }

    /// <summary>The headers directly under this one, in order; empty for a data header.</summary>
    public IReadOnlyList<HeaderMetadata> Children { get; private set; } = None;

    /// <summary>The data headers under this one at any depth, in order; empty for a data header.</summary>
    public IReadOnlyList<HeaderMetadata> DataDescendants { get; private set; } = None;

    /// <summary>The groups above this header, outermost first; empty for a top-level header.</summary>
    public IReadOnlyList<HeaderMetadata> Ancestors { get; private set; } = None;

    /// <summary>How many data rows (or columns) this header spans in a printed table: its data descendants, at least 1.</summary>
    public int Span => Math.Max(1, DataDescendants.Count);

    /// <summary>
    /// The rounding a value reported in this column may carry: for amounts half a unit in its last decimal (610.60
    /// stands for 610.595 to 610.605, as XBRL Calculations 1.1 reads it), for counts none.
    /// </summary>
    /// <param name="value">A value reported in this column.</param>
    /// <returns>The tolerance the value adds to an equation it is a term of.</returns>
    public decimal RoundingOf(decimal value) => Kind == ValueKind.Amount ? TableSupport.HalfUnit(value) : 0m;

    /// <inheritdoc/>
    public override string ToString() => DisplayLabel;

    /// <summary>Links every header of one list (depth first) to its parent, children, descendants and ancestors.</summary>
    internal static void Link(HeaderMetadata[] headers, string listName)
    {
        var children = new List<HeaderMetadata>[headers.Length];
        var descendants = new List<HeaderMetadata>[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i] ?? throw new ArgumentException($"{listName}[{i}] is null.", listName);
            if (header.Index >= 0)
            {
                throw new ArgumentException($"{listName}[{i}] ('{header.Id}') already belongs to a table; each table needs headers of its own.", listName);
            }

            if (header.ParentIndex >= i || header.ParentIndex < -1)
            {
                throw new ArgumentException($"{listName}[{i}] ('{header.Id}') names parent {header.ParentIndex}, which is not an earlier header.", listName);
            }

            header.Index = i;
            if (header.ParentIndex < 0)
            {
                continue;
            }

            var parent = headers[header.ParentIndex];
            header.Parent = parent;
            (children[parent.Index] ??= new List<HeaderMetadata>()).Add(header);
            var ancestors = new HeaderMetadata[parent.Ancestors.Count + 1];
            for (var a = 0; a < parent.Ancestors.Count; a++)
            {
                ancestors[a] = parent.Ancestors[a];
            }

            ancestors[ancestors.Length - 1] = parent;
            header.Ancestors = ancestors;
            if (!header.IsGroup)
            {
                foreach (var ancestor in ancestors)
                {
                    (descendants[ancestor.Index] ??= new List<HeaderMetadata>()).Add(header);
                }
            }
        }

        var seen = new Dictionary<string, int>();
        foreach (var header in headers)
        {
            seen.TryGetValue(header.DisplayLabel, out var count);
            seen[header.DisplayLabel] = count + 1;
        }

        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i];
            header.Children = children[i]?.ToArray() ?? None;
            header.DataDescendants = descendants[i]?.ToArray() ?? None;
            header.UnambiguousLabel = seen[header.DisplayLabel] == 1 || header.Ancestors.Count == 0
                ? header.DisplayLabel
                : string.Join(" › ", System.Linq.Enumerable.Select(header.Ancestors, a => a.DisplayLabel)) + " › " + header.DisplayLabel;
        }
    }
}
