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

        var tables = new Table().Border(TableBorder.Rounded).AddColumns("Table", "Read", "Details");
        foreach (var table in reading.Tables)
        {
            tables.AddRow(Markup.Escape(table.Metadata.ShortTitle), State(table.State), Markup.Escape(Details(table)));
        }

        console.Write(tables);
        foreach (var table in reading.Tables.Where(r => r.IsRead))
        {
            foreach (var line in table.LooseMatches.Select(m => m.ToString())
                .Concat(table.Problems.Select(p => p.ToString()))
                .Concat(table.Inferred.Select(i => i.ToString())))
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

        console.MarkupLine(check.ExitCode switch
        {
            ExitCodes.Holds => "[green]every rule holds[/]",
            ExitCodes.RuleFails => $"[red]{check.Violations.Count(v => v.Status == ViolationStatus.Failed)} rule check(s) failed[/]",
            _ => $"[red]cannot be checked: {Markup.Escape(string.Join("; ", reading.Tables.Where(r => !r.IsRead).Select(r => $"{r.Metadata.ShortTitle} {r.Why}")))}[/]",
        });
        console.WriteLine();
    }

    private static string Details(TableReading reading) => reading.State switch
    {
        TableState.Missing or TableState.Empty => reading.Why,
        _ => string.Join(", ", new[]
        {
            reading.LooseMatches.Count > 0 ? $"{reading.LooseMatches.Count} heading(s) matched loosely" : "",
            reading.Problems.Count > 0 ? $"{reading.Problems.Count} row(s) not read as published" : "",
            reading.Inferred.Count > 0 ? $"{reading.Inferred.Count} cell(s) inferred" : "",
        }.Where(s => s.Length > 0)),
    };

    private static string State(TableState state) => state switch
    {
        TableState.Complete => "[green]complete[/]",
        TableState.Incomplete => "[yellow]incomplete[/]",
        TableState.Empty => "[red]empty[/]",
        _ => "[red]missing[/]",
    };

    private static string Evidence(FormatEvidence evidence) => evidence switch
    {
        FormatEvidence.Override => "as given",
        FormatEvidence.Notice => "from the notice cited",
        FormatEvidence.Year => "from the report year",
        _ => "from the shape of the tables",
    };
}
