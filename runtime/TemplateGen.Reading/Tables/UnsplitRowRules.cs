using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// Settles the verdicts that do not depend on how a run-together row is split. The generated Validate() sees an
/// unsplit row blank and calls every rule over it incomplete; here an equation whose only blanks are that row's
/// cells is evaluated under every split: when it fails under each, the rule failed (which split is right does not
/// matter), with a note naming the splits. Otherwise it stays incomplete. Blank cells the report marks as not
/// applicable are named in the incomplete verdict's note.
/// </summary>
internal static class UnsplitRowRules
{
    private const int SplitsShown = 3;

    public static ValidationResult Apply(TableReading reading, ValidationResult result)
    {
        if (reading.Unsplit.Count == 0 && reading.NotApplicable.Count == 0)
        {
            return result;
        }

        var violations = new List<Violation>();
        foreach (var violation in result.Violations)
        {
            violations.Add(violation.Status != ViolationStatus.Incomplete || violation.EquationIndex < 0 || violation.IsAcrossReports
                ? violation
                : FailedUnderEverySplit(reading, violation) ?? WithMarks(reading, violation));
        }

        return new ValidationResult(violations.Count == 0 ? null : violations);
    }

    private static Violation? FailedUnderEverySplit(TableReading reading, Violation violation)
    {
        var blanks = violation.Cells.Where(c => c.Value is null).ToList();
        if (blanks.Count == 0)
        {
            return null;
        }

        var unsplit = reading.Unsplit.FirstOrDefault(u => u.Row == blanks[0].Row);
        if (unsplit is null || blanks.Any(b => b.Row != unsplit.Row) || unsplit.Splits.Count == 0)
        {
            return null;
        }

        var sides = new List<(decimal Left, decimal Right)>();
        foreach (var split in unsplit.Splits)
        {
            decimal left = 0, right = 0, tolerance = 0;
            foreach (var cell in violation.Cells)
            {
                if ((cell.Value ?? split[cell.Column.DataIndex]) is not { } value)
                {
                    return null; // a split that puts no fitting value here says nothing
                }

                (left, right) = cell.IsLeft ? (left + value, right) : (left, right + value);
                tolerance += cell.Column.RoundingOf(value);
            }

            if (Math.Abs(left - right) <= tolerance)
            {
                return null;
            }

            sides.Add((left, right));
        }

        var same = sides.All(s => s == sides[0]);
        var shown = unsplit.Splits.Take(SplitsShown).Select((split, i) => Say.Format(ReadingText.SplitGives, string.Join("|", split.Select(Format)), Format(sides[i].Left), Format(sides[i].Right)));
        var more = unsplit.Splits.Count > SplitsShown ? "; …" : "";
        var note = Say.Format(ReadingText.FailsUnderEverySplit, unsplit.Splits.Count, unsplit.Printed, unsplit.Line, string.Join("; ", shown), more);
        return new Violation(violation.Table, violation.Rule, violation.EquationIndex, violation.Line, ViolationStatus.Failed,
            same ? sides[0].Left : null, same ? sides[0].Right : null, violation.Cells.ToArray(), note);
    }

    private static Violation WithMarks(TableReading reading, Violation violation)
    {
        var blanks = violation.Cells.Where(c => c.Value is null).ToList();
        var marked = blanks.Select(c => (Cell: c, Marked: reading.NotApplicableAt(c.Row, c.Column))).Where(m => m.Marked is not null).ToList();
        if (marked.Count == 0)
        {
            return violation;
        }

        var marks = string.Join("', '", marked.Select(m => m.Marked!.Mark).Distinct());
        var note = marked.Count == blanks.Count
            ? Say.Format(ReadingText.AllMarked, marks)
            : Say.Format(ReadingText.SomeMarked, marked.Count, blanks.Count, marks, string.Join("; ", marked.Select(m => m.Cell.Location)));
        return new Violation(violation.Table, violation.Rule, violation.EquationIndex, violation.Line,
            violation.Status, violation.Reported, violation.Computed, violation.Cells.ToArray(), note);
    }

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
