using System;
using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Homogeneous linear equations over a table's rows (or columns), kept in reduced echelon form with exact integer
/// coefficients (fraction-free: each row divided by the gcd of its coefficients), sparse, each row remembering which
/// rules it came from. Every operation is checked: on overflow the caller gets null and says nothing.
/// </summary>
internal sealed class RuleSystem
{
    private readonly Dictionary<int, Row> _rows = new();

    /// <summary>For each variable, the pivots of the rows it appears in (besides its own row, if it is a pivot).</summary>
    private readonly Dictionary<int, HashSet<int>> _occurrences = new();

    private sealed class Row
    {
        public Dictionary<int, long> Terms = new();
        public HashSet<int> Rules = new();
    }

    /// <summary>
    /// Adds an equation of rule <paramref name="rule"/>: true when it is independent of those before, false when it
    /// follows from them (the rules it follows from are added to <paramref name="from"/>), null on overflow.
    /// </summary>
    public bool? Add(Dictionary<int, long> terms, int rule, int preferredPivot, HashSet<int> from)
    {
        try
        {
            return AddChecked(terms, rule, preferredPivot, from);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private bool AddChecked(Dictionary<int, long> terms, int rule, int preferredPivot, HashSet<int> from)
    {
        var row = new Row { Terms = new Dictionary<int, long>(terms) };
        row.Rules.Add(rule);
        foreach (var pivot in terms.Keys.Where(_rows.ContainsKey).ToList())
        {
            // Rows are reduced: eliminating one pivot brings in no other.
            Eliminate(row, pivot, _rows[pivot]);
        }

        if (row.Terms.Count == 0)
        {
            from.UnionWith(row.Rules);
            return false;
        }

        var chosen = row.Terms.ContainsKey(preferredPivot) ? preferredPivot : row.Terms.Keys.Min();
        Normalize(row, chosen);
        foreach (var other in _occurrences.TryGetValue(chosen, out var holders) ? holders.ToList() : new List<int>())
        {
            var target = _rows[other];
            var before = target.Terms.Keys.ToList();
            Eliminate(target, chosen, row);
            Normalize(target, other);
            Reindex(other, before, target);
        }

        _rows.Add(chosen, row);
        Reindex(chosen, new List<int>(), row);
        return true;
    }

    /// <summary>Subtracts the multiple of <paramref name="source"/> (pivot <paramref name="pivot"/>) that removes the pivot from <paramref name="row"/>.</summary>
    private static void Eliminate(Row row, int pivot, Row source)
    {
        var a = row.Terms[pivot];
        var b = source.Terms[pivot];
        if (b != 1)
        {
            foreach (var key in row.Terms.Keys.ToList())
            {
                row.Terms[key] = checked(row.Terms[key] * b);
            }
        }

        foreach (var term in source.Terms)
        {
            var value = checked((row.Terms.TryGetValue(term.Key, out var c) ? c : 0) - checked(a * term.Value));
            if (value == 0)
            {
                row.Terms.Remove(term.Key);
            }
            else
            {
                row.Terms[term.Key] = value;
            }
        }

        row.Rules.UnionWith(source.Rules);
    }

    /// <summary>Divides by the gcd of the coefficients and makes the pivot's positive.</summary>
    private static void Normalize(Row row, int pivot)
    {
        var gcd = row.Terms.Values.Aggregate(0L, (g, v) => Gcd(g, Math.Abs(v)));
        var sign = row.Terms[pivot] < 0 ? -1 : 1;
        if (gcd == 1 && sign == 1)
        {
            return;
        }

        foreach (var key in row.Terms.Keys.ToList())
        {
            row.Terms[key] = row.Terms[key] / gcd * sign;
        }
    }

    private void Reindex(int pivot, List<int> before, Row row)
    {
        foreach (var variable in before.Where(v => v != pivot && !row.Terms.ContainsKey(v)))
        {
            _occurrences[variable].Remove(pivot);
        }

        foreach (var variable in row.Terms.Keys.Where(v => v != pivot))
        {
            if (!_occurrences.TryGetValue(variable, out var holders))
            {
                _occurrences[variable] = holders = new HashSet<int>();
            }

            holders.Add(pivot);
        }
    }

    /// <summary>
    /// Variables every solution keeps at 0: those of a row with one term, and, where variables may not be negative,
    /// those of a row whose coefficients all have one sign. Each set with the rules its row came from.
    /// </summary>
    public IEnumerable<(List<int> Cells, HashSet<int> Rules)> ForcedToZero(Func<int, bool> mayBeNegative)
    {
        foreach (var pair in _rows.OrderBy(p => p.Key))
        {
            var terms = pair.Value.Terms;
            var oneSign = terms.Values.All(v => v > 0) || terms.Values.All(v => v < 0);
            if (terms.Count == 1 || (oneSign && !terms.Keys.Any(mayBeNegative)))
            {
                yield return (terms.Keys.OrderBy(k => k).ToList(), pair.Value.Rules);
            }
        }
    }

    /// <summary>
    /// For each row that makes one variable a plain sum of others (one term against the rest, all of one size: x = a + b,
    /// or x = a), the ways it reads so: one, or both sides of an equality.
    /// </summary>
    public IEnumerable<(List<(int Cell, List<int> Parts)> Readings, HashSet<int> Rules)> PlainSums()
    {
        foreach (var pair in _rows.OrderBy(p => p.Key))
        {
            var terms = pair.Value.Terms;
            if (terms.Count < 2 || terms.Values.Select(Math.Abs).Distinct().Count() != 1)
            {
                continue;
            }

            var positive = terms.Where(t => t.Value > 0).Select(t => t.Key).OrderBy(k => k).ToList();
            var negative = terms.Where(t => t.Value < 0).Select(t => t.Key).OrderBy(k => k).ToList();
            var readings = new List<(int Cell, List<int> Parts)>();
            if (positive.Count == 1)
            {
                readings.Add((positive[0], negative));
            }

            if (negative.Count == 1)
            {
                readings.Add((negative[0], positive));
            }

            if (readings.Count > 0)
            {
                yield return (readings, pair.Value.Rules);
            }
        }
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
