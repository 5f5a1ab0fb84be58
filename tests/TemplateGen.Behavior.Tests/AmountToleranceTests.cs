using Shouldly;
using TemplateGen.Behavior.Tests.Amounts;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>
/// 万元 amounts compare with a tolerance derived from the decimals each value was reported with (half a
/// unit in its last decimal, summed over the terms, as in XBRL Calculations 1.1), not a fixed epsilon.
/// </summary>
public sealed class AmountToleranceTests
{
    [Fact]
    public void A_total_rounded_to_two_decimals_holds_against_parts_reported_with_more()
    {
        var result = Fees(5.123m, 7.2261m, total: 12.35m).Validate();

        // |12.35 - 12.3491| = 0.0009 <= 0.005 + 0.0005 + 0.00005
        result.IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void A_total_off_by_more_than_its_rounding_fails()
    {
        var result = Fees(5.123m, 7.2261m, total: 12.36m).Validate();

        // |12.36 - 12.3491| = 0.0109 > 0.00555
        ViolationText.Of(result).ShouldBe(new[] { "A1 Failed Fees.Amount 12.36 12.3491" });
    }

    [Fact]
    public void The_tolerance_follows_the_decimals_reported_so_a_coarse_total_is_judged_coarsely()
    {
        // 12 (0 decimals) stands for 11.5 to 12.5: 12.3491 is inside.
        Fees(5.123m, 7.2261m, total: 12m).Validate().IsBalanced.ShouldBeTrue();

        // 12.00 (2 decimals) stands for 11.995 to 12.005: 12.3491 is not.
        ViolationText.Of(Fees(5.123m, 7.2261m, total: 12.00m).Validate()).ShouldBe(new[] { "A1 Failed Fees.Amount 12.00 12.3491" });
    }

    private static Report Fees(decimal licensing, decimal services, decimal total)
    {
        var report = new Report();
        report.Fees.Licensing.Amount = licensing;
        report.Fees.Services.Amount = services;
        report.Fees.Total.Amount = total;
        return report;
    }
}
