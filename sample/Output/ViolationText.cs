using System.Globalization;

namespace TemplateGen.Sample.Output;

/// <summary>The labels and values of a violation as a reader of the report says them.</summary>
internal static class ViolationText
{
    /// <summary>The row labels: the rows of a rule between rows (its left side), else the row it failed in.</summary>
    public static string Rows(Violation v) => v.Rule.Direction == RuleDirection.BetweenRows
        ? string.Join(" + ", v.Cells.Where(c => c.IsLeft).Select(c => c.Row.ToString()))
        : v.Line.ToString();

    /// <summary>The column labels: the column a rule between rows failed in, else the rule's left-side columns.</summary>
    public static string Columns(Violation v) => v.Rule.Direction == RuleDirection.BetweenRows
        ? v.Line.ToString()
        : string.Join(" + ", v.Cells.Where(c => c.IsLeft).Select(c => c.Column.ToString()));

    /// <summary>"failed", "failed (warning)" or "incomplete".</summary>
    public static string Status(Violation v) => v.Status switch
    {
        ViolationStatus.Failed when v.Severity == RuleSeverity.Warning => Resources.Strings.Status_FailedWarning,
        ViolationStatus.Failed => Resources.Strings.Status_Failed,
        _ => Resources.Strings.Status_Incomplete,
    };

    public static string Value(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// What a reader sees in the Reported column: the reported value of a failed rule, else which cells are blank (a
    /// few by name; more as how many and the row or column that holds them, or every one when <paramref name="verbose"/>);
    /// then the note when there is one (a failure under every split of a row, a cell marked not applicable).
    /// </summary>
    public static string Reported(Violation v, bool verbose = false)
    {
        var text = v.Status == ViolationStatus.Failed ? Value(v.Reported) : BlankSummary(v, verbose);
        return v.Note is null ? text : text.Length == 0 ? v.Note : $"{text} ({v.Note})";
    }

    /// <summary>The cells of a violation across years, left side "vs" right side, each with the year of its report and its value.</summary>
    public static string CellsAcrossYears(Violation v, Checking.YearPair pair)
    {
        var (earlier, later) = (Checking.YearPair.Year(pair.Previous), Checking.YearPair.Year(pair.Current));
        string Cell(ViolationCell c) => $"{(c.InPreviousReport ? earlier : later)} {c.Row} / {c.Column} = {(c.Value is { } value ? Value(value) : "(blank)")}";
        return string.Join(" + ", v.Cells.Where(c => c.IsLeft).Select(Cell)) + " vs " + string.Join(" + ", v.Cells.Where(c => !c.IsLeft).Select(Cell));
    }

    /// <summary>Cells named one by one at most; past that the console says how many and where (every cell is in --json).</summary>
    private const int BlanksNamed = 2;

    private static string BlankSummary(Violation v, bool verbose)
    {
        var blanks = v.Cells.Where(c => c.Value is null).ToList();
        if (verbose || blanks.Count <= BlanksNamed)
        {
            return Resources.Localized.Format(Resources.Strings.Blank_List, Blanks(v));
        }

        var rows = blanks.Select(c => c.Row).Distinct().ToList();
        var columns = blanks.Select(c => c.Column).Distinct().ToList();
        var where = rows.Count == 1 ? Resources.Localized.Format(Resources.Strings.Blank_InRow, rows[0])
            : columns.Count == 1 ? Resources.Localized.Format(Resources.Strings.Blank_InColumn, columns[0])
            : Resources.Localized.Format(Resources.Strings.Blank_InRows, rows.Count);
        return Resources.Localized.Format(Resources.Strings.Blank_Summary, blanks.Count, where);
    }

    /// <summary>The blank cells that make a rule incomplete.</summary>
    public static string Blanks(Violation v) => string.Join(Resources.Strings.ListSeparator, v.Cells.Where(c => c.Value is null).Select(c => $"{c.Row} / {c.Column}"));
}
