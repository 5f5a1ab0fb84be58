using Shouldly;
using TemplateGen.Reading;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>A template's own claim, at error severity and over an amount, as a user's project generates and reads it.</summary>
public sealed class ClaimSeverityTests
{
    private static ClaimResult Fees(string narrative, string total) =>
        ReportReader.Read<Claims.Report>("某单位2021年收费情况\n" + narrative + "\n一、收费情况\n项目 | 收费金额（单位：万元） |\n1.行政许可收费 | 10.25 |\n2.其他服务收费 | 2.25 |\n3.合计 | " + total + " |\n")
            .CheckClaims().ShouldHaveSingleItem();

    [Fact]
    public void The_generated_metadata_carries_the_templates_claim()
    {
        var claim = Claims.Report.Metadata.Claims.ShouldHaveSingleItem();

        (claim.Id, claim.Label, claim.Severity).ShouldBe(("F1", "全年收费", RuleSeverity.Error));
        claim.Cells.ShouldHaveSingleItem().ToString().ShouldBe("Fees.Total.Amount");
        claim.Patterns.ShouldHaveSingleItem().ShouldBe("共收取[^。；\\d]{0,8}?(\\d+(?:\\.\\d+)?)\\s*万元");
        claim.NotNear.ShouldBe(new[] { "同比" });
    }

    [Fact]
    public void An_amount_the_text_states_as_the_table_does_holds()
    {
        var claim = Fees("全年共收取各类费用12.5万元。", "12.50");

        (claim.Status, claim.Stated, claim.Value, claim.IsError).ShouldBe((ClaimStatus.Holds, 12.5m, 12.50m, false));
    }

    [Theory]
    [InlineData("12.5", "12.54", ClaimStatus.Holds)] // the text rounds to its last decimal
    [InlineData("12.5", "12.56", ClaimStatus.Fails)]
    [InlineData("13", "12.54", ClaimStatus.Holds)] // 13 stands for 12.5 to 13.5
    [InlineData("12", "12.54", ClaimStatus.Fails)]
    public void An_amount_stands_for_half_a_unit_of_its_last_stated_decimal(string stated, string total, ClaimStatus status)
    {
        Fees($"全年共收取各类费用{stated}万元。", total).Status.ShouldBe(status);
    }

    [Fact]
    public void A_claim_the_template_makes_an_error_fails_as_an_error()
    {
        var claim = Fees("全年共收取各类费用14万元。", "12.50");

        (claim.Status, claim.IsError).ShouldBe((ClaimStatus.Fails, true));
        claim.ToString().ShouldBe("F1 全年收费: the text states 14, the tables 12.50 (line 2: “全年共收取各类费用14万元。”)");
    }
}
