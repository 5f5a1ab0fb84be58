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
    private readonly List<(HeaderMetadata Row, string Full, string Label, string Number)> _rows;
    private readonly TableLabels _labels;
    private readonly HashSet<string> _headers;
    private readonly List<(HeaderMetadata Group, string Full)> _groups;

    public RowMatcher(TableMetadata table)
    {
        var labels = TableLabels.Of(table);
        _labels = labels;
        _rows = table.DataRows.Select(r => (r, labels.Row(r), labels.RowLabel(r), LabelText.Normalize(r.Number))).ToList();
        _headers = labels.Headers;
        _groups = table.Rows.Where(r => r.IsGroup && r.DataDescendants.Count > 0 && r.FullLabel.Length > 0).Select(r => (r, labels.Row(r))).ToList();
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

    /// <summary>
    /// The one data row, among those <paramref name="available"/>, that a misprinted <paramref name="text"/> names:
    /// within the few edits a slip makes (<see cref="LabelSearch.AllowedEdits"/>: 其他法律和行政法规禁止公开), else by
    /// its place in the table: the same number (2.), in the group the line names beside it (<paramref name="context"/>,
    /// the line's other labels) or right after the row read before (<paramref name="next"/>), with most of its label in
    /// order (其他法律行政止公开 for 其他法律行政法规禁止公开). Null when none or several fit equally well.
    /// </summary>
    public HeaderMetadata? MatchLoosely(string text, Func<HeaderMetadata, bool> available, IReadOnlyCollection<string> context, HeaderMetadata? next)
    {
        var normalized = LabelText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var withinEdits = Unique(_rows.Where(r => r.Full.Length > 0 && available(r.Row)), r =>
            LabelSearch.Find(normalized, r.Full, 0, normalized.Length) is { } match && normalized.Length - (match.End - match.Start) + match.Distance <= LabelSearch.AllowedEdits(r.Full)
                ? match.Distance
                : (int?)null);
        return withinEdits ?? Unique(_rows.Where(r => r.Full.Length > r.Number.Length && r.Number.Length > 0 && available(r.Row) && normalized.StartsWith(r.Number, StringComparison.Ordinal)), r =>
            (r.Row == next || (r.Row.Parent is { } parent && context.Contains(_labels.Row(parent)))) && LabelText.Similarity(normalized, r.Full) >= StructuralSimilarity
                ? 0
                : (int?)null);
    }

    /// <summary>How much of a row's label, in order, a misprint placed by number and group must keep.</summary>
    public const double StructuralSimilarity = 0.6;

    /// <summary>The row with the smallest score, or null when none has one or two share it.</summary>
    private static HeaderMetadata? Unique(IEnumerable<(HeaderMetadata Row, string Full, string Label, string Number)> rows, Func<(HeaderMetadata Row, string Full, string Label, string Number), int?> score)
    {
        HeaderMetadata? best = null;
        var (bestScore, tie) = (int.MaxValue, false);
        foreach (var row in rows)
        {
            if (score(row) is not { } value)
            {
                continue;
            }

            if (value < bestScore)
            {
                (best, bestScore, tie) = (row.Row, value, false);
            }
            else if (value == bestScore)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>The group of data rows whose number and label <paramref name="text"/> is (（六）其他处理), or null.</summary>
    public HeaderMetadata? MatchGroup(string text)
    {
        var normalized = LabelText.Normalize(text);
        return normalized.Length == 0 ? null : _groups.FirstOrDefault(g => g.Full == normalized).Group;
    }
}
