using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>
/// A table's rules compiled once from its metadata into flat arrays: every equation applied in every line, as
/// the flat indexes of its cells. Validation and totals are small loops over them, so their cost is linear in
/// the cells the rules name and nothing is allocated while the rules hold.
/// </summary>
internal sealed class TableChecks
{
    private readonly Check[] _checks;

    /// <summary>The flat cell index of every term of every check: the left side, then the right.</summary>
    private readonly int[] _terms;

    /// <summary>Checks of totals to fill, each total once, parts before the totals that use them.</summary>
    private readonly int[] _fillOrder;

    /// <summary>Cells under the template's domain rule (counts may not be negative), row by row.</summary>
    private readonly int[] _nonNegative;

    private readonly bool[] _amountColumns;
    private readonly int _columns;

    public TableChecks(TableMetadata metadata)
    {
        var rows = metadata.DataRows.Count;
        _columns = metadata.DataColumns.Count;
        _amountColumns = new bool[_columns];
        for (var c = 0; c < _columns; c++)
        {
            _amountColumns[c] = metadata.DataColumns[c].Kind == ValueKind.Amount;
            HasAmountColumns |= _amountColumns[c];
            HasWholeColumns |= !_amountColumns[c];
        }

        var checks = new List<Check>();
        var terms = new List<int>();
        for (var r = 0; r < metadata.Rules.Count; r++)
        {
            var rule = metadata.Rules[r];
            var betweenRows = rule.Direction == RuleDirection.BetweenRows;
            var lines = betweenRows ? _columns : rows;
            for (var e = 0; e < rule.Equations.Count; e++)
            {
                var equation = rule.Equations[e];
                for (var line = 0; line < lines; line++)
                {
                    var start = terms.Count;
                    var isAmount = false;
                    foreach (var side in new[] { equation.Left, equation.Right })
                    {
                        foreach (var term in side)
                        {
                            var cell = betweenRows ? (term * _columns) + line : (line * _columns) + term;
                            terms.Add(cell);
                            isAmount |= _amountColumns[cell % _columns];
                        }
                    }

                    checks.Add(new Check(r, e, line, start, start + equation.Left.Count, terms.Count, isAmount, equation.IsTotal));
                }
            }
        }

        _checks = checks.ToArray();
        _terms = terms.ToArray();
        _fillOrder = FillOrder(_checks, _terms, rows * _columns);

        var nonNegative = new List<int>();
        if (metadata.DomainRule is not null)
        {
            for (var cell = 0; cell < rows * _columns; cell++)
            {
                if (metadata.DataColumns[cell % _columns].Kind == ValueKind.Count)
                {
                    nonNegative.Add(cell);
                }
            }
        }

        _nonNegative = nonNegative.ToArray();
    }

    public bool HasWholeColumns { get; }

    public bool HasAmountColumns { get; }

    public bool IsAmountColumn(int column) => _amountColumns[column];

    public ValidationResult Validate(IReportTable table, TableCells cells)
    {
        List<Violation>? violations = null;
        var whole = cells.Whole;
        for (var i = 0; i < _checks.Length; i++)
        {
            ref readonly var check = ref _checks[i];
            if (check.IsAmount)
            {
                CheckAmounts(table, cells, in check, ref violations);
                continue;
            }

            long left = 0, right = 0;
            var complete = true;
            for (var t = check.Start; t < check.End; t++)
            {
                var value = whole[_terms[t]];
                if (!value.HasValue)
                {
                    complete = false;
                    break;
                }

                if (t < check.Split)
                {
                    left += value.GetValueOrDefault();
                }
                else
                {
                    right += value.GetValueOrDefault();
                }
            }

            if (!complete)
            {
                Add(ref violations, table, in check, ViolationStatus.Incomplete, null, null);
            }
            else if (left != right)
            {
                Add(ref violations, table, in check, ViolationStatus.Failed, left, right);
            }
        }

        foreach (var cell in _nonNegative)
        {
            if (whole[cell] < 0)
            {
                TableSupport.AddNegative(ref violations, table, cell / _columns, cell % _columns);
            }
        }

        return new ValidationResult(violations);
    }

    public void ComputeTotals(TableCells cells)
    {
        foreach (var index in _fillOrder)
        {
            ref readonly var check = ref _checks[index];
            var total = _terms[check.Start];
            if (_amountColumns[total % _columns])
            {
                if (SumOfAmounts(cells, in check) is decimal sum)
                {
                    cells.Amounts[total] = sum;
                }
            }
            else if (SumOfWholes(cells, in check) is long sum)
            {
                cells.Whole[total] = sum;
            }
        }
    }

    /// <summary>The sum of a total's parts, or null when one is blank.</summary>
    private decimal? SumOfAmounts(TableCells cells, in Check check)
    {
        decimal sum = 0;
        for (var t = check.Split; t < check.End; t++)
        {
            if (!(cells.Value(_terms[t]) is decimal part))
            {
                return null;
            }

            sum += part;
        }

        return sum;
    }

    /// <summary>The sum of a total's parts, or null when one is blank.</summary>
    private long? SumOfWholes(TableCells cells, in Check check)
    {
        long sum = 0;
        for (var t = check.Split; t < check.End; t++)
        {
            if (!(cells.Whole[_terms[t]] is long part))
            {
                return null;
            }

            sum += part;
        }

        return sum;
    }

    /// <summary>Amounts compare within their rounding: XBRL Calculations 1.1, half a unit in the last decimal of each value.</summary>
    private void CheckAmounts(IReportTable table, TableCells cells, in Check check, ref List<Violation>? violations)
    {
        decimal left = 0, right = 0, tolerance = 0;
        for (var t = check.Start; t < check.End; t++)
        {
            if (!(cells.Value(_terms[t]) is decimal value))
            {
                Add(ref violations, table, in check, ViolationStatus.Incomplete, null, null);
                return;
            }

            tolerance += TableSupport.HalfUnit(value);
            if (t < check.Split)
            {
                left += value;
            }
            else
            {
                right += value;
            }
        }

        if (Math.Abs(left - right) > tolerance)
        {
            Add(ref violations, table, in check, ViolationStatus.Failed, left, right);
        }
    }

    private static void Add(ref List<Violation>? violations, IReportTable table, in Check check, ViolationStatus status, decimal? reported, decimal? computed) =>
        TableSupport.Add(ref violations, table, check.Rule, check.Equation, check.Line, status, reported, computed);

    /// <summary>
    /// Totals in an order that fills parts before the totals that use them (depth first, without recursion so a
    /// chain of thousands of totals cannot overflow the stack). A cell that totals several equations (the corner
    /// 总计 of I1 and I2) is filled once, from the first. Validation has rejected cycles; the visited marks guard anyway.
    /// </summary>
    private static int[] FillOrder(Check[] checks, int[] terms, int cellCount)
    {
        var byTotal = new Dictionary<int, int>();
        var totals = new List<int>();
        for (var i = 0; i < checks.Length; i++)
        {
            if (checks[i].IsTotal && checks[i].Split - checks[i].Start == 1 && !byTotal.ContainsKey(terms[checks[i].Start]))
            {
                byTotal.Add(terms[checks[i].Start], i);
                totals.Add(terms[checks[i].Start]);
            }
        }

        var order = new List<int>(totals.Count);
        var visited = new bool[cellCount];
        var stack = new Stack<(int Check, int Next)>();
        foreach (var total in totals)
        {
            if (visited[total])
            {
                continue;
            }

            visited[total] = true;
            stack.Push((byTotal[total], checks[byTotal[total]].Split));
            while (stack.Count > 0)
            {
                var (check, next) = stack.Pop();
                if (next == checks[check].End)
                {
                    order.Add(check);
                    continue;
                }

                stack.Push((check, next + 1));
                var part = terms[next];
                if (!visited[part] && byTotal.TryGetValue(part, out var partCheck))
                {
                    visited[part] = true;
                    stack.Push((partCheck, checks[partCheck].Split));
                }
            }
        }

        return order.ToArray();
    }

    /// <summary>One equation of one rule in one data line, as a range of <see cref="_terms"/>.</summary>
    private readonly struct Check
    {
        public Check(int rule, int equation, int line, int start, int split, int end, bool isAmount, bool isTotal)
        {
            Rule = rule;
            Equation = equation;
            Line = line;
            Start = start;
            Split = split;
            End = end;
            IsAmount = isAmount;
            IsTotal = isTotal;
        }

        public int Rule { get; }

        public int Equation { get; }

        public int Line { get; }

        public int Start { get; }

        public int Split { get; }

        public int End { get; }

        public bool IsAmount { get; }

        public bool IsTotal { get; }
    }
}
