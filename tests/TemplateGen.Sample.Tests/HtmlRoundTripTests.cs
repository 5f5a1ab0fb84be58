using Shouldly;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>The sample's HTML page of a report: it reads back into the same values and marks how cells were read.</summary>
public sealed class HtmlRoundTripTests
{
    [Fact]
    public void The_official_layout_rendered_as_html_reads_back_complete()
    {
        var original = ReportCheck.Run("000", ReportFiles.Report(ReportFiles.Shapingba2021));

        var roundTrip = ReportCheck.Run("000.html", Output.HtmlLayout.Write(original));

        roundTrip.Reading.Tables.Select(r => r.State).ShouldAllBe(s => s == TableState.Complete);
        roundTrip.Reading.FormatEvidence.ShouldBe(FormatEvidence.Shape);
        foreach (var (table, copy) in original.Reading.Report.Tables.Zip(roundTrip.Reading.Report.Tables))
        {
            foreach (var row in table.Metadata.DataRows)
            {
                foreach (var column in table.Metadata.DataColumns)
                {
                    copy.GetValue(row.DataIndex, column.DataIndex).ShouldBe(table.GetValue(row.DataIndex, column.DataIndex), $"{table.Metadata.Id} {row.Id} {column.Id}");
                }
            }
        }
    }

    [Fact]
    public void The_page_marks_cells_decoded_by_a_rule_and_says_each_tables_verdict()
    {
        var check = ReportCheck.Run("2021", File.ReadAllText(ReportFiles.RealReport("series/published/pingtan-admin-2021.txt")));

        var page = Output.HtmlLayout.Write(check);

        page.ShouldContain("<td class=\"value decoded\" title=\"decoded by rule I2 from &#39;640020470&#39;\">64</td>");
        page.ShouldContain("<p class=\"verdict\">read, with decoded or inferred cells; rules hold (I1, I2 used to read cells, so no evidence for those rows)</p>");
    }
}
