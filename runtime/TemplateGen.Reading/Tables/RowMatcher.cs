using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Recognises a table's data rows by their official labels from the generated metadata, and the labels
/// that are only headers (groups, column headers, the corner), so a reader knows what to skip.
/// </summary>
internal sealed class RowMatcher
{
    private readonly List<(HeaderMetadata Row, string Full, string Label)> _rows;
    private readonly HashSet<string> _headers;

    public RowMatcher(TableMetadata table)
    {
        var labels = TableLabels.Of(table);
        _rows = table.DataRows.Select(r => (r, labels.Row(r), labels.RowLabel(r))).ToList();
        _headers = labels.Headers;
        EmptyLabelRow = table.DataRows.FirstOrDefault(r => r.FullLabel.Length == 0);
    }

    /// <summary>A data row published without a label (四's single row), which takes values that follow no label.</summary>
    public HeaderMetadata? EmptyLabelRow { get; }

    /// <summary>
    /// The data row <paramref name="text"/> names: by number and label, or by label alone when
    /// <paramref name="valuesFollow"/> (a bare 总计 is a column header unless numbers follow it).
    /// </summary>
    public HeaderMetadata? Match(string text, bool valuesFollow)
    {
        var normalized = LabelText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var exact = _rows.FirstOrDefault(r => r.Full.Length > 0 && r.Full == normalized).Row;
        if (exact is not null)
        {
            return exact;
        }

        if (valuesFollow)
        {
            var byLabel = _rows.Where(r => r.Label.Length > 0 && r.Label == normalized).ToList();
            if (byLabel.Count == 1)
            {
                return byLabel[0].Row;
            }
        }

        // A group label and the row label run together ("三、本年度办理结果(一)予以公开"): the longest row label it ends with.
        return _rows.Where(r => r.Full.Length > 1 && normalized.EndsWith(r.Full, StringComparison.Ordinal))
            .OrderByDescending(r => r.Full.Length)
            .Select(r => r.Row)
            .FirstOrDefault();
    }

    public bool IsHeader(string text) => _headers.Contains(LabelText.Normalize(text));
}
