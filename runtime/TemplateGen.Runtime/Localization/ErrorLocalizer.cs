using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TemplateGen.Localization;

/// <summary>
/// Error localization in the Fellegi–Holt sense, as R's errorlocate does over validate rules: the smallest sets of
/// cells whose change alone makes every balance rule of a report hold, with the values that do it, and the slip
/// each looks like (digits swapped, one digit wrong, a sign slip, a value counted in the neighbouring cell).
/// Exact for the linear balance rules of generated tables: candidate sets are the sets of at most a few cells that
/// touch every failed equation, each checked by solving the equations restricted to it. The work is bounded: past
/// its bound the search stops and says so. Blank cells are not errors; they are solved for where the rules pin
/// them down (deductive imputation).
/// </summary>
public static class ErrorLocalizer
{
    /// <summary>The largest suspect set searched by default.</summary>
    public const int DefaultMaxCells = 3;

    /// <summary>The most candidate sets examined by default before the search stops (a few milliseconds).</summary>
    public const int DefaultMaxSetsExamined = 4_000;

    private const int SetsListed = 5;

    /// <summary>Localizes the errors of every table of a report, searching sets of up to <see cref="DefaultMaxCells"/> cells.</summary>
    /// <param name="report">A generated report.</param>
    /// <returns>The suspects, most likely first, or why there are none.</returns>
    public static LocalizationResult Locate(IReport report) => Locate(report, DefaultMaxCells, DefaultMaxSetsExamined);

    /// <summary>Localizes the errors of every table of a report.</summary>
    /// <param name="report">A generated report.</param>
    /// <param name="maxCells">The largest set size to search (<see cref="DefaultMaxCells"/> by default).</param>
    /// <param name="maxSetsExamined">The work bound: how many candidate sets are checked before the search stops and says so (<see cref="DefaultMaxSetsExamined"/> by default).</param>
    /// <returns>The suspects, most likely first, or why there are none.</returns>
    public static LocalizationResult Locate(IReport report, int maxCells, int maxSetsExamined) =>
        Locate((report ?? throw new ArgumentNullException(nameof(report))).Tables, maxCells, maxSetsExamined);

    /// <summary>Localizes the errors of some tables (for example, the tables of a report that could be read), searching sets of up to <see cref="DefaultMaxCells"/> cells.</summary>
    /// <param name="tables">Generated tables; rules never span tables, but one set may.</param>
    /// <returns>The suspects, most likely first, or why there are none.</returns>
    public static LocalizationResult Locate(IReadOnlyList<IReportTable> tables) => Locate(tables, DefaultMaxCells, DefaultMaxSetsExamined);

    /// <summary>Localizes the errors of some tables (for example, the tables of a report that could be read).</summary>
    /// <param name="tables">Generated tables; rules never span tables, but one set may.</param>
    /// <param name="maxCells">The largest set size to search (<see cref="DefaultMaxCells"/> by default).</param>
    /// <param name="maxSetsExamined">The work bound: how many candidate sets are checked before the search stops and says so (<see cref="DefaultMaxSetsExamined"/> by default).</param>
    /// <returns>The suspects, most likely first, or why there are none.</returns>
    public static LocalizationResult Locate(IReadOnlyList<IReportTable> tables, int maxCells, int maxSetsExamined)
    {
        if (tables is null)
        {
            throw new ArgumentNullException(nameof(tables));
        }

        var system = EquationSystem.Of(tables);
        var failed = new List<int>();
        for (var e = 0; e < system.Equations.Count; e++)
        {
            if (system.Holds(system.Equations[e], system.Values) == false)
            {
                failed.Add(e);
            }
        }

        if (failed.Count == 0)
        {
            var imputed = Impute(system, system.Values);
            return new LocalizationResult(LocalizationOutcome.NothingFailed, Array.Empty<SuspectSet>(), 0, imputed, maxCells,
                imputed.Count == 0 ? "every rule that can be evaluated holds" : $"every rule that can be evaluated holds; the rules pin down {imputed.Count} blank cell(s)");
        }

        var search = new Search(system, failed, maxCells, maxSetsExamined);
        search.Run();

        // Whole-row slips change more cells than a set may hold, yet are one slip: they are tried on their own.
        var solutions = search.Solutions.Concat(RowSlips(system, failed)).ToList();
        var described = solutions.Select(s => (Set: Describe(system, s, failed), Solution: s)).OrderBy(s => s.Set.Pattern).ThenBy(s => s.Set.Cells.Count).ThenBy(s => s.Set.TotalChange).ToList();
        var ranked = described.Select(d => d.Set).ToList();
        var best = ranked.FirstOrDefault();
        var imputedForBest = described.Count == 0 ? Array.Empty<SuspectCell>() : Impute(system, Apply(system, described[0].Solution.Cells, described[0].Solution.Values));
        var outcome = ranked.Count > 0 && (!search.Stopped || ranked[0].Pattern is CorrectionPattern.RowShifted or CorrectionPattern.RowsSwapped) ? LocalizationOutcome.Found
            : search.Stopped ? LocalizationOutcome.StoppedAtBound
            : LocalizationOutcome.NoneWithinLimit;
        var summary = outcome switch
        {
            LocalizationOutcome.Found when ranked.Count == 1 => $"most likely: {best!.Description}",
            LocalizationOutcome.Found => $"most likely: {best!.Description}; {ranked.Count} sets of {(ranked.All(r => r.Cells.Count == best.Cells.Count) ? $"{best.Cells.Count} cell(s)" : "cells")} make every rule hold",
            LocalizationOutcome.NoneWithinLimit => $"no set of at most {maxCells} cell(s) makes every rule hold ({failed.Count} failed equation(s))",
            _ => $"stopped after examining {maxSetsExamined} sets of cells" + (best is null ? "; none found" : $"; most likely so far: {best.Description}"),
        };
        return new LocalizationResult(outcome, ranked.Take(SetsListed).ToList(), ranked.Count, imputedForBest, maxCells, summary);
    }

    /// <summary>A candidate set and the values that make every rule hold.</summary>
    private sealed class Solution
    {
        public Solution(int[] cells, decimal[] values, bool isRowSlip = false)
        {
            Cells = cells;
            Values = values;
            IsRowSlip = isRowSlip;
        }

        /// <summary>Whether it is a whole-row slip (shift or swap) rather than a smallest set.</summary>
        public bool IsRowSlip { get; }

        public int[] Cells { get; }

        public decimal[] Values { get; }
    }

    /// <summary>The bounded search by set size: every set that touches all failed equations, smallest first.</summary>
    /// <remarks>
    /// It examines thousands of sets for a report that fails, so each step works on arrays kept for the search (marks
    /// stamped per use instead of sets built per step, one copy of the values changed and restored) rather than
    /// allocating: in a folder of reports the search was a sixth of the checker's time.
    /// </remarks>
    private sealed class Search
    {
        private static readonly List<int> NoEquations = new(0);
        private readonly EquationSystem _system;
        private readonly List<int> _failed;
        private readonly int _maxCells;
        private readonly int _maxSetsExamined;
        private readonly HashSet<int[]> _seen = new(CellSetComparer.Instance);
        private readonly List<int>[] _candidates;
        private readonly int[] _cellMarks;
        private readonly int[] _equationMarks;
        private readonly List<int> _equations = new();
        private readonly List<int> _unknowns = new();
        private decimal?[]? _trial;
        private int _stamp;
        private int _examined;

        public Search(EquationSystem system, List<int> failed, int maxCells, int maxSetsExamined)
        {
            _system = system;
            _failed = failed;
            _maxCells = maxCells;
            _maxSetsExamined = maxSetsExamined;
            _candidates = new List<int>[Math.Max(0, maxCells)];
            _cellMarks = new int[system.Values.Length];
            _equationMarks = new int[system.Equations.Count];
        }

        public List<Solution> Solutions { get; } = new();

        public bool Stopped { get; private set; }

        public void Run()
        {
            // A cell is a term of a few equations: more failed equations than a set of the largest size can touch
            // means no set will do, and the search need not begin.
            var isFailed = new bool[_system.Equations.Count];
            foreach (var e in _failed)
            {
                isFailed[e] = true;
            }

            var most = 0;
            foreach (var e in _failed)
            {
                foreach (var cell in Terms(e))
                {
                    var touched = 0;
                    foreach (var other in _system.EquationsOf[cell]!)
                    {
                        touched += isFailed[other] ? 1 : 0;
                    }

                    most = Math.Max(most, touched);
                }
            }

            if (_failed.Count > most * _maxCells)
            {
                return;
            }

            for (var size = 1; size <= _maxCells && Solutions.Count == 0 && !Stopped; size++)
            {
                Extend(new List<int>(size), size);
            }
        }

        private int[] Terms(int equation) => _system.Terms[equation];

        /// <summary>Adds cells to <paramref name="chosen"/>: first one of each failed equation not yet touched, then neighbours that may compensate.</summary>
        private void Extend(List<int> chosen, int size)
        {
            if (Stopped)
            {
                return;
            }

            var untouched = FirstUntouched(chosen);
            if (chosen.Count == size)
            {
                if (untouched < 0)
                {
                    Check(chosen);
                }

                return;
            }

            // Each depth has its own list: the recursion below changes chosen, never the candidates being walked.
            var candidates = _candidates[chosen.Count] ??= new List<int>();
            candidates.Clear();
            if (untouched >= 0)
            {
                foreach (var cell in Terms(untouched))
                {
                    if (_system.Values[cell] is not null)
                    {
                        candidates.Add(cell);
                    }
                }
            }
            else
            {
                var stamp = ++_stamp;
                foreach (var chosenCell in chosen)
                {
                    foreach (var e in _system.EquationsOf[chosenCell] ?? NoEquations)
                    {
                        foreach (var cell in Terms(e))
                        {
                            if (_system.Values[cell] is not null && _cellMarks[cell] != stamp && !chosen.Contains(cell))
                            {
                                _cellMarks[cell] = stamp;
                                candidates.Add(cell);
                            }
                        }
                    }
                }
            }

            for (var i = 0; i < candidates.Count; i++)
            {
                chosen.Add(candidates[i]);
                Extend(chosen, size);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        /// <summary>The first failed equation none of whose terms is chosen, or -1.</summary>
        private int FirstUntouched(List<int> chosen)
        {
            foreach (var e in _failed)
            {
                var touched = false;
                foreach (var cell in Terms(e))
                {
                    if (chosen.Contains(cell))
                    {
                        touched = true;
                        break;
                    }
                }

                if (!touched)
                {
                    return e;
                }
            }

            return -1;
        }

        private void Check(List<int> chosen)
        {
            var cells = chosen.ToArray();
            Array.Sort(cells);
            if (!_seen.Add(cells))
            {
                return;
            }

            if (++_examined > _maxSetsExamined)
            {
                Stopped = true;
                return;
            }

            // The equations the set is in, then the blanks they hold: both in first-seen order, each once.
            _equations.Clear();
            var equationStamp = ++_stamp;
            foreach (var cell in cells)
            {
                foreach (var e in _system.EquationsOf[cell] ?? NoEquations)
                {
                    if (_equationMarks[e] != equationStamp)
                    {
                        _equationMarks[e] = equationStamp;
                        _equations.Add(e);
                    }
                }
            }

            _unknowns.Clear();
            _unknowns.AddRange(cells);
            var blankStamp = ++_stamp;
            foreach (var e in _equations)
            {
                foreach (var cell in Terms(e))
                {
                    if (_system.Values[cell] is null && _cellMarks[cell] != blankStamp)
                    {
                        _cellMarks[cell] = blankStamp;
                        _unknowns.Add(cell);
                    }
                }
            }

            var solution = LinearSolver.Solve(_system, _equations, _unknowns, _system.Values);
            if (solution is null)
            {
                return;
            }

            var values = new decimal[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                if (solution[i] is not { } value || value == _system.Values[cells[i]] || !Fits(_system.Column(cells[i]), value))
                {
                    return;
                }

                values[i] = value;
            }

            // Decimal arithmetic is exact for these coefficients in practice; the equations have the last word.
            if (HoldsWith(cells, values))
            {
                Solutions.Add(new Solution(cells, values));
            }
        }

        /// <summary>Whether every equation the set is in holds with its cells changed to <paramref name="values"/>.</summary>
        private bool HoldsWith(int[] cells, decimal[] values)
        {
            var trial = _trial ??= (decimal?[])_system.Values.Clone();
            for (var i = 0; i < cells.Length; i++)
            {
                trial[cells[i]] = values[i];
            }

            var holds = true;
            foreach (var e in _equations)
            {
                if (_system.Holds(_system.Equations[e], trial) == false)
                {
                    holds = false;
                    break;
                }
            }

            foreach (var cell in cells)
            {
                trial[cell] = _system.Values[cell];
            }

            return holds;
        }
    }

    /// <summary>Sets of cells, sorted, compared by their members.</summary>
    private sealed class CellSetComparer : IEqualityComparer<int[]>
    {
        public static readonly CellSetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(int[] cells)
        {
            var hash = 17;
            foreach (var cell in cells)
            {
                hash = unchecked((hash * 31) + cell);
            }

            return hash;
        }
    }

    /// <summary>
    /// Rows with a cell in a failed equation, shifted one cell left or right, and such rows swapped with the next row:
    /// each becomes a solution when, with the one cell the shift leaves over solved by the rules, every rule holds.
    /// </summary>
    private static IEnumerable<Solution> RowSlips(EquationSystem system, List<int> failed)
    {
        var rows = failed.SelectMany(e => system.Terms[e]).Select(c => (system.Keys[c].Table, system.Keys[c].Row)).Distinct().ToList();
        foreach (var (table, row) in rows)
        {
            var columns = system.Tables[table].Metadata.DataColumns.Count;
            var cells = Enumerable.Range(0, columns).Select(c => system.Id(table, row, c)).ToArray();
            if (columns >= 3 && cells.All(c => system.Values[c] is not null))
            {
                foreach (var direction in new[] { 1, -1 })
                {
                    // Each value moved back one cell over (left, then right); the cell left empty is solved for.
                    var values = new decimal?[columns];
                    for (var c = 0; c < columns; c++)
                    {
                        var from = c + direction;
                        values[c] = from >= 0 && from < columns ? system.Values[cells[from]] : null;
                    }

                    if (Try(system, cells, values) is { } shifted)
                    {
                        yield return shifted;
                    }
                }
            }

            // The next row need not fail anything itself: a sum over both rows (一 + 二 = 七 + 四) holds whatever their order.
            if (row + 1 < system.Tables[table].Metadata.DataRows.Count)
            {
                var next = Enumerable.Range(0, columns).Select(c => system.Id(table, row + 1, c)).ToArray();
                var both = cells.Concat(next).ToArray();
                var swapped = next.Select(c => system.Values[c]).Concat(cells.Select(c => system.Values[c])).ToArray();
                if (swapped.All(v => v is not null) && Try(system, both, swapped) is { } rowsSwapped)
                {
                    yield return rowsSwapped;
                }
            }
        }
    }

    /// <summary>The cells with the given values (one left null to be solved for), when every equation then holds; only the cells that change are kept.</summary>
    private static Solution? Try(EquationSystem system, int[] cells, decimal?[] values)
    {
        var applied = (decimal?[])system.Values.Clone();
        for (var i = 0; i < cells.Length; i++)
        {
            applied[cells[i]] = values[i];
        }

        var unknown = cells.Where((_, i) => values[i] is null).ToList();
        if (unknown.Count > 0)
        {
            var equations = unknown.SelectMany(c => system.EquationsOf[c] ?? Enumerable.Empty<int>()).Distinct().ToList();
            var solved = LinearSolver.Solve(system, equations, unknown, applied);
            if (solved is null || solved.Any(v => v is null))
            {
                return null;
            }

            for (var i = 0; i < unknown.Count; i++)
            {
                if (!Fits(system.Column(unknown[i]), solved[i]!.Value))
                {
                    return null;
                }

                applied[unknown[i]] = solved[i];
            }
        }

        if (system.Equations.Any(e => system.Holds(e, applied) == false) || cells.Any(c => !Fits(system.Column(c), applied[c]!.Value)))
        {
            return null;
        }

        var changed = cells.Where(c => applied[c] != system.Values[c]).ToArray();
        return changed.Length == 0 ? null : new Solution(changed, changed.Select(c => applied[c]!.Value).ToArray(), isRowSlip: true);
    }

    private static decimal?[] Apply(EquationSystem system, int[] cells, decimal[] values)
    {
        var applied = (decimal?[])system.Values.Clone();
        for (var i = 0; i < cells.Length; i++)
        {
            applied[cells[i]] = values[i];
        }

        return applied;
    }

    /// <summary>Whether a value can stand in a column: whole numbers for counts, not negative for counts that cannot be.</summary>
    private static bool Fits(HeaderMetadata column, decimal value) => column.Kind switch
    {
        ValueKind.Count => value >= 0 && decimal.Truncate(value) == value,
        ValueKind.SignedCount => decimal.Truncate(value) == value,
        _ => true,
    };

    /// <summary>Blank cells the equations pin down, given <paramref name="values"/>.</summary>
    private static IReadOnlyList<SuspectCell> Impute(EquationSystem system, decimal?[] values)
    {
        var blanks = Enumerable.Range(0, values.Length).Where(c => values[c] is null && system.EquationsOf[c] is not null).ToList();
        if (blanks.Count == 0)
        {
            return Array.Empty<SuspectCell>();
        }

        var equations = blanks.SelectMany(c => system.EquationsOf[c]!).Distinct().ToList();
        var solution = LinearSolver.Solve(system, equations, blanks, values);
        if (solution is null)
        {
            return Array.Empty<SuspectCell>();
        }

        return blanks.Select((cell, i) => (cell, value: solution[i]))
            .Where(t => t.value is { } v && Fits(system.Column(t.cell), v))
            .Select(t => new SuspectCell(system.Table(t.cell), system.Row(t.cell), system.Column(t.cell), null, t.value!.Value))
            .ToList();
    }

    private static SuspectSet Describe(EquationSystem system, Solution solution, List<int> failed)
    {
        var cells = solution.Cells.Select((c, i) => new SuspectCell(system.Table(c), system.Row(c), system.Column(c), system.Values[c], solution.Values[i])).ToList();
        var restored = failed.Select(e => system.Equations[e].Rule.Id).Distinct().ToList();
        var (pattern, how) = solution.IsRowSlip ? RowSlipPattern(cells) : PatternOf(cells);
        var change = string.Join("; ", cells.Select(c => $"{c.Row} / {c.Column} reported {Format(c.Reported)}, {Format(c.Suggested)}"));
        return new SuspectSet(cells, pattern, $"{change} makes {Join(restored)} hold{how}", restored);
    }

    /// <summary>A whole-row slip in words: one row shifted, or two rows swapped.</summary>
    private static (CorrectionPattern Pattern, string How) RowSlipPattern(IReadOnlyList<SuspectCell> cells)
    {
        var rows = cells.Select(c => c.Row).Distinct().ToList();
        return rows.Count == 1
            ? (CorrectionPattern.RowShifted, $" ({rows[0]}: its values printed one cell off)")
            : (CorrectionPattern.RowsSwapped, $" ({rows[0]} and {rows[1]}: each row's values printed in the other's place)");
    }

    /// <summary>The slip a set's change looks like, with its words.</summary>
    private static (CorrectionPattern Pattern, string How) PatternOf(IReadOnlyList<SuspectCell> cells)
    {
        if (cells.Count == 1 && cells[0].Reported is { } reported)
        {
            var suggested = cells[0].Suggested;
            if (reported != 0 && suggested == -reported)
            {
                return (CorrectionPattern.SignSlip, " (a sign slip)");
            }

            var (r, s) = (Format(reported), Format(suggested));
            if (r.Length == s.Length && r.Length >= 2)
            {
                var differ = Enumerable.Range(0, r.Length).Where(i => r[i] != s[i]).ToList();
                if (differ.Count == 2 && differ[1] == differ[0] + 1 && r[differ[0]] == s[differ[1]] && r[differ[1]] == s[differ[0]])
                {
                    return (CorrectionPattern.DigitsSwapped, " (two digits swapped)");
                }

                if (differ.Count == 1)
                {
                    return (CorrectionPattern.OneDigitWrong, " (one digit wrong)");
                }
            }
        }

        if (cells.Count == 1 && cells[0].Reported is { } one && one.ToString(CultureInfo.InvariantCulture).Length == 1 && cells[0].Suggested.ToString(CultureInfo.InvariantCulture).Length == 1)
        {
            return (CorrectionPattern.OneDigitWrong, " (one digit wrong)");
        }

        if (cells.Count == 2 && cells[0].Reported is { } a && cells[1].Reported is { } b && cells[0].Table == cells[1].Table)
        {
            if (cells[0].Suggested == b && cells[1].Suggested == a)
            {
                return (CorrectionPattern.ValuesSwapped, " (the two values swapped)");
            }

            var sameRow = cells[0].Row == cells[1].Row;
            if ((sameRow || cells[0].Column == cells[1].Column) && cells[0].Suggested - a == -(cells[1].Suggested - b))
            {
                var (from, to) = cells[0].Suggested < a ? (cells[0], cells[1]) : (cells[1], cells[0]);
                var where = sameRow ? $"{from.Column} instead of {to.Column}" : $"{from.Row} instead of {to.Row}";
                return (CorrectionPattern.MovedToNeighbour, $" ({Format(Math.Abs(cells[0].Suggested - a))} counted under {where}, a value in the neighbouring cell: the {(sameRow ? "row" : "column")}'s total stays right)");
            }
        }

        return (CorrectionPattern.Other, "");
    }

    private static string Join(IReadOnlyList<string> ids) => ids.Count <= 1 ? string.Concat(ids) : string.Join(", ", ids.Take(ids.Count - 1)) + " and " + ids[ids.Count - 1];

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";
}
