using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TemplateGen.Sample.Acceptance;
using TemplateGen.Sample.Checking;

namespace TemplateGen.Sample.Output;

/// <summary>Checked reports as JSON for scripts: the same facts as the terminal output, inferred cells marked.</summary>
/// <remarks>
/// Written property by property with <see cref="Utf8JsonWriter"/>: no reflection, so a new process pays nothing to
/// learn the shapes (it was a sixth of a folder's time) and a native build writes the same JSON. Every property is
/// always present, null when it has no value; names and values never change with the language.
/// </remarks>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese labels readable
    };

    /// <summary>
    /// A whole run as JSON on <paramref name="output"/>, then a line end: every report, pair of years and unreadable
    /// input, accepted findings marked and the stale ones listed. The bytes are UTF-8 whatever the console's encoding,
    /// as JSON must be, and go out as written: over a large folder, making a string of them and encoding it again for
    /// the console was a seventh of the run.
    /// </summary>
    public static void WriteTo(Stream output, CheckRun run, int exitCode)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            Write(writer, run.Checks, run.Series, run.SeriesNotes, exitCode, run.Unreadable, run.Review, RunSummary.Of(run));
        }

        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    /// <summary>The checks as JSON, with the exit code the process returns (files that could not be read included).</summary>
    /// <param name="checks">The reports read.</param>
    /// <param name="series">One body's consecutive years checked against each other.</param>
    /// <param name="seriesNotes">What could not be checked across years, and why.</param>
    /// <param name="exitCode">The run's exit code.</param>
    /// <param name="unreadableFiles">Inputs that could not even be opened (a missing file, a folder that cannot be listed), each with why.</param>
    /// <param name="review">The accepted findings, when <c>--accepted</c> was given.</param>
    /// <param name="summary">The run at a glance: rules by outcome, bodies by year, the worst reports.</param>
    public static string Write(IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<string> seriesNotes, int exitCode, IReadOnlyList<(string Source, string Reason)>? unreadableFiles = null, FindingReview? review = null, RunSummary? summary = null)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, checks, series, seriesNotes, exitCode, unreadableFiles, review, summary);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<string> seriesNotes, int exitCode, IReadOnlyList<(string Source, string Reason)>? unreadableFiles, FindingReview? review, RunSummary? summary)
    {
        writer.WriteStartObject();
        writer.WriteNumber("exitCode", exitCode);
        writer.Object("summary", summary, Summary);
        writer.Objects("staleAccepted", review?.Stale, (w, e) =>
        {
            w.Text("body", e.Body);
            w.Number("year", e.Year);
            w.Text("rule", e.Rule);
            w.Texts("cells", e.Cells);
            w.Numbers("values", e.Values);
            w.Text("note", e.Note);
            w.Text("by", e.By);
            w.Text("on", e.On);
        });
        writer.Objects("unreadableFiles", unreadableFiles ?? Array.Empty<(string, string)>(), (w, f) =>
        {
            w.Text("source", f.Source);
            w.Text("reason", f.Reason);
        });
        writer.Objects("series", series, Series);
        writer.Texts("seriesNotes", seriesNotes);
        writer.Objects("reports", checks, Report);
        writer.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter writer, RunSummary summary)
    {
        writer.Objects("rules", summary.Rules, (w, r) =>
        {
            w.Text("rule", r.Rule);
            w.Text("table", r.Table);
            w.Number("holds", r.Holds);
            w.Number("fails", r.Fails);
            w.Number("incomplete", r.Incomplete);
            w.Number("notChecked", r.NotChecked);
        });
        writer.Numbers("years", summary.Years);
        writer.Objects("bodies", summary.Bodies, (w, b) =>
        {
            w.Text("body", b.Body);
            w.Objects("years", b.Verdicts.OrderBy(v => v.Key), (y, v) =>
            {
                y.Number("year", v.Key);
                y.Text("verdict", v.Value.ToString());
            });
            w.Numbers("missing", b.Missing);
        });
        writer.Objects("worst", summary.Worst, (w, worst) =>
        {
            w.Text("source", worst.Check.Reading.Source);
            w.Text("body", Finding.BodyOf(worst.Check));
            w.Number("year", worst.Check.Reading.Header.Year);
            w.Number("failed", worst.Failed);
            w.Texts("rules", worst.Rules);
        });
        writer.Texts("unplaced", summary.Unplaced);
    }

    private static void Series(Utf8JsonWriter writer, SeriesCheck body)
    {
        writer.Text("place", body.Place);
        writer.Objects("pairs", body.Pairs, (w, pair) =>
        {
            w.Object("previous", pair.Previous, YearOf);
            w.Object("current", pair.Current, YearOf);
            w.Number("exitCode", pair.ExitCode);
            w.Objects("rules", pair.RulesChecked, (r, id) =>
            {
                r.Text("rule", id);
                r.Text("outcome", pair.Outcome(id));
            });
            w.Objects("violations", pair.Violations, (v, violation) =>
            {
                Rule(v, violation);
                v.Text("line", violation.Line.ToString());
                v.Number("reported", violation.Reported);
                v.Number("computed", violation.Computed);
                v.Text("message", violation.Rule.Message);
                Review(v, pair.Review, violation);
                v.Objects("cells", violation.Cells, (c, cell) =>
                {
                    var report = cell.InPreviousReport ? pair.Previous : pair.Current;
                    c.Text("source", report.Reading.Source);
                    c.Number("year", YearPair.Year(report));
                    c.Text("row", cell.Row.ToString());
                    c.Text("column", cell.Column.ToString());
                    c.Number("value", cell.Value);
                    c.Flag("left", cell.IsLeft);
                });
            });
        });
        writer.Texts("notes", body.Notes);
    }

    private static void YearOf(Utf8JsonWriter writer, ReportCheck check)
    {
        writer.Text("source", check.Reading.Source);
        writer.Number("year", YearPair.Year(check));
        writer.Text("format", check.Reading.Format.Template.Notice);
    }

    private static void Report(Utf8JsonWriter writer, ReportCheck check)
    {
        var reading = check.Reading;
        writer.Text("source", reading.Source);
        writer.Text("place", reading.Header.Place);
        writer.Number("year", reading.Header.Year);

        // A file that is no report at all (empty, binary, an image) has no format: it says why instead.
        writer.Text("unreadable", check.Unreadable);
        writer.Text("format", check.Unreadable is null ? reading.Format.Template.Notice : null);
        writer.Text("formatEvidence", check.Unreadable is null ? reading.FormatEvidence.ToString() : null);
        writer.Text("formatDisagreement", reading.FormatDisagreement);
        writer.Text("formatWarning", check.FormatWarning);
        writer.Text("inputProblem", reading.InputProblem);
        writer.Text("document", reading.DocumentKind.ToString());
        writer.Text("encoding", reading.Encoding);
        writer.Texts("documentNotes", reading.DocumentNotes);
        writer.Number("exitCode", check.ExitCode);
        writer.Objects("tables", check.Tables, (w, verdict) => Table(w, check, verdict));
        writer.Object("localization", check.Localization, (w, localization) =>
        {
            w.Text("outcome", localization.Outcome.ToString());
            w.Text("summary", SuspectText.Summary(localization));
            w.Number("tiedSets", localization.TiedSets);
            w.Number("maxCells", localization.MaxCells);
        });
        writer.Objects("suspects", check.Localization?.Suspects, (w, set) =>
        {
            w.Text("pattern", set.Pattern.ToString());
            w.Text("description", SuspectText.Describe(set));
            w.Texts("rulesRestored", set.RulesRestored);
            w.Objects("cells", set.Cells, (c, cell) =>
            {
                c.Text("table", cell.Table.ShortTitle);
                c.Text("row", cell.Row.DisplayLabel);
                c.Text("column", cell.Column.DisplayLabel);
                c.Number("reported", cell.Reported);
                c.Number("suggested", cell.Suggested);
                c.Number("page", reading.PageOf(cell.Row));
            });
        });
        writer.Objects("imputed", check.Localization?.Imputed, (w, cell) =>
        {
            w.Text("table", cell.Table.ShortTitle);
            w.Text("row", cell.Row.DisplayLabel);
            w.Text("column", cell.Column.DisplayLabel);
            w.Number("value", cell.Suggested);
        });
        writer.Objects("claims", check.Claims, (w, claim) =>
        {
            var first = claim.Mentions.FirstOrDefault();
            w.Text("id", claim.Claim.Id);
            w.Text("label", claim.Claim.Label);
            w.Text("severity", claim.Claim.Severity.ToString());
            w.Text("status", claim.Status.ToString());
            w.Number("stated", claim.Stated);
            w.Number("value", claim.Value);
            w.Text("why", claim.Why);
            w.Text("sentence", first?.Sentence);
            w.Number("line", first?.Line);
            w.Number("page", first?.Page);
            Review(w, check.Review, claim);
            w.Objects("mentions", claim.Mentions, (m, mention) =>
            {
                m.Number("stated", mention.Value);
                m.Text("sentence", mention.Sentence);
                m.Number("line", mention.Line);
                m.Number("page", mention.Page);
            });
        });
        writer.Objects("violations", check.Violations, (w, violation) =>
        {
            Rule(w, violation);
            w.Text("rows", ViolationText.Rows(violation));
            w.Text("columns", ViolationText.Columns(violation));
            w.Number("reported", violation.Reported);
            w.Number("computed", violation.Computed);
            w.Text("message", violation.Rule.Message);
            w.Text("note", violation.Note);
            Review(w, check.Review, violation);
            w.Objects("cells", violation.Cells, (c, cell) =>
            {
                c.Text("row", cell.Row.ToString());
                c.Text("column", cell.Column.ToString());
                c.Number("value", cell.Value);
                c.Number("page", reading.PageOf(cell.Row));
                c.Flag("inferred", reading.InferredAt(cell.Row, cell.Column) is not null);
                c.Text("notApplicable", reading.NotApplicableAt(cell.Row, cell.Column)?.Mark);
                c.Texts("decodedBy", reading.Tables.FirstOrDefault(t => t.Metadata == violation.Table)?.DecodedAt(cell.Row)?.Rules.Select(r => r.Id));
            });
        });
    }

    private static void Table(Utf8JsonWriter writer, ReportCheck check, TableVerdict verdict)
    {
        var reading = verdict.Reading;
        writer.Text("table", reading.Metadata.ShortTitle);
        writer.Text("id", reading.Metadata.Id);
        writer.Text("state", reading.State.ToString());
        writer.Text("reading", verdict.ReadingText);
        writer.Text("rules", verdict.Outcome.ToString());
        writer.Texts("rulesChecked", verdict.RulesChecked);
        writer.Texts("rulesUsedForReading", verdict.RulesUsedForReading);
        writer.Number("line", reading.Line);
        writer.Text("why", reading.Why is { Length: > 0 } why ? why : null);
        writer.Objects("problems", reading.Problems, (w, p) =>
        {
            w.Number("line", p.Line);
            w.Number("page", check.Reading.PageOf(p.Line));
            w.Text("row", p.Row);
            w.Text("message", p.Message);
        });
        writer.Objects("inferred", reading.Inferred, (w, i) =>
        {
            w.Number("line", i.Line);
            w.Number("page", check.Reading.PageOf(i.Line));
            w.Text("row", i.Row.FullLabel);
            w.Text("column", i.Column.Label);
            w.Number("value", i.Value);
            w.Text("rule", i.Rule.Id);
            w.Text("reason", i.Reason);
        });
        writer.Objects("decoded", reading.Decoded, (w, d) =>
        {
            w.Number("line", d.Line);
            w.Number("page", check.Reading.PageOf(d.Line));
            w.Text("row", d.Row.DisplayLabel);
            w.Text("printed", d.Printed);
            w.Texts("rules", d.Rules.Select(r => r.Id));
            w.WriteNumber("splits", d.Splits);
        });
        writer.Objects("printedGroups", reading.PrintedGroups, (w, g) =>
        {
            w.Number("line", g.Line);
            w.Number("page", check.Reading.PageOf(g.Line));
            w.Text("group", g.Group.DisplayLabel);
            w.Numbers("values", g.Values);
            w.Texts("unpublished", g.Group.DataDescendants.Select(d => d.DisplayLabel));
        });
        writer.Objects("notes", reading.Notes, (w, n) =>
        {
            w.Number("line", n.Line);
            w.Number("page", check.Reading.PageOf(n.Line));
            w.Text("row", n.Row.DisplayLabel);
            w.Text("column", n.Column.DisplayLabel);
            w.Text("message", n.Message);
        });
        writer.Objects("looseMatches", reading.LooseMatches, (w, m) =>
        {
            w.Number("line", m.Line);
            w.Number("page", check.Reading.PageOf(m.Line));
            w.Text("printed", m.Printed);
            w.Text("official", m.Official);
        });
    }

    /// <summary>Which rule a violation is of and how it stands, as both a report's and a pair of years' violations begin.</summary>
    private static void Rule(Utf8JsonWriter writer, Violation violation)
    {
        writer.Text("rule", violation.RuleId);
        writer.Text("severity", violation.Severity.ToString());
        writer.Text("status", violation.Status.ToString());
        writer.Text("table", violation.Table.ShortTitle);
    }

    /// <summary>
    /// What a person's review says of a finding: the accepted entry it matches (note, who and when; null when none
    /// does), and whether its values changed since it was accepted.
    /// </summary>
    private static void Review(Utf8JsonWriter writer, FindingReview? review, object finding)
    {
        writer.Object("accepted", review?.AcceptedFor(finding), (w, e) =>
        {
            w.Text("note", e.Note);
            w.Text("by", e.By);
            w.Text("on", e.On);
        });
        writer.Flag("changedSinceAccepted", review?.ChangedSince(finding) is not null);
    }
}
