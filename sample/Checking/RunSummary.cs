using TemplateGen.Reading;

namespace TemplateGen.Sample.Checking;

/// <summary>How often one rule holds, fails, is incomplete or was not checked across the reports of a run.</summary>
internal sealed record RuleTally(string Rule, string Table, int Holds, int Fails, int Incomplete, int NotChecked);

/// <summary>What one body's reports of one year say: the worst outcome ("holds", "fails", "incomplete") and how many reports there are.</summary>
internal sealed record YearVerdict(string Outcome, int Reports)
{
    /// <summary>As JSON says it: "fails", or "fails (2 reports)" when a year has several.</summary>
    public override string ToString() => Reports > 1 ? $"{Outcome} ({Reports} reports)" : Outcome;
}

/// <summary>One body's reports by year: each year's verdict, and the years of the run it has no report for.</summary>
internal sealed record BodyYears(string Body, IReadOnlyDictionary<int, YearVerdict> Verdicts, IReadOnlyList<int> Missing);

/// <summary>A report with failed rule checks, for the list of the worst.</summary>
internal sealed record FailingReport(ReportCheck Check, int Failed, IReadOnlyList<string> Rules);

/// <summary>
/// What a person checking a folder asks first: which rules fail most, which bodies fail in which years and which years
/// have no report, which reports are worst. Accepted findings count as holding.
/// </summary>
internal sealed record RunSummary(IReadOnlyList<RuleTally> Rules, IReadOnlyList<int> Years, IReadOnlyList<BodyYears> Bodies, IReadOnlyList<FailingReport> Worst, IReadOnlyList<string> Unplaced)
{
    /// <summary>How many of the worst reports are listed.</summary>
    public const int WorstListed = 10;

    public static RunSummary Of(CheckRun run)
    {
        var readable = run.Checks.Where(c => c.Unreadable is null).ToList();
        var rules = readable.SelectMany(RuleResult.Of)
            .Select(r => (Id: r.Rule.Id, Table: r.Table.Reading.Metadata.ShortTitle, Status: Counted(r, run.Review)))
            .Concat(run.Series.SelectMany(s => s.Pairs).SelectMany(p => p.RulesChecked.Select(id => (Id: id, Table: "across years", Status: Counted(p, id)))))
            .GroupBy(r => (r.Id, r.Table))
            .Select(g => new RuleTally(g.Key.Id, g.Key.Table, g.Count(r => r.Status == RuleOutcome.Holds), g.Count(r => r.Status == RuleOutcome.Fails), g.Count(r => r.Status == RuleOutcome.Incomplete), g.Count(r => r.Status == RuleOutcome.NotChecked)))
            .OrderByDescending(t => t.Fails).ThenByDescending(t => t.Incomplete).ThenBy(t => t.Rule, StringComparer.Ordinal).ThenBy(t => t.Table, StringComparer.Ordinal)
            .ToList();

        var dated = run.Checks.Where(c => c.Reading.Header.Year is not null && c.Unreadable is null).ToList();
        var years = dated.Count == 0 ? new List<int>() : Enumerable.Range(dated.Min(c => c.Reading.Header.Year!.Value), dated.Max(c => c.Reading.Header.Year!.Value) - dated.Min(c => c.Reading.Header.Year!.Value) + 1).ToList();
        var bodies = dated.GroupBy(Acceptance.Finding.BodyOf)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BodyYears(
                g.Key,
                g.GroupBy(c => c.Reading.Header.Year!.Value).ToDictionary(y => y.Key, y => Verdict(y.Select(c => c.ExitCode).Max(), y.Count())),
                years.Where(y => g.All(c => c.Reading.Header.Year != y)).ToList()))
            .ToList();

        var worst = readable
            .Select(c => (Check: c, Failed: c.Violations.Where(v => v.Status == ViolationStatus.Failed && c.Review?.IsAccepted(v) != true).ToList()))
            .Where(r => r.Failed.Count > 0)
            .OrderByDescending(r => r.Failed.Count).ThenBy(r => r.Check.Reading.Source, StringComparer.Ordinal)
            .Take(WorstListed)
            .Select(r => new FailingReport(r.Check, r.Failed.Count, r.Failed.Select(v => v.RuleId).Distinct().ToList()))
            .ToList();

        // Reports the matrix cannot place (no year read, or nothing read) and files that could not be opened.
        var unplaced = run.Checks.Where(c => !dated.Contains(c)).Select(c => c.Reading.Source).Concat(run.Unreadable.Select(u => u.Source).Where(s => s.Length > 0)).ToList();
        return new RunSummary(rules, years, bodies, worst, unplaced);
    }

    private static YearVerdict Verdict(int exitCode, int reports) =>
        new(exitCode switch { ExitCodes.Holds => "holds", ExitCodes.RuleFails => "fails", _ => "incomplete" }, reports);

    private static RuleOutcome Counted(RuleResult result, Acceptance.FindingReview? review) =>
        result.Status == RuleOutcome.Fails && review is not null && result.Violations.Where(v => v.Status == ViolationStatus.Failed).All(review.IsAccepted) ? RuleOutcome.Holds : result.Status;

    private static RuleOutcome Counted(YearPair pair, string rule) =>
        pair.Violations.Any(v => v.RuleId == rule && v.Status == ViolationStatus.Failed && pair.Review?.IsAccepted(v) != true) ? RuleOutcome.Fails
        : pair.Violations.Any(v => v.RuleId == rule && v.Status == ViolationStatus.Incomplete) ? RuleOutcome.Incomplete
        : RuleOutcome.Holds;
}
