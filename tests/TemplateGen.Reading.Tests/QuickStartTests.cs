using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>The reading library as the README shows it: a published report into a generated report, validated.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void A_seed_report_reads_into_the_generated_2021_report_and_validates_in_three_lines()
    {
        var text = TestReports.Seed(TestReports.Shapingba2021);

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text, "000-shapingba-2021.txt");
        var result = reading.Validate();

        result.IsBalanced.ShouldBeTrue();
        reading.Report.Applications.ResultsTotal.NaturalPersons.ShouldBe(234);
        reading.Tables.Select(t => t.State).ShouldAllBe(s => s == TableState.Complete);
        reading.FormatEvidence.ShouldBe(FormatEvidence.Override);
        reading.InputProblem.ShouldBeNull();
        (reading.Header.Place, reading.Header.Year).ShouldBe(("重庆市沙坪坝区", (int?)2021));
    }

    [Fact]
    public void A_pdf_reads_from_its_bytes_and_each_violation_names_its_page_as_the_readme_shows()
    {
        var bytes = TestReports.RealBytes("pdf/huaian-hongze-2023.pdf");

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(bytes, "report.pdf");
        var lines = reading.Validate().Violations.Select(violation => $"{violation} ({reading.PageOf(violation.Cells[0].Row)})").ToList();

        reading.DocumentKind.ShouldBe(DocumentKind.Pdf);
        reading.Report.Applications.NewApplications.Total.ShouldBe(21);
        lines.Count.ShouldBe(2);
        lines.ShouldAllBe(line => line.EndsWith("(4)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_with_a_failed_rule_says_which_cells_and_why()
    {
        var text = TestReports.Seed(TestReports.Shapingba2021).Replace("(七)总计 |\n234 |", "(七)总计 |\n233 |", StringComparison.Ordinal);

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        var failed = reading.Validate().Violations.Where(v => v.Status == ViolationStatus.Failed).ToList();
        failed.Select(v => (v.RuleId, v.Line.Label, v.Reported, v.Computed)).ShouldBe(new[]
        {
            ("S1", "自然人", (decimal?)237, (decimal?)236),
            ("I1", "自然人", (decimal?)233, (decimal?)234),
            ("I2", "总计", (decimal?)240, (decimal?)239),
        });
    }

    [Fact]
    public void A_lost_cell_that_the_row_total_pins_down_is_inferred_and_says_by_which_rule()
    {
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(TestReports.Seed(TestReports.Hongqi2021));

        var applications = reading.Tables.Single(t => t.Metadata.Id == "Applications");
        applications.State.ShouldBe(TableState.Incomplete);
        var inferred = applications.Inferred.First();
        (inferred.Row.Id, inferred.Column.Id, inferred.Value, inferred.Rule.Id).ShouldBe(("NewApplications", "NaturalPersons", 6m, "I2"));
        reading.InferredAt(inferred.Row, inferred.Column).ShouldBeSameAs(inferred);
    }
}
