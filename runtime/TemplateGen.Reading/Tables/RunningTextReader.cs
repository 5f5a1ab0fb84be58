using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Reads tables out of running text, where line breaks may or may not be and cells run together: each table
/// is found by what it contains (its heading without the section number, which shifts; then its row labels
/// in their official order, loosely where printed differently), and each row's cells are the value text
/// between its label and the next, split into exactly one value per data column by <see cref="CellSplitter"/>.
/// Where digits allow several splits, the table's rules within the row choose only when exactly one split
/// satisfies them; otherwise the row stays unread with its candidates listed. Nothing is guessed silently.
/// </summary>
internal sealed class RunningTextReader
{
    private const int CandidatesShown = 4;

    private readonly FlatText _text;
    private readonly IReportTable _table;
    private readonly TableMetadata _metadata;
    private readonly List<RowProblem> _problems = new();
    private readonly List<LooseMatch> _loose = new();
    private readonly List<DecodedRow> _decoded = new();
    private readonly List<CellNote> _notes = new();
    private readonly List<AmbiguousRow> _ambiguous = new();
    private readonly List<UnsplitRow> _unsplit = new();
    private readonly List<PrintedGroup> _printedGroups = new();
    private readonly Dictionary<HeaderMetadata, int> _rowLines = new();
    private readonly TableLabels _labels;
    private int _rowsFound;

    private RunningTextReader(FlatText text, IReportTable table)
    {
        _text = text;
        _table = table;
        _metadata = table.Metadata;
        _labels = TableLabels.Of(_metadata);
    }

    /// <summary>Reads every table of <paramref name="tables"/> (in template order) out of <paramref name="text"/>.</summary>
    public static IReadOnlyList<TableReading> Read(FlatText text, IReadOnlyList<IReportTable> tables)
    {
        var anchors = new List<Anchor?>();
        var from = 0;
        foreach (var table in tables)
        {
            var anchor = Locate(text, table.Metadata, from);
            anchors.Add(anchor);
            if (anchor is { } found)
            {
                from = found.ContentStart;
            }
        }

        var readings = new List<TableReading>();
        for (var i = 0; i < tables.Count; i++)
        {
            if (anchors[i] is not { } anchor)
            {
                readings.Add(new TableReading(tables[i], TableState.Missing, null, Array.Empty<RowProblem>(), Array.Empty<InferredCell>(), Array.Empty<LooseMatch>()));
                continue;
            }

            var end = anchors.Skip(i + 1).FirstOrDefault(a => a is not null)?.HeadingStart ?? text.Key.Length;
            readings.Add(new RunningTextReader(text, tables[i]).ReadRegion(anchor, Math.Max(anchor.ContentStart, end)));
        }

        return readings;
    }

    /// <summary>Where a table's heading starts (in the label view), where its content starts after it, and the heading as printed when it differs.</summary>
    private sealed record Anchor(int HeadingStart, int ContentStart, bool HasRows, LabelMatch? LooseHeading = null);

    /// <summary>How many loosely matching headings are tried before giving up; each costs a pass over the text.</summary>
    private const int LooseHeadingTries = 4;

    /// <summary>
    /// The first heading of the table after <paramref name="from"/> that its content follows (the heading's words
    /// also occur in the narrative), matched exactly, else loosely (a typo such as 行政法复议); without such a
    /// heading, the first place its first two rows follow each other.
    /// </summary>
    private static Anchor? Locate(FlatText text, TableMetadata table, int from)
    {
        var labels = TableLabels.Of(table);
        var heading = labels.Heading;
        if (heading.Length == 0)
        {
            return null;
        }

        var window = labels.ContentWindow;
        Anchor? headingOnly = null;
        for (var at = text.Key.IndexOf(heading, from, StringComparison.Ordinal); at >= 0; at = text.Key.IndexOf(heading, at + 1, StringComparison.Ordinal))
        {
            var content = at + heading.Length;
            if (ContentFollows(text, table, content, content + window))
            {
                return new Anchor(at, content, HasRows: true);
            }

            headingOnly ??= new Anchor(at, content, HasRows: false);
        }

        var searchFrom = from;
        // Loosely only by section title: table numbers (第二十条第（一）项) differ from each other by one character.
        for (var attempt = 0; attempt < LooseHeadingTries && table.Number.Length == 0 && LabelSearch.Find(text.Key, heading, searchFrom, text.Key.Length) is { Distance: > 0 } loose; attempt++)
        {
            if (ContentFollows(text, table, loose.End, loose.End + window))
            {
                return new Anchor(loose.Start, loose.End, HasRows: true, loose);
            }

            searchFrom = loose.Start + 1;
        }

        var labeled = table.DataRows.Where(r => r.FullLabel.Length > 0).Take(2).ToList();
        if (labeled.Count == 2)
        {
            var (first, second) = (labels.Row(labeled[0]), labels.Row(labeled[1]));
            for (var at = text.Key.IndexOf(first, from, StringComparison.Ordinal); at >= 0; at = text.Key.IndexOf(first, at + 1, StringComparison.Ordinal))
            {
                if (LabelSearch.Find(text.Key, second, at, at + first.Length + labels.RowWindow, allowEdits: false) is not null)
                {
                    return new Anchor(at, at, HasRows: true);
                }
            }
        }

        return headingOnly;
    }

    /// <summary>Whether one of the table's first data rows (or, for a table whose only row has no label, a value) follows within the window.</summary>
    private static bool ContentFollows(FlatText text, TableMetadata table, int from, int to)
    {
        var rows = table.DataRows.Take(3).ToList();
        if (rows.Count == 0)
        {
            return false;
        }

        if (rows[0].FullLabel.Length == 0)
        {
            for (var i = from; i < Math.Min(to, text.Key.Length); i++)
            {
                if (LabelText.IsAsciiDigit(text.Key[i]))
                {
                    return true;
                }
            }

            return false;
        }

        var labels = TableLabels.Of(table);
        return rows.Any(row => row.FullLabel.Length > 0 && LabelSearch.Find(text.Key, labels.Row(row), from, to) is not null);
    }

    private TableReading ReadRegion(Anchor anchor, int end)
    {
        var headingLine = _text.LineAtKey(anchor.HeadingStart);
        if (anchor.LooseHeading is { } heading)
        {
            _loose.Add(new LooseMatch(headingLine, _text.Key.Substring(heading.Start, heading.End - heading.Start), _metadata.Number.Length > 0 ? _metadata.Number : _metadata.SectionLabel));
        }

        if (!anchor.HasRows)
        {
            return new TableReading(_table, TableState.Missing, headingLine, _problems, Array.Empty<InferredCell>(), _loose);
        }

        // Each data row's label, in official order; a row not found leaves the search where it was.
        var found = new List<(HeaderMetadata Row, int LabelStart, int ContentStart)>();
        var cursor = anchor.ContentStart;
        foreach (var row in _metadata.DataRows)
        {
            if (row.FullLabel.Length == 0)
            {
                found.Add((row, cursor, cursor));
                continue;
            }

            if (FindRow(row, cursor, Math.Min(end, cursor + _labels.RowWindow + _labels.Row(row).Length * 2)) is { } match)
            {
                found.Add((row, match.Start, match.End));
                cursor = match.End;
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            var (row, labelStart, contentStart) = found[i];
            var contentEnd = i + 1 < found.Count ? found[i + 1].LabelStart : end;
            ReadCells(row, labelStart, _text.NormIndex(contentStart), _text.NormIndex(contentEnd), unlabeled: row.FullLabel.Length == 0);
        }

        DecodeAcrossRows();
        var unpublished = ReadGroupsPrintedAsRows(found, anchor.ContentStart, end);
        foreach (var row in _metadata.DataRows.Where(r => !found.Any(f => f.Row == r) && !unpublished.Contains(r)))
        {
            _problems.Add(new RowProblem(headingLine, row.DisplayLabel, ReadingText.RowNotFound));
        }

        var state = _rowsFound == 0 ? TableState.Missing
            : !HasAnyValue() ? TableState.Empty
            // A group printed as one row was read as printed: reported, but nothing of the table is missing.
            : _problems.Count > _printedGroups.Count ? TableState.Incomplete
            : TableState.Complete;
        return new TableReading(_table, state, headingLine, _problems, Array.Empty<InferredCell>(), _loose, _decoded, _notes, _printedGroups, _rowLines, _unsplit);
    }

    /// <summary>
    /// A group none of whose rows was found, but whose own label is followed by a full row of values, was printed
    /// as one row (an earlier layout of the form): its values are kept as the group's, and its rows are reported as
    /// not published. Returns those rows.
    /// </summary>
    private HashSet<HeaderMetadata> ReadGroupsPrintedAsRows(List<(HeaderMetadata Row, int LabelStart, int ContentStart)> found, int contentStart, int end)
    {
        var unpublished = new HashSet<HeaderMetadata>();
        foreach (var group in _metadata.Rows.Where(g => g.IsGroup && g.DataDescendants.Count > 0 && g.FullLabel.Length > 0))
        {
            if (AnyRowFound(group))
            {
                continue;
            }

            var first = group.DataDescendants[0].DataIndex;
            var last = group.DataDescendants[group.DataDescendants.Count - 1].DataIndex;
            var before = found.LastOrDefault(f => f.Row.DataIndex < first);
            var after = found.FirstOrDefault(f => f.Row.DataIndex > last);
            var from = before.Row is null ? contentStart : before.ContentStart;
            var to = after.Row is null ? end : after.LabelStart;
            if (LabelSearch.Find(_text.Key, _labels.Row(group), from, to) is not { } label)
            {
                continue;
            }

            var line = _text.LineAtKey(label.Start);
            var printed = ValueText(_text.NormIndex(label.End), _text.NormIndex(to));
            var split = CellSplitter.Split(printed, _metadata.DataColumns);
            var rules = _metadata.Rules.Where(r => r.Direction == RuleDirection.BetweenColumns).ToList();
            var satisfying = split.Candidates.Where(candidate => rules.All(rule => Holds(rule, candidate))).ToList();
            var cells = split.Count == 1 ? split.Candidates[0] : satisfying.Count == 1 && split.Count <= CellSplitter.MaxCandidates ? satisfying[0] : null;
            if (printed.Length == 0 || cells is null)
            {
                continue;
            }

            if (split.Count > 1)
            {
                _decoded.Add(new DecodedRow(group, line, printed, rules, split.Count));
            }

            var printedGroup = new PrintedGroup(group, cells.Select((cell, c) => CellValue.Misfit(cell.Value, _metadata.DataColumns[c]) is null ? cell.Value : (decimal?)null).ToArray(), line);
            _printedGroups.Add(printedGroup);
            _problems.Add(new RowProblem(line, group.DisplayLabel, PrintedGroup.Problem(group)));
            unpublished.UnionWith(group.DataDescendants);
        }

        return unpublished;

        bool AnyRowFound(HeaderMetadata group) => group.DataDescendants.Any(d => found.Any(f => f.Row == d));
    }

    /// <summary>The value text at the start of [from, to) of <see cref="FlatText.Norm"/>: up to the first character no value has.</summary>
    private string ValueText(int from, int to)
    {
        var stop = from;
        while (stop < to && CellSplitter.IsValueChar(_text.Norm[stop]))
        {
            stop++;
        }

        return _text.Norm.Substring(from, stop - from).Trim();
    }

    /// <summary>The row's label after <paramref name="from"/>: by number and label, else by label alone, each exactly, else loosely (reported).</summary>
    private LabelMatch? FindRow(HeaderMetadata row, int from, int to)
    {
        var full = _labels.Row(row);
        var label = _labels.RowLabel(row);
        var match = LabelSearch.Find(_text.Key, full, from, to, allowEdits: false)
            ?? (label.Length >= 4 ? LabelSearch.Find(_text.Key, label, from, to, allowEdits: false) : null)
            ?? LabelSearch.Find(_text.Key, full, from, to)
            ?? ByNumber(row, label, from, to);
        if (match is { Distance: > 0 } loose)
        {
            _loose.Add(new LooseMatch(_text.LineAtKey(loose.Start), _text.Key.Substring(loose.Start, loose.End - loose.Start), row.FullLabel));
        }

        return match;
    }

    /// <summary>
    /// A misprinted label past the edits <see cref="LabelSearch"/> allows (2.其他法律行政止公开), found by its place:
    /// the row's own number in the window after the row before, followed by text up to the values that keeps most of
    /// the label in order, as the line reader's <see cref="RowMatcher.MatchLoosely"/> takes it.
    /// </summary>
    private LabelMatch? ByNumber(HeaderMetadata row, string label, int from, int to)
    {
        var number = LabelText.Normalize(row.Number);
        if (number.Length == 0 || label.Length < MinLabelByNumber)
        {
            return null;
        }

        var key = _text.Key;
        to = Math.Min(to, key.Length);
        for (var at = from < to ? key.IndexOf(number, from, to - from, StringComparison.Ordinal) : -1; at >= 0; at = at + 1 < to ? key.IndexOf(number, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
        {
            var start = at + number.Length;
            var end = start;
            while (end < to && end - start < label.Length + LabelSearch.AllowedEdits(label) && !LabelText.IsAsciiDigit(key[end]))
            {
                end++;
            }

            var printed = key.Substring(start, end - start);
            if (printed.Length > 0 && LabelText.Similarity(printed, label) >= RowMatcher.StructuralSimilarity)
            {
                return new LabelMatch(at, end, Math.Max(1, label.Length - printed.Length));
            }
        }

        return null;
    }

    /// <summary>Shorter labels are matched by number only exactly: a few characters in order prove nothing.</summary>
    private const int MinLabelByNumber = 6;

    /// <summary>Reads the value text that starts a row's content: one value per data column, or a problem that says why not.</summary>
    private void ReadCells(HeaderMetadata row, int labelKeyStart, int from, int to, bool unlabeled)
    {
        var line = _text.LineAtKey(labelKeyStart);
        var start = from;
        if (unlabeled)
        {
            // A row without a label follows the column headers: its cells start at the first digit.
            while (start < to && !LabelText.IsAsciiDigit(_text.Norm[start]))
            {
                start++;
            }
        }

        var printed = ValueText(start, to);
        _rowsFound++;
        if (printed.Length == 0)
        {
            _problems.Add(new RowProblem(line, row.DisplayLabel, ReadingText.NoValues));
            return;
        }

        var columns = _metadata.DataColumns;
        if (printed.Length > columns.Count * 40)
        {
            _problems.Add(new RowProblem(line, row.DisplayLabel, Say.Format(ReadingText.CharactersForCells, printed.Length, columns.Count)));
            return;
        }

        var split = CellSplitter.Split(printed, columns);
        if (split.Count == 0)
        {
            _problems.Add(new RowProblem(line, row.DisplayLabel, split.MostValues < columns.Count
                ? Say.Format(ReadingText.CellLost, printed, split.MostValues, columns.Count)
                : Say.Format(ReadingText.CannotSplit, printed, columns.Count)));
            return;
        }

        if (split.Count == 1)
        {
            Store(row, line, split.Candidates[0]);
            return;
        }

        if (split.Count > CellSplitter.MaxCandidates)
        {
            _problems.Add(new RowProblem(line, row.DisplayLabel, Say.Format(ReadingText.TooManySplits, printed, columns.Count, CellSplitter.MaxCandidates)));
            return;
        }

        var rules = _metadata.Rules.Where(r => r.Direction == RuleDirection.BetweenColumns).ToList();
        var satisfying = split.Candidates.Where(candidate => rules.All(rule => Holds(rule, candidate))).ToList();
        if (rules.Count > 0 && satisfying.Count == 1)
        {
            Store(row, line, satisfying[0]);
            _decoded.Add(new DecodedRow(row, line, printed, rules, split.Count));
            return;
        }

        _ambiguous.Add(new AmbiguousRow(row, line, printed, split.Count, rules.Count == 0 ? split.Candidates : satisfying, rules, satisfying.Count, split.Candidates));
    }

    /// <summary>A row whose digits split several ways, with the splits its own rules allow and every split.</summary>
    private sealed record AmbiguousRow(HeaderMetadata Row, int Line, string Printed, long Splits, IReadOnlyList<CellToken[]> Candidates, IReadOnlyList<RuleMetadata> RowRules, int Satisfying, IReadOnlyList<CellToken[]> AllSplits);

    /// <summary>The most combinations of ambiguous rows tried against the rules between rows.</summary>
    private const int MaxCombinations = 4096;

    /// <summary>
    /// Rows left ambiguous by their own rules are tried together against the rules between rows (a column's
    /// 总计 is the sum of its rows), with every other row as read: when exactly one combination makes every rule
    /// that can be evaluated hold, it is read, and each row names the rules that chose it. Otherwise each row is
    /// left blank with its candidates listed.
    /// </summary>
    private void DecodeAcrossRows()
    {
        var columnRules = _metadata.Rules.Where(r => r.Direction == RuleDirection.BetweenRows).ToList();
        var joint = _ambiguous.Where(a => a.Candidates.Count > 0).ToList();
        var jointRows = new HashSet<int>(joint.Select(a => a.Row.DataIndex));
        var combinations = joint.Aggregate(1L, (product, row) => Math.Min(MaxCombinations + 1L, product * row.Candidates.Count));
        if (joint.Count > 0 && columnRules.Count > 0 && combinations <= MaxCombinations)
        {
            var choice = new int[joint.Count];
            int[]? only = null;
            var passing = 0;
            HashSet<RuleMetadata>? used = null;
            for (var n = 0L; n < combinations && passing < 2; n++)
            {
                var rest = n;
                for (var i = 0; i < joint.Count; i++)
                {
                    choice[i] = (int)(rest % joint[i].Candidates.Count);
                    rest /= joint[i].Candidates.Count;
                    Set(joint[i].Row, joint[i].Candidates[choice[i]]);
                }

                if (EvaluableRulesHold(columnRules, jointRows, out var evaluated) && evaluated.Count > 0)
                {
                    passing++;
                    only = (int[])choice.Clone();
                    used = evaluated;
                }
            }

            foreach (var row in joint)
            {
                Set(row.Row, null);
            }

            if (passing == 1 && only is not null && used is not null)
            {
                _ambiguous.RemoveAll(joint.Contains);
                for (var i = 0; i < joint.Count; i++)
                {
                    var row = joint[i];
                    Store(row.Row, row.Line, row.Candidates[only[i]]);
                    _decoded.Add(new DecodedRow(row.Row, row.Line, row.Printed, row.RowRules.Concat(used.OrderBy(r => r.Id, StringComparer.Ordinal)).ToList(), row.Splits));
                }
            }
        }

        foreach (var row in _ambiguous)
        {
            var columns = _metadata.DataColumns.Count;
            var listed = row.Candidates.Count > 0 ? row.Candidates : Array.Empty<CellToken[]>();
            var shown = listed.Take(CandidatesShown).Select(c => string.Join("|", c.Select(t => t.Text)));
            var more = listed.Count > CandidatesShown ? ", …" : "";
            var ruleIds = string.Join(", ", row.RowRules.Select(r => r.Id));
            var why = row.RowRules.Count == 0 && columnRules.Count == 0 ? ReadingText.NoRuleToChoose
                : row.RowRules.Count == 0 ? ReadingText.RowRulesDoNotChoose
                : row.Satisfying == 0 ? Say.Format(ReadingText.NoneSatisfies, ruleIds)
                : Say.Format(ReadingText.SomeSatisfy, row.Satisfying, ruleIds);
            _problems.Add(new RowProblem(row.Line, row.Row.DisplayLabel, Say.Format(ReadingText.AmbiguousSplit, row.Printed, columns, row.Splits, string.Join("; ", shown) + more, why)));
            _unsplit.Add(new UnsplitRow(row.Row, row.Line, row.Printed, row.AllSplits.Select(Values).ToList()));
        }

        decimal?[] Values(CellToken[] cells) =>
            cells.Select((cell, c) => CellValue.Misfit(cell.Value, _metadata.DataColumns[c]) is null ? cell.Value : (decimal?)null).ToArray();
    }

    private void Set(HeaderMetadata row, CellToken[]? cells)
    {
        for (var c = 0; c < _metadata.DataColumns.Count; c++)
        {
            _table.SetValue(row.DataIndex, c, cells is null || CellValue.Misfit(cells[c].Value, _metadata.DataColumns[c]) is not null ? null : cells[c].Value);
        }
    }

    /// <summary>
    /// Whether every equation of the rules that involves one of <paramref name="rows"/> and has all its cells holds;
    /// <paramref name="evaluated"/> names the rules that had any. Equations elsewhere say nothing about these rows.
    /// </summary>
    private bool EvaluableRulesHold(IReadOnlyList<RuleMetadata> rules, HashSet<int> rows, out HashSet<RuleMetadata> evaluated)
    {
        evaluated = new HashSet<RuleMetadata>();
        foreach (var rule in rules)
        {
            foreach (var equation in rule.Equations.Where(e => e.Left.Concat(e.Right).Any(rows.Contains)))
            {
                for (var c = 0; c < _metadata.DataColumns.Count; c++)
                {
                    decimal left = 0, right = 0, tolerance = 0;
                    var complete = true;
                    foreach (var (terms, isLeft) in new[] { (equation.Left, true), (equation.Right, false) })
                    {
                        foreach (var r in terms)
                        {
                            if (_table.GetValue(r, c) is not { } value)
                            {
                                complete = false;
                                break;
                            }

                            if (isLeft)
                            {
                                left += value;
                            }
                            else
                            {
                                right += value;
                            }

                            tolerance += Rounding(c, value);
                        }
                    }

                    if (!complete)
                    {
                        continue;
                    }

                    evaluated.Add(rule);
                    if (Math.Abs(left - right) > tolerance)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Whether every equation of a rule between columns holds in one candidate split of a row: counts exactly, amounts within their rounding.</summary>
    private bool Holds(RuleMetadata rule, CellToken[] cells)
    {
        foreach (var equation in rule.Equations)
        {
            // By index: a foreach over the interface boxes an enumerator, and this runs for every candidate split.
            decimal left = 0, right = 0, tolerance = 0;
            for (var i = 0; i < equation.Left.Count; i++)
            {
                var term = equation.Left[i];
                left += cells[term].Value;
                tolerance += Rounding(term, cells[term].Value);
            }

            for (var i = 0; i < equation.Right.Count; i++)
            {
                var term = equation.Right[i];
                right += cells[term].Value;
                tolerance += Rounding(term, cells[term].Value);
            }

            if (Math.Abs(left - right) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private decimal Rounding(int column, decimal value) => _metadata.DataColumns[column].RoundingOf(value);

    private void Store(HeaderMetadata row, int line, CellToken[] cells)
    {
        _rowLines[row] = line;
        for (var c = 0; c < cells.Length; c++)
        {
            var column = _metadata.DataColumns[c];
            var value = cells[c].Value;
            if (cells[c].Unit is { } printedUnit && column.Unit is null && column.Kind == ValueKind.Amount)
            {
                _notes.Add(new CellNote(line, row, column, Say.Format(ReadingText.NoUnit, cells[c].Text, printedUnit)));
            }
            else if (cells[c].Unit is { } unit && column.Unit is { } wanted && unit != wanted)
            {
                if (unit == "元" && wanted == "万元")
                {
                    value /= 10000m;
                    _notes.Add(new CellNote(line, row, column, Say.Format(ReadingText.ReadAsWan, cells[c].Text, value)));
                }
                else
                {
                    _problems.Add(new RowProblem(line, row.DisplayLabel, Say.Format(ReadingText.WrongUnit, cells[c].Text, column.Label, unit, wanted)));
                    continue;
                }
            }

            if (CellValue.Misfit(value, column) is { } misfit)
            {
                _problems.Add(new RowProblem(line, row.DisplayLabel, Say.Format(ReadingText.Misfit, misfit, column.Label)));
                continue;
            }

            _table.SetValue(row.DataIndex, c, value);
        }
    }

    private bool HasAnyValue()
    {
        for (var r = 0; r < _metadata.DataRows.Count; r++)
        {
            for (var c = 0; c < _metadata.DataColumns.Count; c++)
            {
                if (_table.GetValue(r, c) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
