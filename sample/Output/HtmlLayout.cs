using System.Globalization;
using System.Net;
using System.Text;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Output;

/// <summary>
/// Writes a checked report's tables in the official layout, as one standalone HTML page. Row and column
/// spans come from the generated metadata (hierarchy and data descendants), not from a hand-drawn layout,
/// so a new format renders without changes. Failed and inferred cells are highlighted, with a legend.
/// </summary>
internal static class HtmlLayout
{
    /// <summary>The page's styles, shared with the index of a folder's pages.</summary>
    internal const string Style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 2em; }
        th, td { border: 1px solid #888; padding: 0.25em 0.5em; }
        th { background: #f2f2f2; font-weight: normal; }
        td.value { text-align: right; min-width: 3em; }
        .failed { background: #fbe3e0; }
        .suspect { outline: 3px solid #c0392b; outline-offset: -3px; background: #f8c9c4; font-weight: bold; }
        .inferred { background: #cfe3f7; font-style: italic; }
        .decoded { text-decoration: underline dotted; }
        .na { color: #777; text-align: center; }
        .verdict { color: #444; }
        .failed.inferred { background: linear-gradient(135deg, #f8c9c4 50%, #cfe3f7 50%); }
        .legend span { display: inline-block; padding: 0.1em 0.6em; margin-right: 1em; border: 1px solid #888; }
        """;

    /// <param name="check">The checked report.</param>
    /// <param name="previousYear">The report checked against the same body's previous year (X1 to X4), when one was given.</param>
    public static string Write(ReportCheck check, YearPair? previousYear = null)
    {
        var reading = check.Reading;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{Localized.HtmlLanguage}\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(Title(check))).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(Title(check))).Append("</h1>\n")
            .Append("<p>").Append(E($"{reading.Format.Template.Title} {reading.Format.Template.Notice}")).Append("</p>\n")
            .Append(SourcePlace.Document(reading) is { Length: > 0 } document ? $"<p>{E(document)}</p>\n" : "")
            .Append($"<p class=\"legend\"><span class=\"suspect\">{E(Strings.Legend_Suspect)}</span><span class=\"failed\">{E(Strings.Legend_Failed)}</span><span class=\"inferred\">{E(Strings.Legend_Inferred)}</span><span class=\"decoded\">{E(Strings.Legend_Decoded)}</span><span class=\"na\">{E(Strings.Legend_NotApplicable)}</span></p>\n");
        string? section = null;
        foreach (var table in reading.Tables)
        {
            // Headings as the forms print them, so the page reads back like a published report.
            var metadata = table.Metadata;
            if (metadata.SectionNumber + metadata.SectionLabel != section)
            {
                section = metadata.SectionNumber + metadata.SectionLabel;
                html.Append("<h2>").Append(E(section)).Append("</h2>\n");
            }

            if (metadata.Number.Length + metadata.Label.Length > 0)
            {
                html.Append("<h3>").Append(E(metadata.Number + metadata.Label)).Append("</h3>\n");
            }

            var verdict = TableVerdict.Of(table, check.Violations);
            if (check.Localization is { Suspects.Count: > 0 } localization && localization.Suspects[0].Cells.Any(c => c.Table == metadata))
            {
                html.Append("<p class=\"verdict\"><strong>").Append(E(SuspectText.Summary(localization) + SourcePlace.SuspectPages(reading, localization))).Append("</strong></p>\n");
            }

            var pages = SourcePlace.Pages(reading, table);
            html.Append("<p class=\"verdict\">").Append(E(Localized.Format(Strings.Verdict_Line, verdict.ReadingText, verdict.OutcomeText) + (pages.Length > 0 ? Localized.Format(Strings.Pages_Suffix, pages) : ""))).Append("</p>\n");
            if (!table.IsRead)
            {
                html.Append("<p>").Append(E(table.Why)).Append("</p>\n");
                continue;
            }

            var details = ConsoleReport.Details(reading, table, includeProblems: true).ToList();
            if (details.Count > 0)
            {
                html.Append("<ul>\n");
                details.ForEach(line => html.Append("<li>").Append(E(line)).Append("</li>\n"));
                html.Append("</ul>\n");
            }

            WriteTable(html, check, table);
        }

        WriteClaims(html, check);
        if (previousYear is not null)
        {
            WriteAcrossYears(html, previousYear);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The figures the text states, each against the tables, with the sentence and its number marked.</summary>
    private static void WriteClaims(StringBuilder html, ReportCheck check)
    {
        var stated = check.Claims.Where(c => c.Status != ClaimStatus.NotStated).ToList();
        if (check.Claims.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(E(Strings.Claims_Heading)).Append("</h2>\n<ul class=\"claims\">\n");
        foreach (var claim in stated)
        {
            var mention = claim.Mentions[0];
            var number = mention.Value.ToString(CultureInfo.InvariantCulture);
            var at = mention.Sentence.IndexOf(number, StringComparison.Ordinal);
            var sentence = at < 0 ? E(mention.Sentence) : E(mention.Sentence[..at]) + "<mark>" + E(number) + "</mark>" + E(mention.Sentence[(at + number.Length)..]);
            var verdict = ClaimText.Verdict(claim);
            html.Append("<li").Append(claim.Status == ClaimStatus.Fails ? " class=\"failed\"" : "").Append('>')
                .Append(E(Localized.Format(Strings.PlacePrefix, $"{claim.Claim.Id} {claim.Claim.Label}") + verdict)).Append(" — ").Append(E(Localized.Format(Strings.PlacePrefix, Localized.Where(mention.Page, mention.Line))))
                .Append('“').Append(sentence).Append("”</li>\n");
        }

        var unstated = check.Claims.Where(c => c.Status == ClaimStatus.NotStated).Select(c => c.Claim.Id).ToList();
        if (unstated.Count > 0)
        {
            html.Append("<li class=\"verdict\">").Append(E(Localized.Format(Strings.Claim_NotStated, string.Join(", ", unstated)))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Title(ReportCheck check) => check.Reading.Header is { Year: { } year } header
        ? $"{header.Place}{year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告"
        : check.Reading.Source;

    private static void WriteTable(StringBuilder html, ReportCheck check, TableReading reading)
    {
        var table = reading.Table;
        var metadata = table.Metadata;
        var headerRows = metadata.Columns.Max(c => c.Depth) + 1;
        var labelColumns = metadata.Rows.Max(r => r.Depth) + 1;
        html.Append("<table>\n");
        for (var level = 0; level < headerRows; level++)
        {
            html.Append("<tr>");
            if (level == 0)
            {
                html.Append(Cell("th", metadata.Corner, headerRows, labelColumns));
            }

            foreach (var column in metadata.Columns.Where(c => c.Depth == level))
            {
                html.Append(Cell("th", column.FullLabel, column.IsGroup ? 1 : headerRows - level, column.Span));
            }

            html.Append("</tr>\n");
        }

        foreach (var row in metadata.DataRows)
        {
            html.Append("<tr>");
            // The groups whose first data row this is open here and span down, outermost first.
            foreach (var group in row.Ancestors.Where(g => g.DataDescendants[0] == row))
            {
                html.Append(Cell("th", group.FullLabel, group.Span, 1));
            }

            html.Append(Cell("th", row.FullLabel, 1, labelColumns - row.Depth));
            foreach (var column in metadata.DataColumns)
            {
                var classes = new List<string> { "value" };
                if (check.Suspect(row, column))
                {
                    classes.Add("suspect");
                }
                else if (check.Failed(row, column))
                {
                    classes.Add("failed");
                }

                if (check.Reading.InferredAt(row, column) is not null)
                {
                    classes.Add("inferred");
                }

                var decoded = reading.DecodedAt(row);
                if (decoded is not null)
                {
                    classes.Add("decoded");
                }

                var value = table.GetValue(row.DataIndex, column.DataIndex);
                var marked = reading.NotApplicableAt(row, column);
                if (marked is not null)
                {
                    classes.Add("na");
                }

                var where = SourcePlace.PageOf(check.Reading, row);
                var hint = string.Join("; ", new[] { where, decoded is null ? "" : Localized.Format(Strings.Hint_Decoded, string.Join(", ", decoded.Rules.Select(r => r.Id)), decoded.Printed), marked is null ? "" : Strings.Hint_NotApplicable }.Where(h => h.Length > 0));
                var title = hint.Length == 0 ? "" : $" title=\"{E(hint)}\"";
                html.Append("<td class=\"").Append(string.Join(' ', classes)).Append('"').Append(title).Append('>')
                    .Append(E(value?.ToString(CultureInfo.InvariantCulture) ?? marked?.Mark ?? "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>The rules across reports between this report and the previous year's: each rule's outcome and every violation with the cells of both years.</summary>
    private static void WriteAcrossYears(StringBuilder html, YearPair pair)
    {
        html.Append("<h2>").Append(E(Localized.Format(Strings.AcrossYears_Heading, pair.Years, pair.Previous.Reading.Source, pair.Current.Reading.Source))).Append("</h2>\n<ul>\n");
        foreach (var rule in pair.RulesChecked)
        {
            html.Append("<li").Append(pair.Fails(rule) ? " class=\"failed\"" : "").Append('>').Append(E($"{rule} {pair.OutcomeText(rule)}")).Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (pair.Violations.Count == 0)
        {
            return;
        }

        html.Append("<table>\n<tr>");
        foreach (var heading in new[] { Strings.Column_Rule, Strings.Column_Status, Strings.Column_Table, Strings.Column_Line, Strings.Column_Reported, Strings.Column_Computed, Strings.Column_Cells })
        {
            html.Append("<th>").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var v in pair.Violations)
        {
            html.Append("<tr").Append(v.Status == ViolationStatus.Failed ? " class=\"failed\"" : "").Append('>')
                .Append("<td>").Append(E(v.RuleId)).Append("</td><td>").Append(E(ViolationText.Status(v))).Append("</td><td>").Append(E(v.Table.ShortTitle))
                .Append("</td><td>").Append(E(v.Line.ToString())).Append("</td><td class=\"value\">").Append(E(ViolationText.Value(v.Reported)))
                .Append("</td><td class=\"value\">").Append(E(ViolationText.Value(v.Computed))).Append("</td><td>").Append(E(ViolationText.CellsAcrossYears(v, pair))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Cell(string tag, string text, int rowSpan, int columnSpan)
    {
        var spans = (rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : "") + (columnSpan > 1 ? $" colspan=\"{columnSpan}\"" : "");
        return $"<{tag}{spans}>{E(text)}</{tag}>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

}
