using Shouldly;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>The generated checks of the 2019 format, on the numbers of a real report (seed 002).</summary>
public sealed class Format2019RuleTests
{
    [Fact]
    public void The_published_report_balances_under_every_rule_with_its_signed_changes()
    {
        var report = SeedReports.Jinning2020();

        var result = report.Validate();

        ViolationText.Of(result).ShouldBeEmpty();
        report.Licensing.AdministrativeLicensing.Change.ShouldBe(-15);
        report.Enforcement.Penalties.Change.ShouldBe(49);
        report.Procurement.CentralizedProcurement.TotalAmount.ShouldBe(610.6988m);
    }

    [Fact]
    public void Other_handling_is_a_single_row_in_2019_so_I1_adds_it_directly()
    {
        var report = SeedReports.Jinning2020();
        report.Applications.OtherHandling.NaturalPersons = 1;
        report.Applications.OtherHandling.Total = 1;

        ViolationText.Of(report.Validate()).ShouldBe(new[]
        {
            "I1 Failed Applications.NaturalPersons 8 9",
            "I1 Failed Applications.Total 9 10",
        });
    }
}
