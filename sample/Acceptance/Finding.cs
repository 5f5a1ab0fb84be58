using System.Globalization;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;

namespace TemplateGen.Sample.Acceptance;

/// <summary>
/// A failure a person can review and accept: a failed rule in a report, a failed rule across two years, or a figure the
/// text states against the tables. Its key (body, year, rule, cells by id) is the same in every run whatever the file is
/// called or where it lies; its values say whether it is still the failure that was accepted.
/// </summary>
/// <param name="Body">The body whose report it is (the file's name when the report does not say).</param>
/// <param name="Year">The report's year.</param>
/// <param name="Rule">The rule or claim id.</param>
/// <param name="Cells">The cells by id (<c>Table.Row.Column</c>, <c>previous.</c> for the year before), in order.</param>
/// <param name="Values">Each cell's value (null when blank), or for a claim the figure stated and the tables' sum.</param>
/// <param name="Subject">The violation or claim result it stands for.</param>
/// <param name="Source">The file it was found in.</param>
internal sealed record Finding(string Body, int? Year, string Rule, IReadOnlyList<string> Cells, IReadOnlyDictionary<string, decimal?> Values, object Subject, string Source)
{
    /// <summary>Every failure of the run: failed rules of each report, failed claims, failed rules across years.</summary>
    public static IReadOnlyList<Finding> Of(IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series)
    {
        var findings = new List<Finding>();
        foreach (var check in checks.Where(c => c.Unreadable is null))
        {
            foreach (var violation in check.Violations.Where(v => v.Status == ViolationStatus.Failed))
            {
                findings.Add(OfViolation(check, violation));
            }

            foreach (var claim in check.Claims.Where(c => c.Status == ClaimStatus.Fails))
            {
                var values = new SortedDictionary<string, decimal?>(StringComparer.Ordinal) { ["stated"] = claim.Stated, ["tables"] = claim.Value };
                findings.Add(new Finding(BodyOf(check), check.Reading.Header.Year, claim.Claim.Id, claim.Claim.Cells.Select(c => c.ToString()).ToList(), values, claim, check.Reading.Source));
            }
        }

        foreach (var pair in series.SelectMany(s => s.Pairs))
        {
            foreach (var violation in pair.Violations.Where(v => v.Status == ViolationStatus.Failed))
            {
                findings.Add(OfViolation(pair.Current, violation));
            }
        }

        return findings;
    }

    private static Finding OfViolation(ReportCheck check, Violation violation)
    {
        var cells = violation.Cells.Select(c => (Id: CellId(violation.Table, c), c.Value)).ToList();
        var values = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (id, value) in cells)
        {
            values[id] = value;
        }

        return new Finding(BodyOf(check), check.Reading.Header.Year, violation.RuleId, cells.Select(c => c.Id).ToList(), values, violation, check.Reading.Source);
    }

    private static string CellId(TableMetadata table, ViolationCell cell) =>
        (cell.InPreviousReport ? "previous." : "") + table.Id + "." + cell.Row.Id + "." + cell.Column.Id;

    /// <summary>The body as the report names it; else the file's name, which at least does not change with the folder.</summary>
    public static string BodyOf(ReportCheck check) => check.Reading.Header.Place ?? Path.GetFileNameWithoutExtension(check.Reading.Source);

    /// <summary>The values as one line, for a message: "Applications.CarriedOver.Total = 0, …".</summary>
    public static string Describe(IReadOnlyDictionary<string, decimal?> values) =>
        string.Join(", ", values.Select(v => $"{v.Key} = {v.Value?.ToString(CultureInfo.InvariantCulture) ?? "blank"}"));
}
