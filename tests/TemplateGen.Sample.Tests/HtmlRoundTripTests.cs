using Shouldly;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>The sample's HTML page of a report reads back into the same values.</summary>
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
}
