using Spectre.Console;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;

namespace TemplateGen.Sample.Output;

/// <summary>Prints checked reports as terminal tables, with a one-line summary at the end.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ReportCheck> checks)
    {
        foreach (var check in checks)
        {
            Write(console, check);
        }

        console.MarkupLine(Markup.Escape(Summary(checks)));
    }

    public static string Summary(IReadOnlyList<ReportCheck> checks) =>
        $"{checks.Count} report(s): {checks.Count(c => c.ExitCode == ExitCodes.Holds)} hold every rule, {checks.Count(c => c.ExitCode == ExitCodes.RuleFails)} with failed rules, {checks.Count(c => c.ExitCode == ExitCodes.Unreadable)} with a table missing or empty; "
        + $"{checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Failed))} failed and {checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Incomplete))} incomplete rule checks.";

    private static void Write(IAnsiConsole console, ReportCheck check)
    {
        var reading = check.Reading;
        console.Write(new Rule(Markup.Escape(reading.Source)).LeftJustified());
        console.MarkupLine($"[bold]{Markup.Escape(reading.Header.Place ?? "(place not stated)")}[/], {Markup.Escape(reading.Header.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(year not stated)")} · format {Markup.Escape(reading.Format.Template.Notice)} ({Evidence(reading.FormatEvidence)})");
        if (reading.FormatDisagreement is { } disagreement)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(disagreement)}");
        }

        if (reading.InputProblem is { } inputProblem)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(inputProblem)}");
        }

        var tables = new Table().Border(TableBorder.Rounded).AddColumns("Table", "Read", "Rules", "Details");
        foreach (var verdict in check.Tables)
        {
            tables.AddRow(Markup.Escape(verdict.Reading.Metadata.ShortTitle), State(verdict), Outcome(verdict), Markup.Escape(Details(verdict.Reading)));
        }

        console.Write(tables);
        foreach (var table in reading.Tables.Where(r => r.IsRead))
        {
            foreach (var line in Details(table, includeProblems: true))
            {
                console.MarkupLine($"  [yellow]•[/] {Markup.Escape(line)}");
            }
        }

        if (check.Violations.Count > 0)
        {
            var violations = new Table().Border(TableBorder.Rounded).AddColumns("Rule", "Status", "Table", "Row", "Column", "Reported", "Computed");
            foreach (var v in check.Violations)
            {
                violations.AddRow(
                    Markup.Escape(v.RuleId),
                    v.Status == ViolationStatus.Failed ? "[red]failed[/]" : "[yellow]incomplete[/]",
                    Markup.Escape(v.Table.ShortTitle),
                    Markup.Escape(ViolationText.Rows(v)),
                    Markup.Escape(ViolationText.Columns(v)),
                    Markup.Escape(v.Status == ViolationStatus.Failed ? ViolationText.Value(v.Reported) : "blank: " + ViolationText.Blanks(v)),
                    Markup.Escape(ViolationText.Value(v.Computed)));
            }

            console.Write(violations);
        }

        if (check.Localization is { } localization)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(localization.Summary)}[/]");
            foreach (var other in localization.Suspects.Skip(1))
            {
                console.MarkupLine($"  [grey]or: {Markup.Escape(other.Description)}[/]");
            }

            foreach (var imputed in localization.Imputed)
            {
                console.MarkupLine($"  [grey]blank pinned down by the rules: {Markup.Escape(imputed.ToString())}[/]");
            }
        }

        console.MarkupLine(check.ExitCode switch
        {
            ExitCodes.Holds => "[green]every rule holds[/]",
            ExitCodes.RuleFails => $"[red]{check.Violations.Count(v => v.Status == ViolationStatus.Failed)} rule check(s) failed[/]"
                + (reading.AllTablesRead ? "" : $"[red]; not read: {Markup.Escape(string.Join("; ", reading.Tables.Where(r => !r.IsRead).Select(r => $"{r.Metadata.ShortTitle} {r.Why}")))}[/]"),
            _ => $"[red]cannot be checked: {Markup.Escape(string.Join("; ", reading.Tables.Where(r => !r.IsRead).Select(r => $"{r.Metadata.ShortTitle} {r.Why}")))}[/]",
        });
        console.WriteLine();
    }

    /// <summary>Every line a reader of the report should see about how a table was read, in the order it was read.</summary>
    public static IEnumerable<string> Details(TableReading table, bool includeProblems) =>
        table.LooseMatches.Select(m => m.ToString())
            .Concat(includeProblems ? table.Problems.Select(p => p.ToString()) : Enumerable.Empty<string>())
            .Concat(table.Decoded.Select(d => d.ToString()))
            .Concat(table.Inferred.Select(i => i.ToString()))
            .Concat(table.Notes.Select(n => n.ToString()));

    private static string Details(TableReading reading) => reading.State switch
    {
        TableState.Missing or TableState.Empty => reading.Why,
        _ => string.Join(", ", new[]
        {
            reading.LooseMatches.Count > 0 ? $"{reading.LooseMatches.Count} label(s) matched loosely" : "",
            reading.Problems.Count > 0 ? $"{reading.Problems.Count} row(s) not read as published" : "",
            reading.Decoded.Count > 0 ? $"{reading.Decoded.Count} row(s) decoded by rule {string.Join(", ", reading.Decoded.SelectMany(d => d.Rules).Select(r => r.Id).Distinct())}" : "",
            reading.Inferred.Count > 0 ? $"{reading.Inferred.Count} cell(s) inferred" : "",
        }.Where(s => s.Length > 0)),
    };

    private static string State(TableVerdict verdict) => verdict.Reading.State switch
    {
        TableState.Complete => $"[green]{Markup.Escape(verdict.ReadingText)}[/]",
        TableState.Incomplete => "[yellow]incomplete[/]",
        TableState.Empty => "[red]empty[/]",
        _ => "[red]missing[/]",
    };

    private static string Outcome(TableVerdict verdict) => verdict.Outcome switch
    {
        RuleOutcome.Holds => $"[green]{Markup.Escape(verdict.OutcomeText)}[/]",
        RuleOutcome.Fails => $"[red]{Markup.Escape(verdict.OutcomeText)}[/]",
        RuleOutcome.Incomplete => $"[yellow]{Markup.Escape(verdict.OutcomeText)}[/]",
        _ => Markup.Escape(verdict.OutcomeText),
    };

    private static string Evidence(FormatEvidence evidence) => evidence switch
    {
        FormatEvidence.Override => "as given",
        FormatEvidence.Notice => "from the notice cited",
        FormatEvidence.Year => "from the report year",
        _ => "from the shape of the tables",
    };
}
