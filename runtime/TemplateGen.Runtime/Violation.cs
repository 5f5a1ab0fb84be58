using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TemplateGen;

/// <summary>One rule that failed, or could not be evaluated, in one row or column.</summary>
public sealed class Violation
{
    /// <summary>Creates a violation; a table's checks create them as they find them.</summary>
    /// <param name="table">The table the rule belongs to.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="equationIndex">Index of the equation within the rule (-1 for the domain rule).</param>
    /// <param name="line">The column (rule between rows) or row (between columns) in which the rule failed.</param>
    /// <param name="status">Failed, or incomplete because of a blank.</param>
    /// <param name="reported">The left side as reported.</param>
    /// <param name="computed">The right side computed from the report.</param>
    /// <param name="cells">Every cell of the equation in this line, blanks included.</param>
    public Violation(TableMetadata table, RuleMetadata rule, int equationIndex, HeaderMetadata line, ViolationStatus status, decimal? reported, decimal? computed, ViolationCell[] cells)
        : this(table, rule, equationIndex, line, status, reported, computed, cells, note: null)
    {
    }

    /// <summary>Creates a violation with a note on how its verdict was reached (a reader's, for cells it could not fill).</summary>
    /// <param name="table">The table the rule belongs to.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="equationIndex">Index of the equation within the rule (-1 for the domain rule).</param>
    /// <param name="line">The column (rule between rows) or row (between columns) in which the rule failed.</param>
    /// <param name="status">Failed, or incomplete because of a blank.</param>
    /// <param name="reported">The left side as reported; null when not one value (a row read several ways).</param>
    /// <param name="computed">The right side computed from the report; null when not one value.</param>
    /// <param name="cells">Every cell of the equation in this line, blanks included.</param>
    /// <param name="note">Why the verdict holds as it does, e.g. that it fails under every split of a run-together row; null when the cells say it all.</param>
    public Violation(TableMetadata table, RuleMetadata rule, int equationIndex, HeaderMetadata line, ViolationStatus status, decimal? reported, decimal? computed, ViolationCell[] cells, string? note)
    {
        Note = note;
        Table = table;
        Rule = rule;
        EquationIndex = equationIndex;
        Line = line;
        Status = status;
        Reported = reported;
        Computed = computed;
        Cells = cells;
    }

    /// <summary>The table the rule belongs to.</summary>
    public TableMetadata Table { get; }

    /// <summary>The rule.</summary>
    public RuleMetadata Rule { get; }

    /// <summary>The rule's id, e.g. I1.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's severity.</summary>
    public RuleSeverity Severity => Rule.Severity;

    /// <summary>Failed, or incomplete because a cell the rule needs is blank.</summary>
    public ViolationStatus Status { get; }

    /// <summary>Index of the failed equation within the rule (-1 for the domain rule).</summary>
    public int EquationIndex { get; }

    /// <summary>The column (for a rule between rows) or row (between columns) in which the rule failed.</summary>
    public HeaderMetadata Line { get; }

    /// <summary>The left side as reported: the total, or the sum of the left terms of an equation.</summary>
    public decimal? Reported { get; }

    /// <summary>The right side computed from the report: the sum of the parts.</summary>
    public decimal? Computed { get; }

    /// <summary>Every cell of the equation in this line, blanks included.</summary>
    public IReadOnlyList<ViolationCell> Cells { get; }

    /// <summary>
    /// Why the verdict holds as it does when the cells alone do not say it: a rule failed under every way a run-together
    /// row can be split although its cells are blank, or blank cells a report marks as not applicable. Null otherwise.
    /// </summary>
    public string? Note { get; }

    /// <summary>Whether the rule compares this report with the previous year's (X1 to X4): some <see cref="Cells"/> are then in that report.</summary>
    public bool IsAcrossReports
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.InPreviousReport)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(RuleId).Append(' ').Append(Severity == RuleSeverity.Error ? "error" : "warning");
        text.Append(Status == ViolationStatus.Failed ? " failed" : " incomplete").Append(" in ").Append(Table.Id).Append(IsAcrossReports ? " against the previous report" : "").Append(" at ").Append(Line.UnambiguousLabel);
        if (Rule.Direction == RuleDirection.BetweenColumns && Rule.Equations.Count > 1 && EquationIndex >= 0)
        {
            // A rule of several equations in one row (I3: 行政复议, 直接起诉, 复议后起诉) names the equation's total.
            foreach (var cell in Cells)
            {
                if (cell.IsLeft)
                {
                    text.Append(" / ").Append(cell.Column.UnambiguousLabel);
                    break;
                }
            }
        }

        if (Status == ViolationStatus.Failed && Reported is null && Computed is null)
        {
            // Failed without one value per side: the note says under which readings.
        }
        else if (Status == ViolationStatus.Failed)
        {
            text.Append(": reported ").Append(Format(Reported)).Append(", computed ").Append(Format(Computed));
        }
        else
        {
            text.Append(": blank ");
            var first = true;
            foreach (var cell in Cells)
            {
                if (cell.Value is null)
                {
                    text.Append(first ? "" : "; ").Append(cell.Location);
                    first = false;
                }
            }
        }

        if (Note is not null)
        {
            text.Append("; ").Append(Note);
        }

        return text.Append(" (").Append(Rule.Message).Append(')').ToString();
    }

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(blank)";
}
