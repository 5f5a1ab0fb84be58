using TemplateGen.Reading;
using TemplateGen.Sample.Checking;

namespace TemplateGen.Sample.Export;

/// <summary>One table of an export: a CSV file, or a sheet of the workbook. Values are strings, numbers or null (empty).</summary>
/// <param name="Name">The file name without extension, and the sheet's name.</param>
/// <param name="Columns">The header row.</param>
/// <param name="Rows">One array of values per row, in column order.</param>
internal sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// What a check run says, as tables a spreadsheet or a data frame opens: every input file (unreadable ones with why),
/// every cell read and how, every rule outcome and suspect cell. CSV and the workbook are written from these, so
/// they hold the same rows.
/// </summary>
internal static class ExportTables
{
    public static IReadOnlyList<ExportTable> Of(IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<(string Source, string Reason)> unreadable) => new[]
    {
        Reports(checks, unreadable),
        Values(checks),
        Findings(checks, series, unreadable),
    };

    private static ExportTable Reports(IReadOnlyList<ReportCheck> checks, IReadOnlyList<(string Source, string Reason)> unreadable)
    {
        var rows = checks.Select(check =>
        {
            // A file that is no report has no rules to count, rather than every rule "not checked".
            var rules = check.Unreadable is null ? RuleResult.Of(check).ToList() : null;
            int? Count(RuleOutcome status) => rules?.Count(r => r.Status == status);
            return new object?[]
            {
                check.Reading.Source, check.Reading.Header.Place, check.Reading.Header.Year, FormatOf(check), check.ExitCode,
                check.Unreadable is null ? "read" : "unreadable", check.Unreadable ?? check.Reading.InputProblem,
                Count(RuleOutcome.Holds), Count(RuleOutcome.Fails), Count(RuleOutcome.Incomplete), Count(RuleOutcome.NotChecked),
            };
        }).Concat(unreadable.Select(file => new object?[] { file.Source, null, null, null, ExitCodes.Unreadable, "unreadable", file.Reason, null, null, null, null }));
        return new ExportTable("reports", new[] { "source", "body", "year", "format", "exit_code", "state", "reason", "rules_hold", "rules_fail", "rules_incomplete", "rules_not_checked" }, rows.ToList());
    }

    private static ExportTable Values(IReadOnlyList<ReportCheck> checks)
    {
        var rows = new List<object?[]>();
        foreach (var check in checks.Where(c => c.Unreadable is null))
        {
            foreach (var table in check.Reading.Tables.Where(t => t.IsRead))
            {
                var metadata = table.Metadata;
                for (var r = 0; r < metadata.DataRows.Count; r++)
                {
                    var row = metadata.DataRows[r];
                    for (var c = 0; c < metadata.DataColumns.Count; c++)
                    {
                        var column = metadata.DataColumns[c];
                        var value = table.Table.GetValue(r, c);
                        rows.Add(new object?[]
                        {
                            check.Reading.Source, check.Reading.Header.Place, check.Reading.Header.Year, FormatOf(check),
                            metadata.ShortTitle, row.Id, column.Id, row.DisplayLabel, column.DisplayLabel, value, How(table, row, column, value), check.Reading.PageOf(row),
                        });
                    }
                }
            }
        }

        return new ExportTable("values", new[] { "source", "body", "year", "format", "table", "row", "column", "row_label", "column_label", "value", "how", "page" }, rows);
    }

    /// <summary>How a cell's value came to be: read as printed, decoded from run-together digits by a rule, inferred from the rules, marked not applicable, or blank.</summary>
    private static string How(TableReading table, HeaderMetadata row, HeaderMetadata column, decimal? value) =>
        table.NotApplicableAt(row, column) is not null ? "not applicable"
        : table.InferredAt(row, column) is not null ? "inferred"
        : value is null ? "blank"
        : table.DecodedAt(row) is not null ? "decoded"
        : "read";

    private static ExportTable Findings(IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<(string Source, string Reason)> unreadable)
    {
        var rows = new List<object?[]>();
        void Add(ReportCheck check, string kind, string rule, string severity, string status, string table, string cells, decimal? reported, decimal? computed, decimal? suggested, string? pattern, string message, int? page, Acceptance.AcceptedFinding? accepted = null) =>
            rows.Add(new object?[] { check.Reading.Source, check.Reading.Header.Place, check.Reading.Header.Year, kind, rule, severity, status, table, cells, reported, computed, suggested, pattern, message, page, accepted is null ? null : $"{accepted.Note} ({accepted.By}, {accepted.On})" });

        foreach (var check in checks)
        {
            if (check.Unreadable is { } why)
            {
                Add(check, "unreadable", "", "", "unreadable", "", "", null, null, null, null, why, null);
                continue;
            }

            foreach (var result in RuleResult.Of(check))
            {
                var severity = Severity(result.Rule.Severity);
                var table = result.Table.Reading.Metadata.ShortTitle;
                if (result.Violations.Count == 0)
                {
                    Add(check, "rule", result.Rule.Id, severity, Status(result.Status), table, "", null, null, null, null, result.Rule.Message, null);
                    continue;
                }

                foreach (var violation in result.Violations)
                {
                    var status = violation.Status == ViolationStatus.Failed ? "fails" : "incomplete";
                    var message = violation.Note is null ? result.Rule.Message : $"{result.Rule.Message} ({violation.Note})";
                    Add(check, "rule", result.Rule.Id, severity, status, table, Cells(violation), violation.Reported, violation.Computed, null, null, message, check.Reading.PageOf(violation.Cells[0].Row), check.Review?.AcceptedFor(violation));
                }
            }

            if (check.Localization is { } localization)
            {
                foreach (var (set, rank) in localization.Suspects.Select((set, i) => (set, i + 1)))
                {
                    foreach (var cell in set.Cells)
                    {
                        Add(check, "suspect", string.Join(" ", set.RulesRestored), "", $"suspect {rank}", cell.Table.ShortTitle, $"{cell.Row.DisplayLabel} / {cell.Column.DisplayLabel}", cell.Reported, null, cell.Suggested, set.Pattern.ToString(), Output.SuspectText.Describe(set), check.Reading.PageOf(cell.Row));
                    }
                }

                foreach (var cell in localization.Imputed)
                {
                    Add(check, "imputed", "", "", "imputed", cell.Table.ShortTitle, $"{cell.Row.DisplayLabel} / {cell.Column.DisplayLabel}", null, null, cell.Suggested, null, "blank, and the rules leave it one value", check.Reading.PageOf(cell.Row));
                }
            }

            foreach (var claim in check.Claims)
            {
                var mention = claim.Mentions.FirstOrDefault();
                Add(check, "claim", claim.Claim.Id, Severity(claim.Claim.Severity), claim.Status.ToString(), "", claim.Claim.Label, claim.Stated, claim.Value, null, null, mention?.Sentence ?? claim.Why ?? "", mention?.Page, check.Review?.AcceptedFor(claim));
            }
        }

        foreach (var pair in series.SelectMany(s => s.Pairs))
        {
            foreach (var id in pair.RulesChecked)
            {
                var violations = pair.Violations.Where(v => v.RuleId == id).ToList();
                if (violations.Count == 0)
                {
                    Add(pair.Current, "across years", id, "", pair.Outcome(id), "", pair.Years, null, null, null, null, "", null);
                }

                foreach (var violation in violations)
                {
                    Add(pair.Current, "across years", id, Severity(violation.Severity), violation.Status == ViolationStatus.Failed ? "fails" : "incomplete", violation.Table.ShortTitle, Output.ViolationText.CellsAcrossYears(violation, pair), violation.Reported, violation.Computed, null, null, violation.Rule.Message, null, pair.Review?.AcceptedFor(violation));
                }
            }
        }

        rows.AddRange(unreadable.Select(file => new object?[] { file.Source, null, null, "unreadable", "", "", "unreadable", "", "", null, null, null, null, file.Reason, null, null }));
        return new ExportTable("findings", new[] { "source", "body", "year", "kind", "rule", "severity", "status", "table", "cells", "reported", "computed", "suggested", "pattern", "message", "page", "accepted" }, rows);
    }

    /// <summary>Each cell of a violation as "row / column = value" (blank when empty), left side then right.</summary>
    private static string Cells(Violation violation) =>
        string.Join("; ", violation.Cells.Select(c => $"{c.Row} / {c.Column} = {(c.Value is { } value ? Output.ViolationText.Value(value) : "blank")}"));

    private static string? FormatOf(ReportCheck check) => check.Unreadable is null ? check.Reading.Format.Template.Notice : null;

    private static string Severity(RuleSeverity severity) => severity == RuleSeverity.Error ? "error" : "warning";

    private static string Status(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Holds => "holds",
        RuleOutcome.Fails => "fails",
        RuleOutcome.Incomplete => "incomplete",
        _ => "not checked",
    };
}
