using System.Text.Encodings.Web;
using System.Text.Json;
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

    public static string Write(IReadOnlyList<ReportCheck> checks) => JsonSerializer.Serialize(
        new
        {
            exitCode = ExitCodes.Of(checks),
            reports = checks.Select(check => new
            {
                source = check.Reading.Source,
                place = check.Reading.Header.Place,
                year = check.Reading.Header.Year,
                format = check.Reading.Format.Template.Notice,
                formatEvidence = check.Reading.FormatEvidence.ToString(),
                exitCode = check.ExitCode,
                tables = check.Reading.Tables.Select(r => new
                {
                    table = r.Metadata.ShortTitle,
                    id = r.Metadata.Id,
                    state = r.State.ToString(),
                    line = r.Line,
                    why = r.Why is { Length: > 0 } why ? why : null,
                    problems = r.Problems.Select(p => new { line = p.Line, row = p.Row, message = p.Message }),
                    inferred = r.Inferred.Select(i => new { line = i.Line, row = i.Row.FullLabel, column = i.Column.Label, value = i.Value, rule = i.Rule.Id, reason = i.Reason }),
                    looseMatches = r.LooseMatches.Select(m => new { line = m.Line, printed = m.Printed, official = m.Official }),
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
                    cells = v.Cells.Select(c => new { row = c.Row.ToString(), column = c.Column.ToString(), value = c.Value, inferred = check.Reading.InferredAt(c.Row, c.Column) is not null }),
                }),
            }),
        },
        Options);
}
