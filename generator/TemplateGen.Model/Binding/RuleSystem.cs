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
    private readonly Dictionary<int, Row> _rows = new();  // by pivot

    /// <summary>
    /// For each variable, the pivot of a row it appears in (besides its own row, if it is a pivot); the pivots of any
    /// further rows are in <see cref="_moreOccurrences"/>. Most variables are in one row: one int each keeps a large
    /// template's analysis from allocating a collection per cell.
    /// </summary>
    private readonly int[] _occurrence;

    private readonly Dictionary<int, List<int>> _moreOccurrences = new();

    /// <summary>Creates an empty system over the variables 0 to <paramref name="variables"/> − 1 (a table's data rows or columns).</summary>
    public RuleSystem(int variables)
    {
        _occurrence = new int[variables];
        for (var i = 0; i < variables; i++)
        {
            _occurrence[i] = -1;
        }
    }

    private sealed class Row
    {
        public Dictionary<int, long> Terms = new();
        public HashSet<int> Rules = new();
    }

    /// <summary>
    /// Adds an equation of rule <paramref name="rule"/>: true when it is independent of those before, false when it
    /// follows from them (the rules it follows from are added to <paramref name="from"/>), null on overflow. The
    /// system keeps <paramref name="terms"/> as its row: pass a dictionary of its own.
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
        var row = new Row { Terms = terms };
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
        foreach (var other in Holders(chosen))
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

    /// <summary>The pivots of the rows <paramref name="variable"/> appears in, besides its own.</summary>
    private List<int> Holders(int variable)
    {
        var holders = new List<int>();
        if (_occurrence[variable] >= 0)
        {
            holders.Add(_occurrence[variable]);
        }

        if (_moreOccurrences.TryGetValue(variable, out var more))
        {
            holders.AddRange(more);
        }

        return holders;
    }

    private void Reindex(int pivot, List<int> before, Row row)
    {
        foreach (var variable in before)
        {
            if (variable != pivot && !row.Terms.ContainsKey(variable))
            {
                RemoveHolder(variable, pivot);
            }
        }

        foreach (var variable in row.Terms.Keys)
        {
            if (variable != pivot)
            {
                AddHolder(variable, pivot);
            }
        }
    }

    private void AddHolder(int variable, int pivot)
    {
        var first = _occurrence[variable];
        if (first < 0)
        {
            _occurrence[variable] = pivot;
        }
        else if (first != pivot)
        {
            if (!_moreOccurrences.TryGetValue(variable, out var more))
            {
                _moreOccurrences[variable] = more = new List<int>(2);
            }

            if (!more.Contains(pivot))
            {
                more.Add(pivot);
            }
        }
    }

    private void RemoveHolder(int variable, int pivot)
    {
        _moreOccurrences.TryGetValue(variable, out var more);
        if (_occurrence[variable] == pivot)
        {
            if (more is { Count: > 0 })
            {
                _occurrence[variable] = more[more.Count - 1];
                more.RemoveAt(more.Count - 1);
            }
            else
            {
                _occurrence[variable] = -1;
            }
        }
        else
        {
            more?.Remove(pivot);
        }
    }

    /// <summary>
    /// Variables every solution keeps at 0: those of a row with one term, and, where variables may not be negative,
    /// those of a row whose coefficients all have one sign. Each set with the rules its row came from.
    /// </summary>
    public IEnumerable<(List<int> Cells, HashSet<int> Rules)> ForcedToZero(Func<int, bool> mayBeNegative)
    {
        foreach (var pivot in Pivots())
        {
            var row = _rows[pivot];
            if (row.Terms.Count == 1 || (OneSign(row.Terms) && !row.Terms.Keys.Any(mayBeNegative)))
            {
                yield return (row.Terms.Keys.OrderBy(k => k).ToList(), row.Rules);
            }
        }
    }

    /// <summary>
    /// For each row that makes one variable a plain sum of others (one term against the rest, all of one size: x = a + b,
    /// or x = a), the ways it reads so: one, or both sides of an equality.
    /// </summary>
    public IEnumerable<(List<(int Cell, List<int> Parts)> Readings, HashSet<int> Rules)> PlainSums()
    {
        foreach (var pivot in Pivots())
        {
            var row = _rows[pivot];
            if (row.Terms.Count < 2 || !OneSize(row.Terms, out var positives))
            {
                continue;
            }

            var negatives = row.Terms.Count - positives;
            if (positives != 1 && negatives != 1)
            {
                continue; // the common case, decided without sorting a row
            }

            var positive = row.Terms.Where(t => t.Value > 0).Select(t => t.Key).OrderBy(k => k).ToList();
            var negative = row.Terms.Where(t => t.Value < 0).Select(t => t.Key).OrderBy(k => k).ToList();
            var readings = new List<(int Cell, List<int> Parts)>();
            if (positive.Count == 1)
            {
                readings.Add((positive[0], negative));
            }

            if (negative.Count == 1)
            {
                readings.Add((negative[0], positive));
            }

            yield return (readings, row.Rules);
        }
    }

    /// <summary>The rows' pivots in order, so what is reported does not depend on the order rows were added in.</summary>
    private List<int> Pivots()
    {
        var pivots = new List<int>(_rows.Keys);
        pivots.Sort();
        return pivots;
    }

    private static bool OneSign(Dictionary<int, long> terms)
    {
        int positive = 0, negative = 0;
        foreach (var value in terms.Values)
        {
            if (value > 0)
            {
                positive++;
            }
            else
            {
                negative++;
            }
        }

        return positive == 0 || negative == 0;
    }

    /// <summary>Whether every coefficient has the same size; <paramref name="positives"/> counts those above 0.</summary>
    private static bool OneSize(Dictionary<int, long> terms, out int positives)
    {
        positives = 0;
        long size = 0;
        foreach (var value in terms.Values)
        {
            var magnitude = Math.Abs(value);
            if (size == 0)
            {
                size = magnitude;
            }
            else if (magnitude != size)
            {
                return false;
            }

            if (value > 0)
            {
                positives++;
            }
        }

        return true;
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
