using System;
using System.Collections.Generic;

namespace TemplateGen.Localization;

/// <summary>
/// Solves the balance equations for a few unknown cells with every other cell fixed, by Gaussian elimination:
/// whether the system is consistent, and which unknowns it pins to a single value. Coefficients are small whole
/// numbers, so decimal arithmetic is exact in practice; every solution is checked against the equations anyway.
/// </summary>
internal static class LinearSolver
{
    /// <summary>
    /// The values of <paramref name="unknowns"/> that make every equation in <paramref name="equations"/> hold with the
    /// other cells as in <paramref name="values"/>: null when no values do; otherwise the pinned values (null where
    /// the equations leave an unknown free).
    /// </summary>
    public static decimal?[]? Solve(EquationSystem system, IReadOnlyList<int> equations, IReadOnlyList<int> unknowns, decimal?[] values)
    {
        var n = unknowns.Count;
        var index = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            index[unknowns[i]] = i;
        }

        // One row per equation: coefficients of the unknowns, then the constant the fixed cells leave.
        var rows = new List<decimal[]>(equations.Count);
        foreach (var e in equations)
        {
            var equation = system.Equations[e];
            var row = new decimal[n + 1];
            foreach (var (side, sign) in new[] { (equation.Left, 1m), (equation.Right, -1m) })
            {
                foreach (var cell in side)
                {
                    if (index.TryGetValue(cell, out var u))
                    {
                        row[u] += sign;
                    }
                    else if (values[cell] is { } value)
                    {
                        row[n] -= sign * value;
                    }
                    else
                    {
                        // A blank that is not an unknown: this equation says nothing.
                        row = null;
                        break;
                    }
                }

                if (row is null)
                {
                    break;
                }
            }

            if (row is not null)
            {
                rows.Add(row);
            }
        }

        var pivotOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            pivotOf[i] = -1;
        }

        var rank = 0;
        for (var column = 0; column < n && rank < rows.Count; column++)
        {
            var pivot = -1;
            for (var r = rank; r < rows.Count; r++)
            {
                if (rows[r][column] != 0 && (pivot < 0 || Math.Abs(rows[r][column]) == 1))
                {
                    pivot = r;
                    if (Math.Abs(rows[r][column]) == 1)
                    {
                        break;
                    }
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var p = rows[rank];
            var scale = p[column];
            for (var k = 0; k <= n; k++)
            {
                p[k] /= scale;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != rank && rows[r][column] != 0)
                {
                    var factor = rows[r][column];
                    for (var k = 0; k <= n; k++)
                    {
                        rows[r][k] -= factor * p[k];
                    }
                }
            }

            pivotOf[column] = rank++;
        }

        // A row with no unknown left but a constant is an equation the unknowns cannot satisfy.
        for (var r = rank; r < rows.Count; r++)
        {
            if (rows[r][n] != 0)
            {
                return null;
            }
        }

        var solution = new decimal?[n];
        for (var column = 0; column < n; column++)
        {
            if (pivotOf[column] < 0)
            {
                continue;
            }

            var row = rows[pivotOf[column]];
            var free = false;
            for (var k = 0; k < n; k++)
            {
                if (k != column && row[k] != 0)
                {
                    free = true;
                    break;
                }
            }

            solution[column] = free ? null : row[n];
        }

        return solution;
    }
}
