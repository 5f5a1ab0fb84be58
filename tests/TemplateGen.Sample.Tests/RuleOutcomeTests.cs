using Shouldly;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>What the sample reports when published numbers do not balance.</summary>
public sealed class RuleOutcomeTests
{
    [Fact]
    public void A_report_that_holds_under_S1_but_not_I1_exits_1_and_names_the_I1_cells()
    {
        // （一）予以公开 lowered by one in 自然人 and 总计: （七）总计 is no longer the sum of the outcomes,
        // while 一 + 二 = （七）总计 + 四 still holds.
        var text = ReportFiles.Report(ReportFiles.Shapingba2021)
            .Replace("(一)予以公开 |\n129 |\n0 |\n0 |\n0 |\n0 |\n0 |\n129 |", "(一)予以公开 |\n128 |\n0 |\n0 |\n0 |\n0 |\n0 |\n128 |", StringComparison.Ordinal);
        text.ShouldNotBe(ReportFiles.Report(ReportFiles.Shapingba2021));

        var check = ReportCheck.Run("000-altered", text);

        check.ExitCode.ShouldBe(1);
        check.Violations.Select(v => (v.RuleId, ViolationText.Rows(v), ViolationText.Columns(v), v.Reported, v.Computed)).ShouldBe(new[]
        {
            ("I1", "（七）总计", "自然人", (decimal?)234, (decimal?)233),
            ("I1", "（七）总计", "总计", (decimal?)240, (decimal?)239),
        });
    }

    [Fact]
    public void The_rendered_page_outlines_the_suspect_shades_failed_cells_marks_inferred_ones_and_has_a_legend()
    {
        var failing = ReportCheck.Run("000-altered", ReportFiles.Report(ReportFiles.Shapingba2021).Replace("(七)总计 |\n234 |", "(七)总计 |\n233 |", StringComparison.Ordinal));
        var damaged = ReportCheck.Run("003", ReportFiles.Report(ReportFiles.Hongqi2021));

        var failedPage = Output.HtmlLayout.Write(failing);
        var damagedPage = Output.HtmlLayout.Write(damaged);

        failedPage.ShouldContain("<td class=\"value suspect\">233</td>");
        failedPage.ShouldContain("<td class=\"value failed\">129</td>");
        failedPage.ShouldContain("<p class=\"verdict\"><strong>most likely: （七）总计 / 自然人 reported 233, 234 makes S1, I1 and I2 hold (one digit wrong)</strong></p>");
        failedPage.ShouldContain("<th rowspan=\"22\">三、本年度办理结果</th>");
        failedPage.ShouldContain("<th rowspan=\"8\">（三）不予公开</th>");
        failedPage.ShouldContain("<th colspan=\"5\">法人或其他组织</th>");
        failedPage.ShouldContain("<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>");
        failedPage.ShouldContain("class=\"legend\"");
        damagedPage.ShouldContain("<td class=\"value inferred\">4</td>");
    }
}
