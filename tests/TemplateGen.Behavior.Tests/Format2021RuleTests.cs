using Shouldly;
using TemplateGen;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>The generated checks of the 2021 format, on the numbers of a real report (seed 000).</summary>
public sealed class Format2021RuleTests
{
    [Fact]
    public void The_published_report_balances_under_every_rule()
    {
        var result = SeedReports.Shapingba2021().Validate();

        ViolationText.Of(result).ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void Lowering_the_natural_person_results_total_by_one_fails_S1_and_I1_in_that_column_and_I2_in_that_row()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.ResultsTotal.NaturalPersons = 233;

        var result = report.Validate();

        ViolationText.Of(result).ShouldBe(new[]
        {
            "S1 Failed Applications.NaturalPersons 237 236",
            "I1 Failed Applications.NaturalPersons 233 234",
            "I2 Failed Applications.ResultsTotal 240 239",
        });
        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void New_applications_that_do_not_match_the_outcomes_fail_S1_alone()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.NewApplications.NaturalPersons = 237;
        report.Applications.NewApplications.Total = 243;

        ViolationText.Of(report.Validate()).ShouldBe(new[]
        {
            "S1 Failed Applications.NaturalPersons 238 237",
            "S1 Failed Applications.Total 244 243",
        });
    }

    [Fact]
    public void An_outcome_total_that_is_not_the_sum_of_its_outcomes_fails_I1_even_though_S1_holds()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.Granted.NaturalPersons = 128;
        report.Applications.Granted.Total = 128;

        ViolationText.Of(report.Validate()).ShouldBe(new[]
        {
            "I1 Failed Applications.NaturalPersons 234 233",
            "I1 Failed Applications.Total 240 239",
        });
    }

    [Fact]
    public void A_row_total_that_is_not_the_sum_of_the_applicant_columns_fails_I2_for_that_row()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.Granted.Total = 130;

        ViolationText.Of(report.Validate()).ShouldBe(new[]
        {
            "I1 Failed Applications.Total 240 241",
            "I2 Failed Applications.Granted 130 129",
        });
    }

    [Fact]
    public void A_review_total_that_is_not_the_sum_of_its_outcomes_fails_I3()
    {
        var report = SeedReports.Shapingba2021();
        report.ReviewsAndLitigation.Cases.ReviewTotal = 16;

        var violation = report.Validate().Violations.ShouldHaveSingleItem();

        ViolationText.Of(report.Validate()).ShouldBe(new[] { "I3 Failed ReviewsAndLitigation.Cases 16 15" });
        violation.Cells.Select(c => c.Column.Label).ShouldBe(new[] { "总计", "结果维持", "结果纠正", "其他结果", "尚未审结" });
        violation.Severity.ShouldBe(RuleSeverity.Error);
        violation.Rule.Message.ShouldBe("总计等于结果维持、结果纠正、其他结果、尚未审结之和");
    }

    [Fact]
    public void A_blank_grand_total_makes_its_rules_incomplete_not_failed()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.ResultsTotal.Total = null;

        var result = report.Validate();

        ViolationText.Of(result).ShouldBe(new[]
        {
            "S1 Incomplete Applications.Total blank blank",
            "I1 Incomplete Applications.Total blank blank",
            "I2 Incomplete Applications.ResultsTotal blank blank",
        });
        result.IsValid.ShouldBeTrue();
        result.IsBalanced.ShouldBeFalse();
        result.Violations[1].Cells.Where(c => c.Value is null).Select(c => c.Row.FullLabel + "/" + c.Column.Label).ShouldBe(new[] { "（七）总计/总计" });
    }

    [Fact]
    public void A_negative_count_fails_the_domain_rule()
    {
        var report = SeedReports.Shapingba2021();
        report.Licensing.AdministrativeLicensing.Decisions = -1;

        ViolationText.Of(report.Validate()).ShouldBe(new[] { "P1 Failed Licensing.Decisions -1 blank" });
    }

    [Fact]
    public void A_violation_reads_as_one_line_with_rule_labels_and_values()
    {
        var report = SeedReports.Shapingba2021();
        report.ReviewsAndLitigation.Cases.ReviewTotal = 16;

        report.Validate().Violations[0].ToString()
            .ShouldBe("I3 error failed in ReviewsAndLitigation at Cases / 行政复议 › 总计: reported 16, computed 15 (总计等于结果维持、结果纠正、其他结果、尚未审结之和)");
    }

    [Fact]
    public void Incomplete_violations_of_one_rule_in_one_row_name_each_group_and_read_differently()
    {
        var report = SeedReports.Shapingba2021();
        for (var column = 0; column < GovDisclosure.Y2021.ReviewsAndLitigation.Metadata.DataColumns.Count; column++)
        {
            report.ReviewsAndLitigation.SetValue(0, column, null);
        }

        var lines = report.Validate().Violations.Select(v => v.ToString()).ToList();

        lines.Count.ShouldBe(3);
        lines.Distinct().Count().ShouldBe(3);
        lines[0].ShouldStartWith("I3 error incomplete in ReviewsAndLitigation at Cases / 行政复议 › 总计: blank Cases / 行政复议 › 总计; Cases / 行政复议 › 结果维持;");
        lines[1].ShouldContain("行政诉讼 › 未经复议直接起诉 › 总计");
    }

    [Fact]
    public void ComputeTotals_fills_every_total_from_its_parts_in_dependency_order()
    {
        var expected = SeedReports.Shapingba2021();
        var report = SeedReports.Shapingba2021();
        report.Applications.ResultsTotal.NaturalPersons = null;
        report.Applications.ResultsTotal.Total = null;
        report.Applications.NewApplications.Total = null;
        report.ReviewsAndLitigation.Cases.AfterReviewTotal = null;

        report.ComputeTotals();

        report.Applications.ResultsTotal.NaturalPersons.ShouldBe(expected.Applications.ResultsTotal.NaturalPersons);
        report.Applications.ResultsTotal.Total.ShouldBe(240);
        report.Applications.NewApplications.Total.ShouldBe(242);
        report.ReviewsAndLitigation.Cases.AfterReviewTotal.ShouldBe(10);
        report.Validate().IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void ComputeTotals_leaves_a_total_alone_when_a_part_is_blank()
    {
        var report = SeedReports.Shapingba2021();
        report.ReviewsAndLitigation.Cases.ReviewUpheld = null;

        report.ComputeTotals();

        report.ReviewsAndLitigation.Cases.ReviewTotal.ShouldBe(15);
    }

    [Fact]
    public void Validate_allocates_nothing_when_the_report_balances()
    {
        var report = SeedReports.Shapingba2021();
        _ = report.Validate(); // warm-up: first-call costs are not what is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = report.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.IsBalanced.ShouldBeTrue();
        allocated.ShouldBe(0);
    }

    [Fact]
    public void Setting_a_fraction_in_a_count_column_is_refused_with_the_column_named()
    {
        IReportTable table = new GovDisclosure.Y2021.Applications();

        var error = Should.Throw<ArgumentException>(() => table.SetValue(0, 0, 1.5m));

        error.Message.ShouldStartWith("Column 'NaturalPersons' (自然人) holds whole numbers; 1.5 is not one.");
    }
}
