using Spectre.Console;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Reading;

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
        $"{checks.Count} report(s): {checks.Count(c => c.ExitCode == 0)} hold every rule, {checks.Count(c => c.ExitCode == 1)} with failed rules, {checks.Count(c => c.ExitCode == 2)} with a table missing or empty; "
        + $"{checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Failed))} failed and {checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Incomplete))} incomplete rule checks.";

    private static void Write(IAnsiConsole console, ReportCheck check)
    {
        var reading = check.Reading;
        console.Write(new Rule(Markup.Escape(reading.Source)).LeftJustified());
        console.MarkupLine($"[bold]{Markup.Escape(reading.Header.Place ?? "(place not stated)")}[/], {Markup.Escape(reading.Header.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(year not stated)")} · format {Markup.Escape(reading.Format.Template.Notice)} ({Evidence(reading.Evidence)})");

        var tables = new Table().Border(TableBorder.Rounded).AddColumns("Table", "Read", "Details");
        foreach (var table in reading.Readings)
        {
            tables.AddRow(Markup.Escape(ViolationText.Table(table.Table)), State(table.State), Markup.Escape(Details(table)));
        }

        console.Write(tables);
        foreach (var table in reading.Readings.Where(r => !r.IsRequiredButUnreadable))
        {
            foreach (var line in table.Problems.Select(p => $"line {p.Line}: {p.Row} {p.Message}".Replace("  ", " ", StringComparison.Ordinal))
                .Concat(table.Inferred.Select(i => $"line {i.Line}: {i.Row} / {i.Column} {i.Reason}")))
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
                    Markup.Escape(ViolationText.Table(v.Table)),
                    Markup.Escape(ViolationText.Rows(v)),
                    Markup.Escape(ViolationText.Columns(v)),
                    Markup.Escape(v.Status == ViolationStatus.Failed ? ViolationText.Value(v.Reported) : "blank: " + ViolationText.Blanks(v)),
                    Markup.Escape(ViolationText.Value(v.Computed)));
            }

            console.Write(violations);
        }

        console.MarkupLine(check.ExitCode switch
        {
            0 => "[green]every rule holds[/]",
            1 => $"[red]{check.Violations.Count(v => v.Status == ViolationStatus.Failed)} rule check(s) failed[/]",
            _ => $"[red]cannot be checked: {Markup.Escape(string.Join("; ", reading.Readings.Where(r => r.IsRequiredButUnreadable).Select(r => $"{ViolationText.Table(r.Table)} {Why(r)}")))}[/]",
        });
        console.WriteLine();
    }

    public static string Why(TableReading reading) => reading.State switch
    {
        TableState.Missing when reading.Line is { } line => $"has its heading at line {line} but no table rows under it (published as an image?)",
        TableState.Missing => "is missing from the report",
        TableState.Empty => $"is present (line {reading.Line}) but every value cell is empty",
        _ => "",
    };

    private static string Details(TableReading reading) => reading.State switch
    {
        TableState.Missing or TableState.Empty => Why(reading),
        _ => string.Join(", ", new[]
        {
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
