using System.Text.Encodings.Web;
using System.Text.Json;
using TemplateGen.Sample.Acceptance;
using TemplateGen.Sample.Checking;

namespace TemplateGen.Sample.Output;

/// <summary>Checked reports as JSON for scripts: the same facts as the terminal output, inferred cells marked.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese labels readable
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>A whole run as JSON: every report, pair of years and unreadable input, accepted findings marked and the stale ones listed.</summary>
    public static string Write(CheckRun run, int exitCode) => Write(run.Checks, run.Series, run.SeriesNotes, exitCode, run.Unreadable, run.Review, RunSummary.Of(run));

    /// <summary>The checks as JSON, with the exit code the process returns (files that could not be read included).</summary>
    /// <param name="checks">The reports read.</param>
    /// <param name="series">One body's consecutive years checked against each other.</param>
    /// <param name="seriesNotes">What could not be checked across years, and why.</param>
    /// <param name="exitCode">The run's exit code.</param>
    /// <param name="unreadableFiles">Inputs that could not even be opened (a missing file, a folder that cannot be listed), each with why.</param>
    /// <param name="review">The accepted findings, when <c>--accepted</c> was given.</param>
    /// <param name="summary">The run at a glance: rules by outcome, bodies by year, the worst reports.</param>
    public static string Write(IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<string> seriesNotes, int exitCode, IReadOnlyList<(string Source, string Reason)>? unreadableFiles = null, FindingReview? review = null, RunSummary? summary = null) => JsonSerializer.Serialize(
        new
        {
            exitCode,
            summary = summary is null ? null : new
            {
                rules = summary.Rules.Select(r => new { rule = r.Rule, table = r.Table, holds = r.Holds, fails = r.Fails, incomplete = r.Incomplete, notChecked = r.NotChecked }),
                years = summary.Years,
                bodies = summary.Bodies.Select(b => new { body = b.Body, years = b.Verdicts.OrderBy(v => v.Key).Select(v => new { year = v.Key, verdict = v.Value.ToString() }), missing = b.Missing }),
                worst = summary.Worst.Select(w => new { source = w.Check.Reading.Source, body = Finding.BodyOf(w.Check), year = w.Check.Reading.Header.Year, failed = w.Failed, rules = w.Rules }),
                unplaced = summary.Unplaced,
            },
            staleAccepted = review?.Stale.Select(e => new { body = e.Body, year = e.Year, rule = e.Rule, cells = e.Cells, values = e.Values, note = e.Note, by = e.By, on = e.On }),
            unreadableFiles = (unreadableFiles ?? Array.Empty<(string, string)>()).Select(f => new { source = f.Item1, reason = f.Item2 }),
            series = series.Select(body => new
            {
                place = body.Place,
                pairs = body.Pairs.Select(pair => new
                {
                    previous = new { source = pair.Previous.Reading.Source, year = YearPair.Year(pair.Previous), format = pair.Previous.Reading.Format.Template.Notice },
                    current = new { source = pair.Current.Reading.Source, year = YearPair.Year(pair.Current), format = pair.Current.Reading.Format.Template.Notice },
                    exitCode = pair.ExitCode,
                    rules = pair.RulesChecked.Select(id => new { rule = id, outcome = pair.Outcome(id) }),
                    violations = pair.Violations.Select(v => new
                    {
                        rule = v.RuleId,
                        severity = v.Severity.ToString(),
                        status = v.Status.ToString(),
                        table = v.Table.ShortTitle,
                        line = v.Line.ToString(),
                        reported = v.Reported,
                        computed = v.Computed,
                        message = v.Rule.Message,
                        accepted = Accepted(pair.Review, v),
                        changedSinceAccepted = pair.Review?.ChangedSince(v) is not null,
                        cells = v.Cells.Select(c => new
                        {
                            source = (c.InPreviousReport ? pair.Previous : pair.Current).Reading.Source,
                            year = YearPair.Year(c.InPreviousReport ? pair.Previous : pair.Current),
                            row = c.Row.ToString(),
                            column = c.Column.ToString(),
                            value = c.Value,
                            left = c.IsLeft,
                        }),
                    }),
                }),
                notes = body.Notes,
            }),
            seriesNotes,
            reports = checks.Select(check => new
            {
                source = check.Reading.Source,
                place = check.Reading.Header.Place,
                year = check.Reading.Header.Year,
                // A file that is no report at all (empty, binary, an image) has no format: it says why instead.
                unreadable = check.Unreadable,
                format = check.Unreadable is null ? check.Reading.Format.Template.Notice : null,
                formatEvidence = check.Unreadable is null ? check.Reading.FormatEvidence.ToString() : null,
                formatDisagreement = check.Reading.FormatDisagreement,
                formatWarning = check.FormatWarning,
                inputProblem = check.Reading.InputProblem,
                document = check.Reading.DocumentKind.ToString(),
                encoding = check.Reading.Encoding,
                documentNotes = check.Reading.DocumentNotes,
                exitCode = check.ExitCode,
                tables = check.Tables.Select(verdict => new
                {
                    table = verdict.Reading.Metadata.ShortTitle,
                    id = verdict.Reading.Metadata.Id,
                    state = verdict.Reading.State.ToString(),
                    reading = verdict.ReadingText,
                    rules = verdict.Outcome.ToString(),
                    rulesChecked = verdict.RulesChecked,
                    rulesUsedForReading = verdict.RulesUsedForReading,
                    line = verdict.Reading.Line,
                    why = verdict.Reading.Why is { Length: > 0 } why ? why : null,
                    problems = verdict.Reading.Problems.Select(p => new { line = p.Line, page = check.Reading.PageOf(p.Line), row = p.Row, message = p.Message }),
                    inferred = verdict.Reading.Inferred.Select(i => new { line = i.Line, page = check.Reading.PageOf(i.Line), row = i.Row.FullLabel, column = i.Column.Label, value = i.Value, rule = i.Rule.Id, reason = i.Reason }),
                    decoded = verdict.Reading.Decoded.Select(d => new { line = d.Line, page = check.Reading.PageOf(d.Line), row = d.Row.DisplayLabel, printed = d.Printed, rules = d.Rules.Select(r => r.Id), splits = d.Splits }),
                    printedGroups = verdict.Reading.PrintedGroups.Select(g => new { line = g.Line, page = check.Reading.PageOf(g.Line), group = g.Group.DisplayLabel, values = g.Values, unpublished = g.Group.DataDescendants.Select(d => d.DisplayLabel) }),
                    notes = verdict.Reading.Notes.Select(n => new { line = n.Line, page = check.Reading.PageOf(n.Line), row = n.Row.DisplayLabel, column = n.Column.DisplayLabel, message = n.Message }),
                    looseMatches = verdict.Reading.LooseMatches.Select(m => new { line = m.Line, page = check.Reading.PageOf(m.Line), printed = m.Printed, official = m.Official }),
                }),
                localization = check.Localization is { } localization ? new { outcome = localization.Outcome.ToString(), summary = SuspectText.Summary(localization), tiedSets = localization.TiedSets, maxCells = localization.MaxCells } : null,
                suspects = check.Localization?.Suspects.Select(set => new
                {
                    pattern = set.Pattern.ToString(),
                    description = SuspectText.Describe(set),
                    rulesRestored = set.RulesRestored,
                    cells = set.Cells.Select(c => new { table = c.Table.ShortTitle, row = c.Row.DisplayLabel, column = c.Column.DisplayLabel, reported = c.Reported, suggested = c.Suggested, page = check.Reading.PageOf(c.Row) }),
                }),
                imputed = check.Localization?.Imputed.Select(c => new { table = c.Table.ShortTitle, row = c.Row.DisplayLabel, column = c.Column.DisplayLabel, value = c.Suggested }),
                claims = check.Claims.Select(c => new
                {
                    id = c.Claim.Id,
                    label = c.Claim.Label,
                    severity = c.Claim.Severity.ToString(),
                    status = c.Status.ToString(),
                    stated = c.Stated,
                    value = c.Value,
                    why = c.Why,
                    sentence = c.Mentions.FirstOrDefault()?.Sentence,
                    line = c.Mentions.FirstOrDefault()?.Line,
                    page = c.Mentions.FirstOrDefault()?.Page,
                    accepted = Accepted(check.Review, c),
                    changedSinceAccepted = check.Review?.ChangedSince(c) is not null,
                    mentions = c.Mentions.Select(m => new { stated = m.Value, sentence = m.Sentence, line = m.Line, page = m.Page }),
                }),
                violations = check.Violations.Select(v => new
                {
                    rule = v.RuleId,
                    severity = v.Severity.ToString(),
                    status = v.Status.ToString(),
                    table = v.Table.ShortTitle,
                    rows = ViolationText.Rows(v),
                    columns = ViolationText.Columns(v),
                    reported = v.Reported,
                    computed = v.Computed,
                    message = v.Rule.Message,
                    note = v.Note,
                    accepted = Accepted(check.Review, v),
                    changedSinceAccepted = check.Review?.ChangedSince(v) is not null,
                    cells = v.Cells.Select(c => new { row = c.Row.ToString(), column = c.Column.ToString(), value = c.Value, page = check.Reading.PageOf(c.Row), inferred = check.Reading.InferredAt(c.Row, c.Column) is not null,
                        notApplicable = check.Reading.NotApplicableAt(c.Row, c.Column)?.Mark,
                        decodedBy = check.Reading.Tables.FirstOrDefault(t => t.Metadata == v.Table)?.DecodedAt(c.Row)?.Rules.Select(r => r.Id) }),
                }),
            }),
        },
        Options);

    private static object? Accepted(FindingReview? review, object subject) =>
        review?.AcceptedFor(subject) is { } entry ? new { note = entry.Note, by = entry.By, on = entry.On } : null;
}
