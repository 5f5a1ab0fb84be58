using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>A data cell by data row and data column index.</summary>
internal readonly record struct Cell(int Row, int Column);

/// <summary>One equation of one rule applied in one data line (a column for rules between rows, a row otherwise).</summary>
internal sealed record EquationInstance(int RuleIndex, Rule Rule, int EquationIndex, Equation Equation, int Line)
{
    public IEnumerable<Cell> Cells(EquatableArray<int> terms) =>
        terms.Select(term => Rule.Direction == RuleDirection.BetweenRows ? new Cell(term, Line) : new Cell(Line, term));

    public IEnumerable<Cell> LeftCells => Cells(Equation.Left);

    public IEnumerable<Cell> RightCells => Cells(Equation.Right);
}

/// <summary>Expands a table's rules into equation instances, in rule, equation and line order.</summary>
internal static class CellPlan
{
    public static IEnumerable<EquationInstance> Instances(Table table)
    {
        var dataRows = table.Rows.Count(h => !h.IsGroup);
        var dataColumns = table.Columns.Count(h => !h.IsGroup);
        for (var r = 0; r < table.Rules.Count; r++)
        {
            var rule = table.Rules[r];
            var lines = rule.Direction == RuleDirection.BetweenRows ? dataColumns : dataRows;
            for (var e = 0; e < rule.Equations.Count; e++)
            {
                for (var line = 0; line < lines; line++)
                {
                    yield return new EquationInstance(r, rule, e, rule.Equations[e], line);
                }
            }
        }
    }

    /// <summary>
    /// The totals to fill, parts before the totals that use them. A cell that is the total of several
    /// equations (the corner 总计 of I1 and I2) is filled once, from the first.
    /// </summary>
    public static IReadOnlyList<EquationInstance> TotalsInFillOrder(Table table)
    {
        var byTotal = new Dictionary<Cell, EquationInstance>();
        var order = new List<Cell>();
        foreach (var instance in Instances(table).Where(i => i.Equation.IsTotal))
        {
            var total = instance.LeftCells.First();
            if (!byTotal.ContainsKey(total))
            {
                byTotal.Add(total, instance);
                order.Add(total);
            }
        }

        // Depth-first topological order; validation has rejected cycles, the visited set guards anyway.
        var result = new List<EquationInstance>();
        var visited = new HashSet<Cell>();
        foreach (var total in order)
        {
            Visit(total, byTotal, visited, result);
        }

        return result;
    }

    private static void Visit(Cell cell, Dictionary<Cell, EquationInstance> byTotal, HashSet<Cell> visited, List<EquationInstance> result)
    {
        if (!byTotal.TryGetValue(cell, out var instance) || !visited.Add(cell))
        {
            return;
        }

        foreach (var part in instance.RightCells)
        {
            Visit(part, byTotal, visited, result);
        }

        result.Add(instance);
    }
}
