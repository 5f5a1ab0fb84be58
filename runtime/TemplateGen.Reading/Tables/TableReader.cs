using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Reads one table's region of a report into a generated table. Two layouts occur: one cell per line
/// (a stream of labels and numbers) and one row per line (cells split by '|' or tabs, positions kept).
/// Nothing is guessed silently: every row that cannot be read as published is a problem at its line, and
/// a cell is filled in only when the row's own total pins it down, recorded as inferred.
/// </summary>
internal sealed class TableReader
{
    private static readonly RowProblem[] NoProblems = new RowProblem[0];
    private static readonly InferredCell[] NothingInferred = new InferredCell[0];
    private static readonly LooseMatch[] NoLooseMatches = new LooseMatch[0];

    private readonly IReportTable _table;
    private readonly TableMetadata _metadata;
    private readonly RowMatcher _matcher;
    private readonly List<RowProblem> _problems = new();
    private readonly Dictionary<HeaderMetadata, PublishedRow> _rows = new();
    private readonly HashSet<HeaderMetadata> _unpublished = new();
    private readonly List<PrintedGroup> _printedGroups = new();
    private readonly List<LooseMatch> _looseMatches = new();
    private HeaderMetadata? _lastRow;

    private TableReader(IReportTable table)
    {
        _table = table;
        _metadata = table.Metadata;
        _matcher = new RowMatcher(_metadata);
    }

    private int Columns => _metadata.DataColumns.Count;

    public static TableReading Read(IReportTable table, IReadOnlyList<SourceLine> lines, TableRegion region)
    {
        if (region.Start is not { } start)
        {
            return new TableReading(table, TableState.Missing, null, NoProblems, NothingInferred, NoLooseMatches);
        }

        var reader = new TableReader(table);
        var body = new List<SourceLine>();
        for (var i = start + 1; i < region.End; i++)
        {
            if (lines[i].NonEmptyCells.Any())
            {
                body.Add(lines[i]);
            }
        }

        var rowsPerLine = body.Count(l => l.NonEmptyCells.Count() >= 2);
        if (rowsPerLine * 10 >= body.Count * 3)
        {
            body.ForEach(reader.ReadGridLine);
        }
        else
        {
            reader.ReadStream(body);
        }

        var looseMatches = region.LooseHeading is { } heading ? new[] { heading } : NoLooseMatches;
        return reader.Fill(lines[start].Number, looseMatches);
    }

    /// <summary>
    /// A row as found: its line and one cell per data column (null where blank or lost), and the not-applicable
    /// marks printed where a value would be (<see cref="CellValue.NotApplicableMark"/>).
    /// </summary>
    private sealed record PublishedRow(int Line, decimal?[] Values, string?[] Marks, bool PositionsKnown)
    {
        public int Found => Enumerable.Range(0, Values.Length).Count(c => Values[c] is not null || Marks[c] is not null);
    }

    private void ReadStream(List<SourceLine> lines)
    {
        var tokens = lines.SelectMany(l => l.NonEmptyCells.Select(text => (l.Number, Text: text))).ToList();
        (HeaderMetadata Row, int Line, List<decimal?> Values, List<string?> Marks)? current = null;
        var pending = new List<(int Line, string Text)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (line, text) = tokens[i];
            var mark = CellValue.NotApplicableMark(text);
            if (CellValue.TryParse(text, unit: null, out var value) || mark is not null)
            {
                if (current is null && _matcher.EmptyLabelRow is { } unlabeled && !_rows.ContainsKey(unlabeled))
                {
                    current = (unlabeled, line, new List<decimal?>(), new List<string?>());
                }

                if (current is { } row)
                {
                    row.Values.Add(mark is null ? value : null);
                    row.Marks.Add(mark);
                }
                else
                {
                    _problems.Add(new RowProblem(line, "", Say.Format(ReadingText.ValueWithoutLabel, text)));
                }

                pending.Clear();
                continue;
            }

            pending.Add((line, text));
            var candidate = string.Concat(pending.Select(p => p.Text));
            var valuesFollow = i + 1 < tokens.Count && CellValue.IsValue(tokens[i + 1].Text);
            if (_matcher.Match(candidate, valuesFollow) is { } match)
            {
                Finish(current);
                current = (match, pending[0].Line, new List<decimal?>(), new List<string?>());
                pending.Clear();
            }
            else if (_matcher.IsHeader(candidate))
            {
                pending.Clear();
            }
            else if (pending.Count > 3)
            {
                pending.RemoveAt(0); // a label broken over more than three cells is not one we know
            }
        }

        Finish(current);
    }

    private void Finish((HeaderMetadata Row, int Line, List<decimal?> Values, List<string?> Marks)? row)
    {
        if (row is not { } r)
        {
            return;
        }

        // One cell per line keeps no positions: a row with too few or too many values cannot be placed.
        var values = new decimal?[Columns];
        var marks = new string?[Columns];
        if (r.Values.Count == Columns)
        {
            for (var c = 0; c < Columns; c++)
            {
                values[c] = r.Values[c];
                marks[c] = r.Marks[c];
            }
        }

        Record(r.Row, new PublishedRow(r.Line, values, marks, PositionsKnown: r.Values.Count == Columns), r.Values.Count);
    }

    private void ReadGridLine(SourceLine line)
    {
        var cells = line.Cells;
        // A cell marked not applicable takes a value's place: it keeps the columns aligned and is no label.
        var valueAt = Enumerable.Range(0, cells.Count).Where(i => CellValue.IsValue(cells[i]) || CellValue.NotApplicableMark(cells[i]) is not null).ToList();
        var textAt = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0 && !valueAt.Contains(i)).ToList();

        // The row label is the rightmost text cell that names a row; group labels may stand left of it.
        HeaderMetadata? row = null;
        var labelAt = -1;
        for (var t = textAt.Count - 1; t >= 0; t--)
        {
            if (_matcher.Match(cells[textAt[t]], valueAt.Count > 0) is { } match)
            {
                (row, labelAt) = (match, textAt[t]);
                break;
            }
        }

        row ??= textAt.Count > 1 ? _matcher.Match(string.Concat(textAt.Select(i => cells[i])), valueAt.Count > 0) : null;
        if (row is not null && labelAt < 0)
        {
            labelAt = textAt[textAt.Count - 1];
        }

        if (row is null)
        {
            if (valueAt.Count == 0)
            {
                return; // a header or group line
            }

            if (_matcher.EmptyLabelRow is { } unlabeled && textAt.Count == 0)
            {
                row = unlabeled;
            }
            else if (ReadPrintedGroup(line, textAt, valueAt))
            {
                return;
            }
            else if (MatchLoosely(line, textAt) is { } loose)
            {
                (row, labelAt) = loose;
            }
            else
            {
                _problems.Add(new RowProblem(line.Number, line.Text, Say.Format(ReadingText.NumbersUnderUnknownLabel, line.Text)));
                return;
            }
        }

        var values = Values(line, row.FullLabel, valueAt, labelAt, out var marks);
        Record(row, new PublishedRow(line.Number, values, marks, PositionsKnown: true), valueAt.Count);
    }

    /// <summary>Values are aligned right, to the last number (the 总计 column is last): a lost cell keeps its place as a blank.</summary>
    private decimal?[] Values(SourceLine line, string label, List<int> valueAt, int labelAt, out string?[] marks)
    {
        var cells = line.Cells;
        var values = new decimal?[Columns];
        marks = new string?[Columns];
        if (valueAt.Count == 0)
        {
            return values;
        }

        // A table row as the document defines it ends with its last column, blank or not; text split by separators
        // is aligned to its last number instead (a separator typed after the last cell is no blank cell).
        var first = line.IsTableRow && cells.Count - Columns > labelAt && valueAt[0] >= cells.Count - Columns
            ? cells.Count - Columns
            : valueAt[valueAt.Count - 1] - Columns + 1;
        for (var c = 0; c < Columns; c++)
        {
            var at = first + c;
            if (at <= labelAt || at < 0 || cells[at].Length == 0)
            {
                continue;
            }

            if (CellValue.TryParse(cells[at], _metadata.DataColumns[c].Unit, out var value))
            {
                values[c] = value;
            }
            else if (CellValue.NotApplicableMark(cells[at]) is { } mark)
            {
                marks[c] = mark;
            }
            else
            {
                _problems.Add(new RowProblem(line.Number, label, $"'{cells[at]}' under {_metadata.DataColumns[c].Label} is not a number"));
            }
        }

        return values;
    }

    /// <summary>
    /// A misprinted row label (其他法律行政止公开), matched by a few edits or by its number, group and order, and reported
    /// as a loose match; the rightmost text cell is tried first, as for exact labels.
    /// </summary>
    private (HeaderMetadata Row, int LabelAt)? MatchLoosely(SourceLine line, List<int> textAt)
    {
        var cells = line.Cells;
        var next = _lastRow is { } last && last.DataIndex + 1 < _metadata.DataRows.Count ? _metadata.DataRows[last.DataIndex + 1] : _rows.Count == 0 ? _metadata.DataRows.FirstOrDefault() : null;
        for (var t = textAt.Count - 1; t >= 0; t--)
        {
            var context = textAt.Where(i => i != textAt[t]).Select(i => LabelText.Normalize(cells[i])).ToList();
            if (_matcher.MatchLoosely(cells[textAt[t]], r => !_rows.ContainsKey(r) && !_unpublished.Contains(r), context, next) is { } row)
            {
                _looseMatches.Add(new LooseMatch(line.Number, cells[textAt[t]], row.FullLabel));
                return (row, textAt[t]);
            }
        }

        return null;
    }

    /// <summary>
    /// A group none of whose rows was read, printed as one row with its values (the layout of an earlier format, such
    /// as （六）其他处理 in 2019): its values are kept as the group's and its rows reported as not published.
    /// </summary>
    private bool ReadPrintedGroup(SourceLine line, List<int> textAt, List<int> valueAt)
    {
        for (var t = textAt.Count - 1; t >= 0; t--)
        {
            if (_matcher.MatchGroup(line.Cells[textAt[t]]) is not { } group || group.DataDescendants.Any(d => _rows.ContainsKey(d) || _unpublished.Contains(d)))
            {
                continue;
            }

            var values = Values(line, group.DisplayLabel, valueAt, textAt[t], out _);
            for (var c = 0; c < Columns; c++)
            {
                if (values[c] is { } value && CellValue.Misfit(value, _metadata.DataColumns[c]) is not null)
                {
                    values[c] = null;
                }
            }

            _printedGroups.Add(new PrintedGroup(group, values, line.Number));
            _problems.Add(new RowProblem(line.Number, group.DisplayLabel, PrintedGroup.Problem(group)));
            _unpublished.UnionWith(group.DataDescendants);
            return true;
        }

        return false;
    }

    private void Record(HeaderMetadata row, PublishedRow published, int valuesSeen)
    {
        // A label standing alone (a note that quotes it, a heading that ends with it) is no row once the row itself
        // comes with its numbers.
        if (_rows.TryGetValue(row, out var quoted) && quoted.Found == 0 && valuesSeen > 0)
        {
            _rows.Remove(row);
        }

        if (_rows.TryGetValue(row, out var earlier))
        {
            _problems.Add(new RowProblem(published.Line, row.FullLabel, Say.Format(ReadingText.AppearsAgain, earlier.Line)));
            return;
        }

        _rows.Add(row, published);
        _lastRow = row;
        if (valuesSeen > 0 && valuesSeen != Columns)
        {
            var detail = published.PositionsKnown
                ? Say.Format(ReadingText.BlankColumns, string.Join("、", Enumerable.Range(0, Columns).Where(c => published.Values[c] is null && published.Marks[c] is null).Select(c => _metadata.DataColumns[c].Label)))
                : ReadingText.NoPositions;
            _problems.Add(new RowProblem(published.Line, row.DisplayLabel, Say.Format(ReadingText.ValuesFound, valuesSeen, Columns, detail)));
        }
    }

    private TableReading Fill(int headingLine, IReadOnlyList<LooseMatch> looseMatches)
    {
        var inferred = new List<InferredCell>();
        var marked = new List<NotApplicableCell>();
        foreach (var pair in _rows)
        {
            var (row, published) = (pair.Key, pair.Value);
            for (var c = 0; c < Columns; c++)
            {
                if (published.Marks[c] is { } mark)
                {
                    marked.Add(new NotApplicableCell(row, _metadata.DataColumns[c], mark, published.Line));
                }

                if (published.Values[c] is not { } value)
                {
                    continue;
                }

                if (CellValue.Misfit(value, _metadata.DataColumns[c]) is { } misfit)
                {
                    published.Values[c] = null;
                    _problems.Add(new RowProblem(published.Line, row.DisplayLabel, Say.Format(ReadingText.Misfit, misfit, _metadata.DataColumns[c].Label)));
                    continue;
                }

                _table.SetValue(row.DataIndex, c, value);
            }

            if (published.PositionsKnown && published.Found > 0 && published.Found == Columns - 1)
            {
                inferred.AddRange(Infer(row, published));
            }
        }

        foreach (var missing in _metadata.DataRows.Where(r => _rows.Count > 0 && !_rows.ContainsKey(r) && !_unpublished.Contains(r)))
        {
            _problems.Add(new RowProblem(headingLine, missing.DisplayLabel, ReadingText.RowNotFound));
        }

        // A heading with no row under it is a table that was not published as text (often an image).
        var state = _rows.Count == 0 ? TableState.Missing
            : _rows.Values.All(r => r.Found == 0) ? TableState.Empty
            // A group printed as one row was read as printed: reported, but nothing of the table is missing.
            : _problems.Count > _printedGroups.Count ? TableState.Incomplete
            : TableState.Complete;
        return new TableReading(_table, state, headingLine, _problems, inferred, looseMatches.Concat(_looseMatches).ToList(), printedGroups: _printedGroups, rowLines: _rows.ToDictionary(r => r.Key, r => r.Value.Line), notApplicable: marked);
    }

    /// <summary>The one lost cell of a row, when a total between columns (the row's 总计) pins it down.</summary>
    private IEnumerable<InferredCell> Infer(HeaderMetadata row, PublishedRow published)
    {
        // A cell marked not applicable is not lost: it is never filled in.
        var lost = Enumerable.Range(0, Columns).First(c => published.Values[c] is null && published.Marks[c] is null);
        foreach (var rule in _metadata.Rules.Where(r => r.Direction == RuleDirection.BetweenColumns))
        {
            foreach (var equation in rule.Equations.Where(e => e.IsTotal))
            {
                var total = equation.Left[0];
                var terms = equation.Right.Append(total).ToList();
                if (!terms.Contains(lost) || terms.Any(t => t != lost && published.Values[t] is null))
                {
                    continue;
                }

                var others = equation.Right.Where(p => p != lost).Sum(p => published.Values[p]!.Value);
                var value = lost == total ? others : published.Values[total]!.Value - others;
                var column = _metadata.DataColumns[lost];
                if (column.Kind == ValueKind.Count && value < 0)
                {
                    _problems.Add(new RowProblem(published.Line, row.DisplayLabel, Say.Format(ReadingText.LostNotInferred, column.Label, _metadata.DataColumns[total].Label)));
                    yield break;
                }

                _table.SetValue(row.DataIndex, lost, value);
                var how = lost == total
                    ? Say.Format(ReadingText.SumOfParts, rule.Id)
                    : Say.Format(ReadingText.TotalMinusParts, _metadata.DataColumns[total].Label, Format(published.Values[total]!.Value), Format(others), rule.Id);
                yield return new InferredCell(row, column, value, published.Line, rule, Say.Format(ReadingText.InferredAs, Format(value), how));
                yield break;
            }
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
