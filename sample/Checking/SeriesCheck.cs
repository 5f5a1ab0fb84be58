using System.Globalization;

namespace TemplateGen.Sample.Checking;

/// <summary>Two reports of one body in consecutive years, checked against each other by the rules across reports (X1 to X4).</summary>
/// <param name="Previous">The earlier year's report.</param>
/// <param name="Current">The later year's report.</param>
/// <param name="RulesChecked">The ids of the rules checked between the two formats, in ordinal order (X1, X2, …).</param>
/// <param name="Violations">Every violation; the cells from the earlier report say so.</param>
internal sealed record YearPair(ReportCheck Previous, ReportCheck Current, IReadOnlyList<string> RulesChecked, IReadOnlyList<Violation> Violations)
{
    /// <summary>The findings a person accepted (<c>--accepted</c>); null when none were given.</summary>
    public Acceptance.FindingReview? Review { get; init; }

    /// <summary>1 when a rule of error severity fails and no person accepted that failure; warnings (X3, X4: plausibility) never change the exit code.</summary>
    public int ExitCode => Violations.Any(v => v.Status == ViolationStatus.Failed && v.Severity == RuleSeverity.Error && Review?.IsAccepted(v) != true) ? ExitCodes.RuleFails : ExitCodes.Holds;

    /// <summary>"2019 → 2020".</summary>
    public string Years => $"{Year(Previous)} → {Year(Current)}";

    /// <summary>Whether a rule failed, was incomplete or held in every line.</summary>
    public string Outcome(string ruleId) =>
        Violations.Any(v => v.RuleId == ruleId && v.Status == ViolationStatus.Failed) ? "fails"
        : Violations.Any(v => v.RuleId == ruleId) ? "incomplete"
        : "holds";

    /// <summary>The outcome as shown, in the reader's language: holds, fails, fails (warning), incomplete (warning).</summary>
    public string OutcomeText(string ruleId)
    {
        var outcome = Resources.Localized.Outcome(Outcome(ruleId));
        return IsWarning(ruleId) ? Resources.Localized.Format(Resources.Strings.Outcome_Warning, outcome) : outcome;
    }

    /// <summary>Whether the rule's failures or blanks are of warning severity (X3, X4), so they never change the exit code.</summary>
    public bool IsWarning(string ruleId) => Violations.FirstOrDefault(v => v.RuleId == ruleId)?.Severity == RuleSeverity.Warning;

    /// <summary>Whether the rule failed (as an error or a warning).</summary>
    public bool Fails(string ruleId) => Outcome(ruleId) == "fails";

    internal static int Year(ReportCheck check) => check.Reading.Header.Year!.Value;
}

/// <summary>The reports of one body, ordered by year, and what could and could not be checked across years.</summary>
/// <param name="Place">The body, as its reports name it.</param>
/// <param name="Pairs">Every pair of consecutive years that was checked.</param>
/// <param name="Notes">Why a pair of years was not checked: a missing year, two reports of one year, formats that cannot follow each other.</param>
internal sealed record SeriesCheck(string Place, IReadOnlyList<YearPair> Pairs, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Groups the checked reports by body and checks each year against the one before it. Reports of a body with one
    /// report, without a stated body or year, or of different bodies are never compared; <paramref name="notes"/> says so.
    /// </summary>
    public static IReadOnlyList<SeriesCheck> Run(IReadOnlyList<ReportCheck> checks, out IReadOnlyList<string> notes)
    {
        var general = new List<string>();
        notes = general;

        // A file nothing could be read from has already said why; it takes no part in a series.
        checks = checks.Where(c => c.Unreadable is null).ToList();
        if (checks.Count < 2)
        {
            return Array.Empty<SeriesCheck>();
        }

        foreach (var unplaced in checks.Where(c => c.Reading.Header.Place is null || c.Reading.Header.Year is null))
        {
            general.Add(Resources.Localized.Format(Resources.Strings.Series_NoBodyOrYear, unplaced.Reading.Source, unplaced.Reading.Header.Place is null ? Resources.Strings.Series_Body : Resources.Strings.Series_Year));
        }

        var bodies = checks
            .Where(c => c.Reading.Header.Place is not null && c.Reading.Header.Year is not null)
            .GroupBy(c => c.Reading.Header.Place!, StringComparer.Ordinal)
            .ToList();
        if (bodies.Count > 1)
        {
            general.Add(Resources.Localized.Format(Resources.Strings.Series_DifferentBodies, string.Join("; ", bodies.Select(b => Resources.Localized.Format(b.Count() == 1 ? Resources.Strings.Series_BodyOneReport : Resources.Strings.Series_BodyCount, b.Key, b.Count())))));
        }

        return bodies.Where(b => b.Count() > 1).Select(b => Check(b.Key, b.ToList())).ToList();
    }

    private static SeriesCheck Check(string place, List<ReportCheck> reports)
    {
        var notes = new List<string>();
        var byYear = reports.GroupBy(YearPair.Year).OrderBy(g => g.Key).ToList();
        foreach (var twice in byYear.Where(g => g.Count() > 1))
        {
            notes.Add(Resources.Localized.Format(Resources.Strings.Series_Twice, twice.Count(), place, twice.Key, string.Join(", ", twice.Select(r => r.Reading.Source))));
        }

        var pairs = new List<YearPair>();
        for (var i = 1; i < byYear.Count; i++)
        {
            var (earlier, later) = (byYear[i - 1], byYear[i]);
            if (later.Key != earlier.Key + 1)
            {
                var missing = later.Key - earlier.Key == 2 ? Text(earlier.Key + 1) : Resources.Localized.Format(Resources.Strings.Series_Range, earlier.Key + 1, later.Key - 1);
                notes.Add(Resources.Localized.Format(Resources.Strings.Series_Missing, place, missing, earlier.Key, later.Key));
                continue;
            }

            if (earlier.Count() > 1 || later.Count() > 1)
            {
                continue;
            }

            var (previous, current) = (earlier.Single(), later.Single());
            var (previousFormat, currentFormat) = (previous.Reading.Format.Template, current.Reading.Format.Template);
            if (!PreviousYearChecks.CanCheck(currentFormat, previousFormat))
            {
                notes.Add(Resources.Localized.Format(Resources.Strings.Series_CannotFollow, current.Reading.Source, later.Key, currentFormat.Notice, previous.Reading.Source, earlier.Key, previousFormat.Notice));
                continue;
            }

            var rules = PreviousYearChecks.RulesChecked(currentFormat, previousFormat).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var violations = PreviousYearChecks.Validate(current.Reading.Report, previous.Reading.Report).Violations;
            pairs.Add(new YearPair(previous, current, rules, violations));
        }

        return new SeriesCheck(place, pairs, notes);
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
