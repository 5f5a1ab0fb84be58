using Spectre.Console;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Output;

/// <summary>Prints checked reports as terminal tables, with a one-line summary at the end.</summary>
internal static class ConsoleReport
{
    /// <param name="verbose">Whether an incomplete rule lists every blank cell, not only how many and where.</param>
    public static void Write(IAnsiConsole console, IReadOnlyList<ReportCheck> checks, IReadOnlyList<SeriesCheck> series, IReadOnlyList<string> seriesNotes, bool verbose = false) =>
        Write(console, new CheckRun(checks, series, seriesNotes, Array.Empty<(string, string)>()), verbose);

    /// <summary>
    /// A whole run: each report, each body's years, then for several files what a person acts on (rules that fail most,
    /// bodies by year, the worst reports), the files that could not be opened, the stale accepted findings, and the totals.
    /// </summary>
    public static void Write(IAnsiConsole console, CheckRun run, bool verbose = false)
    {
        foreach (var check in run.Checks)
        {
            Write(console, check, verbose);
        }

        foreach (var body in run.Series)
        {
            Write(console, body);
        }

        foreach (var note in run.SeriesNotes)
        {
            console.MarkupLine($"[yellow]•[/] {Markup.Escape(note)}");
        }

        if (run.Checks.Count + run.Unreadable.Count > 1)
        {
            Write(console, RunSummary.Of(run));
        }

        foreach (var (source, reason) in run.Unreadable)
        {
            console.MarkupLine($"[red]{Markup.Escape(UnreadableText.Line(source, reason))}[/]");
        }

        if (run.Review is { } review)
        {
            console.MarkupLine(Markup.Escape(Localized.Format(Strings.Console_AcceptedCount, review.AcceptedCount, review.Stale.Count) + (review.Stale.Count > 0 ? ":" : ".")));
            foreach (var stale in review.Stale)
            {
                console.MarkupLine($"  [grey]• {Markup.Escape(Localized.Format(Strings.Console_Stale, stale.Body, stale.Year, stale.Rule, Acceptance.Finding.Describe(stale.Values), stale.Note, stale.By, stale.On))}[/]");
            }
        }

        console.MarkupLine(Markup.Escape(Summary(run.Checks)));
        if (run.Series.Count > 0)
        {
            console.MarkupLine(Markup.Escape(Summary(run.Series)));
        }
    }

    /// <summary>The folder at a glance: rules by how often they fail, bodies by year (missing years marked), the worst reports.</summary>
    private static void Write(IAnsiConsole console, RunSummary summary)
    {
        Header(console, Strings.Console_AllReports);
        var rules = NewTable(console).AddColumns(Strings.Column_Rule, Strings.Column_Table, Strings.Column_Holds, Strings.Column_Fails, Strings.Column_Incomplete, Strings.Column_NotChecked);
        foreach (var tally in summary.Rules)
        {
            rules.AddRow(Markup.Escape(tally.Rule), Markup.Escape(tally.Table), Count(tally.Holds, "green"), Count(tally.Fails, "red"), Count(tally.Incomplete, "yellow"), Count(tally.NotChecked, "grey"));
        }

        console.Write(rules);
        if (summary.Bodies.Count > 0)
        {
            var matrix = NewTable(console).AddColumn(Strings.Column_Body);
            foreach (var year in summary.Years)
            {
                matrix.AddColumn(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var body in summary.Bodies)
            {
                matrix.AddRow(summary.Years.Select(year => body.Verdicts.TryGetValue(year, out var verdict) ? VerdictMarkup(verdict) : $"[grey]{Markup.Escape(Strings.Index_NoReport)}[/]").Prepend(Markup.Escape(body.Body)).ToArray());
            }

            console.Write(matrix);
        }

        if (summary.Unplaced.Count > 0)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(Localized.Format(Strings.Console_Unplaced, string.Join(", ", summary.Unplaced)))}[/]");
        }

        if (summary.Worst.Count > 0)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(Strings.Console_Worst)}[/]");
            foreach (var report in summary.Worst)
            {
                console.MarkupLine($"  [red]•[/] {Markup.Escape(Localized.Format(Strings.Worst_Line, report.Check.Reading.Source, Acceptance.Finding.BodyOf(report.Check), report.Check.Reading.Header.Year, report.Failed, string.Join(", ", report.Rules)))}");
            }
        }

        console.WriteLine();

        static string Count(int count, string color) => count == 0 ? "0" : $"[{color}]{count}[/]";

        static string VerdictMarkup(YearVerdict verdict) => $"[{verdict.Outcome switch { "holds" => "green", "fails" => "red", _ => "yellow" }}]{Markup.Escape(Localized.Verdict(verdict))}[/]";
    }

    public static string Summary(IReadOnlyList<SeriesCheck> series)
    {
        var pairs = series.SelectMany(s => s.Pairs).ToList();
        return Localized.Format(Strings.Console_PairsSummary, pairs.Count, pairs.Count(p => p.ExitCode == ExitCodes.RuleFails), pairs.Count(p => p.ExitCode == ExitCodes.Holds && p.Violations.Any(v => v.Status == ViolationStatus.Failed)), series.Sum(s => s.Notes.Count));
    }

    /// <summary>A table with rounded borders on a terminal, ASCII ones in a log or file.</summary>
    private static Table NewTable(IAnsiConsole console) => new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);

    /// <summary>A section's header: a rule across a terminal; in a log or file, a plain line as long as its text.</summary>
    private static void Header(IAnsiConsole console, string text)
    {
        if (console.Profile.Capabilities.Unicode)
        {
            console.Write(new Rule(Markup.Escape(text)).LeftJustified());
        }
        else
        {
            console.WriteLine($"== {text} ==");
        }
    }

    /// <summary>One body's years: each pair with the outcome of every rule, its violations, and what was not checked.</summary>
    private static void Write(IAnsiConsole console, SeriesCheck body)
    {
        Header(console, Localized.Format(Strings.Console_AcrossYears, body.Place));
        foreach (var pair in body.Pairs)
        {
            var outcomes = pair.RulesChecked.Select(id => $"{Markup.Escape(id)} {OutcomeMarkup(pair, id)}");
            console.MarkupLine($"[bold]{pair.Years}[/] ({Markup.Escape(pair.Previous.Reading.Source)} → {Markup.Escape(pair.Current.Reading.Source)}): {(pair.RulesChecked.Count == 0 ? Markup.Escape(Strings.Console_NoRulesAcross) : string.Join(" · ", outcomes))}");
            if (pair.Violations.Count == 0)
            {
                continue;
            }

            var violations = NewTable(console).AddColumns(Strings.Column_Rule, Strings.Column_Status, Strings.Column_Table, Strings.Column_Line, Strings.Column_Reported, Strings.Column_Computed, Strings.Column_Cells);
            foreach (var v in pair.Violations)
            {
                violations.AddRow(
                    Markup.Escape(v.RuleId),
                    Status(v, pair.Review),
                    Markup.Escape(v.Table.ShortTitle),
                    Markup.Escape(v.Line.ToString()),
                    Markup.Escape(ViolationText.Value(v.Reported)),
                    Markup.Escape(ViolationText.Value(v.Computed)),
                    Markup.Escape(ViolationText.CellsAcrossYears(v, pair)));
            }

            console.Write(violations);
            WriteAccepted(console, pair.Violations, pair.Review);
        }

        foreach (var note in body.Notes)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(note)}");
        }

        console.WriteLine();
    }

    private static string OutcomeMarkup(YearPair pair, string ruleId)
    {
        var outcome = pair.Outcome(ruleId);
        return $"[{(outcome == "holds" ? "green" : outcome == "fails" && !pair.IsWarning(ruleId) ? "red" : "yellow")}]{Markup.Escape(pair.OutcomeText(ruleId))}[/]";
    }

    private static string Status(Violation v, Acceptance.FindingReview? review)
    {
        if (review?.AcceptedFor(v) is not null)
        {
            return $"[cyan]{Markup.Escape(Strings.Status_Accepted)}[/]";
        }

        var status = ViolationText.Status(v);
        var text = review?.ChangedSince(v) is not null ? Localized.Format(Strings.Status_Changed, status) : status;
        return $"[{(v.Status == ViolationStatus.Failed && v.Severity == RuleSeverity.Error ? "red" : "yellow")}]{Markup.Escape(text)}[/]";
    }

    /// <summary>Under a table of violations: each accepted one with its note, and what an accepted one was before it changed.</summary>
    private static void WriteAccepted(IAnsiConsole console, IEnumerable<object> subjects, Acceptance.FindingReview? review)
    {
        if (review is null)
        {
            return;
        }

        foreach (var subject in subjects)
        {
            if (review.AcceptedFor(subject) is { } accepted)
            {
                console.MarkupLine($"  [cyan]{Markup.Escape(Strings.Status_Accepted)}[/] {Markup.Escape(Localized.Format(Strings.Console_AcceptedEntry, accepted.Rule, accepted.Note, accepted.By, accepted.On))}");
            }
            else if (review.ChangedSince(subject) is { } changed)
            {
                console.MarkupLine($"  [red]{Markup.Escape(Strings.Console_ChangedSinceAccepted)}[/] {Markup.Escape(Localized.Format(Strings.Console_AcceptedWith, changed.Rule, Acceptance.Finding.Describe(changed.Values), changed.Note, changed.By, changed.On))}");
            }
        }
    }

    public static string Summary(IReadOnlyList<ReportCheck> checks) =>
        Localized.Format(Strings.Console_ReportsSummary, checks.Count, checks.Count(c => c.ExitCode == ExitCodes.Holds), checks.Count(c => c.ExitCode == ExitCodes.RuleFails), checks.Count(c => c.ExitCode == ExitCodes.Unreadable),
            checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Failed)), checks.Sum(c => c.Violations.Count(v => v.Status == ViolationStatus.Incomplete)));

    private static void Write(IAnsiConsole console, ReportCheck check, bool verbose)
    {
        var reading = check.Reading;
        if (check.Unreadable is { } why)
        {
            // Nothing of it could be read (a scanned PDF, a .doc, not a report): one line says what, no empty tables.
            console.MarkupLine($"[red]{Markup.Escape(reading.Source)}: {Markup.Escape(Localized.Format(Strings.Console_CannotBeChecked, why))}[/]");
            return;
        }

        Header(console, reading.Source);
        var document = SourcePlace.Document(reading);
        console.MarkupLine($"[bold]{Markup.Escape(reading.Header.Place ?? Strings.Console_PlaceNotStated)}[/], {Markup.Escape(reading.Header.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Strings.Console_YearNotStated)} · {Markup.Escape(Localized.Format(Strings.Console_Format, reading.Format.Template.Notice, Evidence(reading.FormatEvidence)))}{(document.Length > 0 ? " · " + Markup.Escape(document) : "")}");
        foreach (var note in reading.DocumentNotes)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(note)}");
        }

        if (check.FormatWarning is { } formatWarning)
        {
            console.MarkupLine($"  [yellow]• {Markup.Escape(Localized.Format(Strings.Console_Warning, formatWarning))}[/]");
        }

        if (reading.FormatDisagreement is { } disagreement)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(disagreement)}");
        }

        if (reading.InputProblem is { } inputProblem)
        {
            console.MarkupLine($"  [yellow]•[/] {Markup.Escape(inputProblem)}");
        }

        var tables = NewTable(console).AddColumns(Strings.Column_Table, Strings.Column_Read, Strings.Column_Rules, Strings.Column_Details);
        foreach (var verdict in check.Tables)
        {
            tables.AddRow(Markup.Escape(verdict.Reading.Metadata.ShortTitle), State(verdict), Outcome(verdict), Markup.Escape(Details(verdict.Reading)));
        }

        console.Write(tables);
        foreach (var table in reading.Tables.Where(r => r.IsRead))
        {
            foreach (var line in Details(reading, table, includeProblems: true))
            {
                console.MarkupLine($"  [yellow]•[/] {Markup.Escape(line)}");
            }
        }

        if (check.Violations.Count > 0)
        {
            // A PDF's cells are found by page: the column says where each violation's cells were printed.
            var paged = reading.DocumentKind == DocumentKind.Pdf;
            var violations = NewTable(console).AddColumns(Strings.Column_Rule, Strings.Column_Status, Strings.Column_Table, Strings.Column_Row, Strings.Column_Column, Strings.Column_Reported, Strings.Column_Computed);
            if (paged)
            {
                violations.AddColumn(Strings.Column_Page);
            }

            foreach (var v in check.Violations)
            {
                var cells = new List<string>
                {
                    Markup.Escape(v.RuleId),
                    Status(v, check.Review),
                    Markup.Escape(v.Table.ShortTitle),
                    Markup.Escape(ViolationText.Rows(v)),
                    Markup.Escape(ViolationText.Columns(v)),
                    Markup.Escape(ViolationText.Reported(v, verbose)),
                    Markup.Escape(ViolationText.Value(v.Computed)),
                };
                if (paged)
                {
                    cells.Add(Markup.Escape(SourcePlace.Pages(reading, v)));
                }

                violations.AddRow(cells.ToArray());
            }

            console.Write(violations);
            WriteAccepted(console, check.Violations, check.Review);
        }

        if (check.Localization is { } localization)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(SuspectText.Summary(localization) + SourcePlace.SuspectPages(reading, localization))}[/]");
            foreach (var other in localization.Suspects.Skip(1))
            {
                console.MarkupLine($"  [grey]{Markup.Escape(Localized.Format(Strings.Console_Or, SuspectText.Describe(other)))}[/]");
            }

            foreach (var imputed in localization.Imputed)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(Localized.Format(Strings.Console_Pinned, imputed.Row, imputed.Column, imputed.Suggested))}[/]");
            }
        }

        WriteClaims(console, check);
        var acceptedFailures = check.Violations.Count(v => v.Status == ViolationStatus.Failed && check.Review?.IsAccepted(v) == true);
        var notRead = string.Join("; ", reading.Tables.Where(r => !r.IsRead).Select(r => $"{r.Metadata.ShortTitle} {r.Why}"));
        console.MarkupLine(check.ExitCode switch
        {
            ExitCodes.Holds when acceptedFailures > 0 => $"[cyan]{Markup.Escape(Localized.Format(Strings.Console_AcceptedHolds, acceptedFailures))}[/]",
            ExitCodes.Holds => $"[green]{Markup.Escape(Strings.Console_EveryRuleHolds)}[/]",
            ExitCodes.RuleFails => $"[red]{Markup.Escape(Localized.Format(Strings.Console_Failed, check.Violations.Count(v => v.Status == ViolationStatus.Failed)))}[/]"
                + (reading.AllTablesRead ? "" : $"[red]{Markup.Escape(Localized.Format(Strings.Console_NotRead, notRead))}[/]"),
            _ => $"[red]{Markup.Escape(Localized.Format(Strings.Console_CannotBeChecked, notRead))}[/]",
        });
        console.WriteLine();
    }

    /// <summary>The figures the text states, each against the tables; those it does not state in one line.</summary>
    private static void WriteClaims(IAnsiConsole console, ReportCheck check)
    {
        var stated = check.Claims.Where(c => c.Status != ClaimStatus.NotStated).ToList();
        if (check.Claims.Count == 0)
        {
            return;
        }

        console.MarkupLine($"  [bold]{Markup.Escape(Strings.Console_TextAndTables)}[/]");
        foreach (var claim in stated)
        {
            var color = claim.Status switch
            {
                ClaimStatus.Holds => "green",
                ClaimStatus.Fails => claim.IsError ? "red" : "yellow",
                _ => "grey",
            };
            var entry = check.Review?.AcceptedFor(claim);
            var accepted = entry is not null ? Localized.Format(Strings.Claim_Accepted, entry.Note, entry.By, entry.On) : check.Review?.ChangedSince(claim) is not null ? Strings.Claim_Changed : "";
            console.MarkupLine($"  [{(entry is not null ? "cyan" : color)}]•[/] {Markup.Escape(ClaimText.Line(claim) + accepted)}");
        }

        var unstated = check.Claims.Where(c => c.Status == ClaimStatus.NotStated).Select(c => c.Claim.Id).ToList();
        if (unstated.Count > 0)
        {
            console.MarkupLine($"  [grey]• {Markup.Escape(Localized.Format(Strings.Claim_NotStated, string.Join(", ", unstated)))}[/]");
        }
    }

    /// <summary>Every line a reader of the report should see about how a table was read, in the order it was read.</summary>
    public static IEnumerable<string> Details(ReportReading reading, TableReading table, bool includeProblems) =>
        table.LooseMatches.Select(m => SourcePlace.Located(reading, m.Line, m.ToString()))
            .Concat(includeProblems ? table.Problems.Select(p => SourcePlace.Located(reading, p.Line, p.ToString())) : Enumerable.Empty<string>())
            .Concat(table.Decoded.Select(d => SourcePlace.Located(reading, d.Line, d.ToString())))
            .Concat(table.Inferred.Select(i => SourcePlace.Located(reading, i.Line, i.ToString())))
            .Concat(table.NotApplicable.GroupBy(m => (m.Line, m.Row)).Select(row => SourcePlace.Located(reading, row.Key.Line,
                Localized.Format(Strings.Details_NotApplicable, row.Key.Line, row.Key.Row.UnambiguousLabel, row.Count(), string.Join(", ", row.Select(m => $"{m.Column.UnambiguousLabel} '{m.Mark}'"))))))
            .Concat(table.Notes.Select(n => SourcePlace.Located(reading, n.Line, n.ToString())));

    private static string Details(TableReading reading) => reading.State switch
    {
        TableState.Missing or TableState.Empty => reading.Why,
        _ => string.Join(", ", new[]
        {
            reading.LooseMatches.Count > 0 ? Localized.Format(Strings.Details_Loose, reading.LooseMatches.Count) : "",
            reading.Problems.Count > 0 ? Localized.Format(Strings.Details_Problems, reading.Problems.Count) : "",
            reading.Decoded.Count > 0 ? Localized.Format(Strings.Details_Decoded, reading.Decoded.Count, string.Join(", ", reading.Decoded.SelectMany(d => d.Rules).Select(r => r.Id).Distinct())) : "",
            reading.Inferred.Count > 0 ? Localized.Format(Strings.Details_Inferred, reading.Inferred.Count) : "",
        }.Where(s => s.Length > 0)),
    };

    private static string State(TableVerdict verdict) => verdict.Reading.State switch
    {
        TableState.Complete => $"[green]{Markup.Escape(verdict.ReadingText)}[/]",
        TableState.Incomplete => $"[yellow]{Markup.Escape(Strings.Reading_Incomplete)}[/]",
        TableState.Empty => $"[red]{Markup.Escape(Strings.Reading_Empty)}[/]",
        _ => $"[red]{Markup.Escape(Strings.Reading_Missing)}[/]",
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
        FormatEvidence.Override => Strings.Evidence_Override,
        FormatEvidence.Notice => Strings.Evidence_Notice,
        FormatEvidence.Year => Strings.Evidence_Year,
        _ => Strings.Evidence_Shape,
    };
}
