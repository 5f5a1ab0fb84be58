using Shouldly;
using TemplateGen;
using Xunit;
using Y2019 = GovDisclosure.Y2019;
using Y2021 = GovDisclosure.Y2021;

namespace TemplateGen.Behavior.Tests;

/// <summary>
/// The rules across reports (X1 to X4 of ../docs/template-format.md) through the generated ValidateAgainstPrevious
/// overloads: one per format a previous year's report can be in.
/// </summary>
public sealed class AcrossYearsTests
{
    private static readonly decimal[] CarriedForward2020 = { 1, 0, 0, 0, 0, 2, 3 };

    private static Y2019.Report Report2020()
    {
        var report = new Y2019.Report();
        SeedReports.Fill(report.Applications, ("CarriedForward", CarriedForward2020));
        return report;
    }

    private static Y2021.Report Report2021(decimal[] carriedOver)
    {
        var report = new Y2021.Report();
        SeedReports.Fill(report.Applications, ("CarriedOver", carriedOver));
        return report;
    }

    [Fact]
    public void X1_holds_from_a_2020_report_in_the_2019_format_to_a_2021_report()
    {
        var result = Report2021(CarriedForward2020).ValidateAgainstPrevious(Report2020());

        ViolationText.Of(result).ShouldBeEmpty();
        PreviousYearChecks.RulesChecked(Y2021.Report.Metadata, Y2019.Report.Metadata).Select(r => r.Id).ShouldBe(new[] { "X1" });
    }

    [Fact]
    public void X1_fails_across_the_format_change_naming_the_cell_of_each_report()
    {
        var result = Report2021(new decimal[] { 1, 1, 0, 0, 0, 2, 3 }).ValidateAgainstPrevious(Report2020());

        var violation = result.Violations.ShouldHaveSingleItem();
        ViolationText.Of(result).ShouldBe(new[] { "X1 Failed Applications.Commercial 1 0" });
        violation.Severity.ShouldBe(RuleSeverity.Error);
        violation.IsAcrossReports.ShouldBeTrue();
        violation.Cells.Select(c => $"{c.InPreviousReport} {c.Row.Id} {c.Column.Id} {c.Value}").ShouldBe(new[] { "False CarriedOver Commercial 1", "True CarriedForward Commercial 0" });
        violation.Cells[1].Row.ShouldBeSameAs(Y2019.Applications.Metadata.Rows.Single(r => r.Id == "CarriedForward"));
        violation.ToString().ShouldStartWith("X1 error failed in Applications against the previous report at 商业企业: reported 1, computed 0");
    }

    [Fact]
    public void A_blank_cell_makes_X1_incomplete_never_0()
    {
        var previous = Report2020();
        previous.Applications.CarriedForward.Research = null;

        var result = Report2021(CarriedForward2020).ValidateAgainstPrevious(previous);

        ViolationText.Of(result).ShouldBe(new[] { "X1 Incomplete Applications.Research blank blank" });
        result.Violations[0].ToString().ShouldContain("blank previous report: 四、结转下年度继续办理 / 科研机构");
    }

    [Fact]
    public void X2_holds_and_fails_between_two_reports_in_the_2019_format()
    {
        var (previous, current) = (new Y2019.Report(), new Y2019.Report());
        SeedReports.Fill(previous.Licensing, ("AdministrativeLicensing", new decimal[] { 380, 16, 200 }), ("OtherServices", new decimal[] { 12, -2, 90 }));
        SeedReports.Fill(current.Licensing, ("AdministrativeLicensing", new decimal[] { 396, 442, 278 }), ("OtherServices", new decimal[] { 11, 7, 105 }));

        var result = current.ValidateAgainstPrevious(previous);

        // 380 + 16 = 396 holds; 12 + (-2) = 10, not 11. The other tables are blank, so their X2 lines are incomplete.
        ViolationText.Of(result).Where(v => v.Contains("Licensing", StringComparison.Ordinal)).ShouldBe(new[] { "X2 Failed Licensing.OtherServices 11 10" });
        ViolationText.Of(result).ShouldContain("X2 Incomplete Enforcement.Penalties blank blank");
    }

    [Fact]
    public void X3_fails_as_a_warning_the_2020_report_of_pingtan_shows()
    {
        var (previous, current) = (new Y2019.Report(), new Y2019.Report());
        SeedReports.Fill(previous.Regulations, ("Rules", new decimal[] { 0, 0, 0 }), ("NormativeDocuments", new decimal[] { 89, 89, 89 }));
        SeedReports.Fill(current.Regulations, ("Rules", new decimal[] { 0, 0, 7 }), ("NormativeDocuments", new decimal[] { 77, 77, 166 }));

        var result = current.ValidateAgainstPrevious(previous);

        var violation = result.Violations.Single(v => v.RuleId == "X3");
        ViolationText.Of(result).Where(v => v.StartsWith("X3", StringComparison.Ordinal)).ShouldBe(new[] { "X3 Failed Regulations.Rules 7 0" });
        violation.Severity.ShouldBe(RuleSeverity.Warning);
    }

    [Fact]
    public void X4_holds_and_fails_between_two_reports_in_the_2021_format_and_is_left_out_against_the_2019_format()
    {
        var (y2022, y2023) = (new Y2021.Report(), new Y2021.Report());
        SeedReports.Fill(y2022.Regulations, ("Rules", new decimal[] { 0, 0, 0 }), ("NormativeDocuments", new decimal[] { 88, 55, 698 }));
        SeedReports.Fill(y2023.Regulations, ("Rules", new decimal[] { 0, 0, 0 }), ("NormativeDocuments", new decimal[] { 77, 132, 470 }));

        ViolationText.Of(y2023.ValidateAgainstPrevious(y2022)).Where(v => v.StartsWith("X4", StringComparison.Ordinal)).ShouldBe(new[] { "X4 Failed Regulations.NormativeDocuments 602 775" });
        y2023.Regulations.NormativeDocuments.InForce = 643; // 698 + 77 − 132
        ViolationText.Of(y2023.ValidateAgainstPrevious(y2022)).Where(v => v.StartsWith("X4", StringComparison.Ordinal)).ShouldBeEmpty();

        // The 2019 format has no 现行有效件数 (TG0504): X4 is not checked against a 2020 report.
        ViolationText.Of(y2023.ValidateAgainstPrevious(new Y2019.Report())).ShouldAllBe(v => v.StartsWith("X1", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_across_reports_are_never_part_of_one_reports_checks()
    {
        var report = Report2021(new decimal[] { 9, 9, 9, 9, 9, 9, 9 });

        report.Validate().Violations.ShouldNotContain(v => v.RuleId.StartsWith("X", StringComparison.Ordinal));
        Y2021.Applications.Metadata.Rules.Select(r => r.Id).ShouldBe(new[] { "S1", "I1", "I2" });
        Y2021.Applications.Metadata.RulesAcrossReports.Select(r => r.Id).ShouldBe(new[] { "X1" });
    }

    [Fact]
    public void A_report_in_a_format_that_cannot_precede_is_an_argument_error_that_says_which_formats_can()
    {
        PreviousYearChecks.CanCheck(Y2019.Report.Metadata, Y2021.Report.Metadata).ShouldBeFalse();

        var error = Should.Throw<ArgumentException>(() => PreviousYearChecks.Validate(new Y2019.Report(), new Y2021.Report()));

        error.Message.ShouldStartWith("A report in 'gov-info-disclosure-2021' cannot be checked as the year before one in 'gov-info-disclosure-2019': the previous report must be in the same format or in 'gov-info-disclosure-2019'.");
    }
}
