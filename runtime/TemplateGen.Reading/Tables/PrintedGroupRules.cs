using System;
using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Checks the rules of a table that has groups printed as one row (<see cref="PrintedGroup"/>). The generated
/// Validate() sees the group's rows blank and calls every rule over them incomplete; here an equation whose only
/// blanks are all the rows of printed groups, on one side, is evaluated with the groups' printed values instead,
/// and the rules within a row are checked on the group's own row. The unpublished rows' own rules are not
/// violations: the rows were not published, which the reading already says.
/// </summary>
internal static class PrintedGroupRules
{
    public static ValidationResult Apply(TableReading reading, ValidationResult result)
    {
        if (reading.PrintedGroups.Count == 0)
        {
            return result;
        }

        var metadata = reading.Metadata;
        var byRow = new Dictionary<HeaderMetadata, PrintedGroup>();
        foreach (var printed in reading.PrintedGroups)
        {
            foreach (var row in printed.Group.DataDescendants)
            {
                byRow[row] = printed;
            }
        }

        var violations = new List<Violation>();
        foreach (var violation in result.Violations)
        {
            if (violation.Status == ViolationStatus.Failed || violation.EquationIndex < 0)
            {
                violations.Add(violation);
            }
            else if (violation.Rule.Direction == RuleDirection.BetweenColumns)
            {
                if (!byRow.ContainsKey(violation.Line))
                {
                    violations.Add(violation);
                }
            }
            else if (TryWithGroups(violation, byRow, out var failed))
            {
                if (failed is not null)
                {
                    violations.Add(failed);
                }
            }
            else
            {
                violations.Add(violation);
            }
        }

        foreach (var printed in reading.PrintedGroups)
        {
            violations.AddRange(GroupRowRules(metadata, printed));
        }

        return new ValidationResult(violations.Count == 0 ? null : violations);
    }

    /// <summary>
    /// Evaluates an incomplete rule between rows in one column with printed groups for their blank rows: false when
    /// other blanks remain; else true, with the failure when the equation does not hold.
    /// </summary>
    private static bool TryWithGroups(Violation violation, Dictionary<HeaderMetadata, PrintedGroup> byRow, out Violation? failed)
    {
        failed = null;
        var equation = violation.Rule.Equations[violation.EquationIndex];
        var column = violation.Line;
        var cells = new List<ViolationCell>();
        var groupsUsed = new HashSet<PrintedGroup>();
        decimal left = 0, right = 0, tolerance = 0;
        foreach (var cell in violation.Cells)
        {
            if (cell.Value is { } value)
            {
                (left, right) = cell.IsLeft ? (left + value, right) : (left, right + value);
                tolerance += column.RoundingOf(value);
                cells.Add(cell);
                continue;
            }

            if (!byRow.TryGetValue(cell.Row, out var printed) || printed.Values[column.DataIndex] is not { } groupValue)
            {
                return false;
            }

            if (groupsUsed.Add(printed))
            {
                // The group stands for all its rows only if the equation names every one of them, on this side.
                var side = cell.IsLeft ? equation.Left : equation.Right;
                if (!printed.Group.DataDescendants.All(d => side.Contains(d.DataIndex)))
                {
                    return false;
                }

                (left, right) = cell.IsLeft ? (left + groupValue, right) : (left, right + groupValue);
                tolerance += column.RoundingOf(groupValue);
                cells.Add(new ViolationCell(printed.Group, column, groupValue, cell.IsLeft));
            }
        }

        if (Math.Abs(left - right) > tolerance)
        {
            failed = new Violation(violation.Table, violation.Rule, violation.EquationIndex, column, ViolationStatus.Failed, left, right, cells.ToArray());
        }

        return true;
    }

    /// <summary>The rules within a row, on a printed group's own row.</summary>
    private static IEnumerable<Violation> GroupRowRules(TableMetadata metadata, PrintedGroup printed)
    {
        foreach (var rule in metadata.Rules.Where(r => r.Direction == RuleDirection.BetweenColumns))
        {
            for (var e = 0; e < rule.Equations.Count; e++)
            {
                var equation = rule.Equations[e];
                var cells = equation.Left.Select(c => (c, true)).Concat(equation.Right.Select(c => (c, false)))
                    .Select(t => new ViolationCell(printed.Group, metadata.DataColumns[t.c], printed.Values[t.c], t.Item2))
                    .ToArray();
                if (cells.Any(c => c.Value is null))
                {
                    yield return new Violation(metadata, rule, e, printed.Group, ViolationStatus.Incomplete, null, null, cells);
                    continue;
                }

                var left = cells.Where(c => c.IsLeft).Sum(c => c.Value!.Value);
                var right = cells.Where(c => !c.IsLeft).Sum(c => c.Value!.Value);
                var tolerance = cells.Sum(c => c.Column.RoundingOf(c.Value!.Value));
                if (Math.Abs(left - right) > tolerance)
                {
                    yield return new Violation(metadata, rule, e, printed.Group, ViolationStatus.Failed, left, right, cells);
                }
            }
        }
    }
}
