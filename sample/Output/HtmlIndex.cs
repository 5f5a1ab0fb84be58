using System.Globalization;
using System.Net;
using System.Text;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Output;

/// <summary>
/// The index of a folder rendered page by page: the run at a glance (rules by how often they fail, bodies by year with
/// the missing years, the worst reports), each report linked to its page, and every file that has no page with why.
/// </summary>
internal static class HtmlIndex
{
    /// <summary>The page's file name for a report: its source file's name, so two files of one name never share a page.</summary>
    public static string PageOf(ReportCheck check) => check.Reading.Source + ".html";

    public static string Write(CheckRun run)
    {
        var summary = RunSummary.Of(run);
        var html = new StringBuilder();
        var title = Localized.Format(Strings.Index_Title, run.Checks.Count + run.Unreadable.Count);
        html.Append($"<!DOCTYPE html>\n<html lang=\"{Localized.HtmlLanguage}\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(HtmlLayout.Style).Append("</style>\n</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");

        html.Append("<h2>").Append(E(Strings.Index_Rules)).Append("</h2>\n<table>\n<tr>");
        foreach (var heading in new[] { Strings.Column_Rule, Strings.Column_Table, Strings.Column_Holds, Strings.Column_Fails, Strings.Column_Incomplete, Strings.Column_NotChecked })
        {
            html.Append("<th>").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var tally in summary.Rules)
        {
            html.Append("<tr><td>").Append(E(tally.Rule)).Append("</td><td>").Append(E(tally.Table)).Append("</td>")
                .Append(Count(tally.Holds, "")).Append(Count(tally.Fails, "failed")).Append(Count(tally.Incomplete, "")).Append(Count(tally.NotChecked, "")).Append("</tr>\n");
        }

        html.Append("</table>\n");
        if (summary.Bodies.Count > 0)
        {
            html.Append("<h2>").Append(E(Strings.Index_BodiesByYear)).Append("</h2>\n<table>\n<tr><th>").Append(E(Strings.Column_Body)).Append("</th>");
            foreach (var year in summary.Years)
            {
                html.Append("<th>").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var body in summary.Bodies)
            {
                html.Append("<tr><th>").Append(E(body.Body)).Append("</th>");
                foreach (var year in summary.Years)
                {
                    var reports = run.Checks.Where(c => c.Unreadable is null && c.Reading.Header.Year == year && Acceptance.Finding.BodyOf(c) == body.Body).ToList();
                    if (!body.Verdicts.TryGetValue(year, out var verdict))
                    {
                        html.Append("<td class=\"na\">").Append(E(Strings.Index_NoReport)).Append("</td>");
                        continue;
                    }

                    html.Append("<td").Append(verdict.Outcome == "fails" ? " class=\"failed\"" : "").Append('>')
                        .Append(string.Join(" ", reports.Select(r => $"<a href=\"{E(Uri.EscapeDataString(PageOf(r)))}\">{E(reports.Count > 1 ? r.Reading.Source : Localized.Verdict(verdict))}</a>")))
                        .Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        if (summary.Worst.Count > 0)
        {
            html.Append("<h2>").Append(E(Strings.Index_Worst)).Append("</h2>\n<ol>\n");
            foreach (var report in summary.Worst)
            {
                // The line's words come from the resources (no markup in them); each value is escaped, the file name is a link.
                var link = $"<a href=\"{E(Uri.EscapeDataString(PageOf(report.Check)))}\">{E(report.Check.Reading.Source)}</a>";
                html.Append("<li>").Append(Localized.Format(Strings.Worst_Line, link, E(Acceptance.Finding.BodyOf(report.Check)), report.Check.Reading.Header.Year, report.Failed, E(string.Join(", ", report.Rules)))).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        var pageless = run.Checks.Where(c => c.Unreadable is not null).Select(c => (c.Reading.Source, Reason: c.Unreadable!))
            .Concat(run.Unreadable.Select(u => (Source: u.Source, u.Reason))).ToList();
        var undated = run.Checks.Where(c => c.Unreadable is null && c.Reading.Header.Year is null).ToList();
        if (pageless.Count + undated.Count > 0)
        {
            html.Append("<h2>").Append(E(Strings.Index_Unplaced)).Append("</h2>\n<ul>\n");
            undated.ForEach(c => html.Append("<li><a href=\"").Append(E(Uri.EscapeDataString(PageOf(c)))).Append("\">").Append(E(c.Reading.Source)).Append("</a>: ").Append(E(Strings.Index_NoYear)).Append("</li>\n"));
            pageless.ForEach(p => html.Append("<li>").Append(E(p.Source.Length > 0 ? $"{p.Source}: {p.Reason}" : p.Reason)).Append("</li>\n"));
            html.Append("</ul>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();

        static string Count(int count, string cssClass) => $"<td class=\"value{(count > 0 && cssClass.Length > 0 ? " " + cssClass : "")}\">{count}</td>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
