using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>
/// The rules across reports of one format checked against one (earlier) format, compiled once: every line of
/// every equation as the cells it adds up in each report. Built and cached by <see cref="PreviousYearChecks"/>.
/// </summary>
internal sealed class ReportPairChecks
{
    private readonly PairLine[] _lines;

    public ReportPairChecks(TemplateMetadata current, TemplateMetadata previous)
    {
        var sameFormat = previous.Id == current.Id;
        var lines = new List<PairLine>();
        for (var t = 0; t < current.Tables.Count; t++)
        {
            var table = current.Tables[t];
            var p = table.RulesAcrossReports.Count == 0 ? -1 : IndexOf(previous.Tables, sameFormat ? table.Id : table.Was ?? table.Id);
            if (p < 0)
            {
                continue;
            }

            for (var r = 0; r < table.RulesAcrossReports.Count; r++)
            {
                Compile(table, t, previous.Tables[p], p, r, sameFormat, lines);
            }
        }

        _lines = lines.ToArray();
        var rules = new List<RuleMetadata>();
        foreach (var line in _lines)
        {
            var rule = current.Tables[line.Table].RulesAcrossReports[line.Rule];
            if (rules.Count == 0 || rules[rules.Count - 1] != rule)
            {
                rules.Add(rule);
            }
        }

        Rules = rules.ToArray();
    }

    /// <summary>The rules checked in at least one line, in template order.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    public ValidationResult Validate(IReport current, IReport previous)
    {
        List<Violation>? violations = null;
        foreach (var line in _lines)
        {
            var table = current.Tables[line.Table];
            var earlier = previous.Tables[line.PreviousTable];
            decimal left = 0, right = 0, tolerance = 0;
            var complete = true;
            foreach (var cell in line.Cells)
            {
                var source = cell.InPreviousReport ? earlier : table;
                if (!(source.GetValue(cell.Row, cell.Column) is decimal value))
                {
                    complete = false;
                    break;
                }

                tolerance += source.Metadata.DataColumns[cell.Column].RoundingOf(value);
                if (cell.IsLeft)
                {
                    left += value;
                }
                else
                {
                    right += value;
                }
            }

            if (!complete)
            {
                Add(ref violations, line, table, earlier, ViolationStatus.Incomplete, null, null);
            }
            else if (Math.Abs(left - right) > tolerance)
            {
                Add(ref violations, line, table, earlier, ViolationStatus.Failed, left, right);
            }
        }

        return new ValidationResult(violations);
    }

    private static void Compile(TableMetadata table, int t, TableMetadata earlier, int p, int r, bool sameFormat, List<PairLine> lines)
    {
        var rule = table.RulesAcrossReports[r];
        var betweenRows = rule.Direction == RuleDirection.BetweenRows;
        var (terms, earlierTerms) = betweenRows ? (table.Rows, earlier.Rows) : (table.Columns, earlier.Columns);
        var (lineHeaders, earlierLines) = betweenRows ? (table.DataColumns, earlier.Columns) : (table.DataRows, earlier.Rows);

        // A term the earlier format does not have leaves the whole rule out; a line it does not have, that line.
        var followed = new List<(HeaderMetadata Earlier, bool IsLeft)[]>();
        foreach (var equation in rule.Equations)
        {
            var previousTerms = new (HeaderMetadata, bool)[equation.PreviousLeft.Count + equation.PreviousRight.Count];
            for (var i = 0; i < previousTerms.Length; i++)
            {
                var isLeft = i < equation.PreviousLeft.Count;
                var header = terms[isLeft ? equation.PreviousLeft[i] : equation.PreviousRight[i - equation.PreviousLeft.Count]];
                if (Follow(header, earlierTerms, sameFormat) is not { } earlierHeader)
                {
                    return;
                }

                previousTerms[i] = (earlierHeader, isLeft);
            }

            followed.Add(previousTerms);
        }

        for (var e = 0; e < rule.Equations.Count; e++)
        {
            var equation = rule.Equations[e];
            for (var l = 0; l < lineHeaders.Count; l++)
            {
                if (Follow(lineHeaders[l], earlierLines, sameFormat) is not { } earlierLine)
                {
                    continue;
                }

                var cells = new List<PairCell>();
                foreach (var (side, isLeft) in new[] { (equation.Left, true), (equation.Right, false) })
                {
                    foreach (var term in side)
                    {
                        cells.Add(betweenRows ? new PairCell(term, l, isLeft, false) : new PairCell(l, term, isLeft, false));
                    }
                }

                foreach (var (earlierTerm, isLeft) in followed[e])
                {
                    foreach (var termData in DataOf(earlierTerm))
                    {
                        foreach (var lineData in DataOf(earlierLine))
                        {
                            cells.Add(betweenRows ? new PairCell(termData, lineData, isLeft, true) : new PairCell(lineData, termData, isLeft, true));
                        }
                    }
                }

                lines.Add(new PairLine(t, p, r, e, l, betweenRows, cells.ToArray()));
            }
        }
    }

    /// <summary>The header of the earlier format that <paramref name="header"/> continues: its own id in the same format, else its former id or its id.</summary>
    private static HeaderMetadata? Follow(HeaderMetadata header, IReadOnlyList<HeaderMetadata> earlier, bool sameFormat)
    {
        if (sameFormat && header.Index < earlier.Count && earlier[header.Index].Id == header.Id)
        {
            return earlier[header.Index];
        }

        var id = sameFormat ? header.Id : header.Was ?? header.Id;
        foreach (var candidate in earlier)
        {
            if (candidate.Id == id)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Data indexes a header stands for: its own, or a group's data descendants.</summary>
    private static IEnumerable<int> DataOf(HeaderMetadata header)
    {
        if (!header.IsGroup)
        {
            yield return header.DataIndex;
            yield break;
        }

        foreach (var data in header.DataDescendants)
        {
            yield return data.DataIndex;
        }
    }

    private static int IndexOf(IReadOnlyList<TableMetadata> tables, string id)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Add(ref List<Violation>? violations, PairLine line, IReportTable table, IReportTable earlier, ViolationStatus status, decimal? reported, decimal? computed)
    {
        var cells = new ViolationCell[line.Cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = line.Cells[i];
            var metadata = (cell.InPreviousReport ? earlier : table).Metadata;
            var value = (cell.InPreviousReport ? earlier : table).GetValue(cell.Row, cell.Column);
            cells[i] = new ViolationCell(metadata.DataRows[cell.Row], metadata.DataColumns[cell.Column], value, cell.IsLeft, cell.InPreviousReport);
        }

        var lineHeader = line.BetweenRows ? table.Metadata.DataColumns[line.Line] : table.Metadata.DataRows[line.Line];
        (violations ??= new List<Violation>()).Add(new Violation(table.Metadata, table.Metadata.RulesAcrossReports[line.Rule], line.Equation, lineHeader, status, reported, computed, cells));
    }

    private sealed class PairLine
    {
        public PairLine(int table, int previousTable, int rule, int equation, int line, bool betweenRows, PairCell[] cells)
        {
            Table = table;
            PreviousTable = previousTable;
            Rule = rule;
            Equation = equation;
            Line = line;
            BetweenRows = betweenRows;
            Cells = cells;
        }

        public int Table { get; }

        public int PreviousTable { get; }

        public int Rule { get; }

        public int Equation { get; }

        public int Line { get; }

        public bool BetweenRows { get; }

        public PairCell[] Cells { get; }
    }

    private readonly struct PairCell
    {
        public PairCell(int row, int column, bool isLeft, bool inPreviousReport)
        {
            Row = row;
            Column = column;
            IsLeft = isLeft;
            InPreviousReport = inPreviousReport;
        }

        public int Row { get; }

        public int Column { get; }

        public bool IsLeft { get; }

        public bool InPreviousReport { get; }
    }
}
