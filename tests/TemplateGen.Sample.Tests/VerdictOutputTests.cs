using System.Text.Json;
using Shouldly;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>Verdicts the reader settles without a value in every cell, as each output says them.</summary>
public sealed class VerdictOutputTests
{
    [Fact]
    public void Cells_marked_not_applicable_show_their_mark_in_every_output_and_their_rule_is_incomplete_with_the_mark_named()
    {
        // Seed 002's table 四 with 行政诉讼's ten cells printed as '/'.
        var original = ReportFiles.Report(ReportFiles.Jinning2020);
        var text = original.Replace("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "0 | 0 | 0 | 0 | 0 | / | / | / | / | / | / | / | / | / | / |", StringComparison.Ordinal);
        text.ShouldNotBe(original);

        var check = ReportCheck.Run("002-marked", text);

        var incomplete = check.Violations.Where(v => v.RuleId == "I3").ToList();
        incomplete.Count.ShouldBe(2);
        incomplete.ShouldAllBe(v => v.Status == ViolationStatus.Incomplete && v.Note == "every blank cell is marked not applicable ('/')");
        var console = SampleCli.ConsoleText(check);
        console.ShouldContain("line 54: Cases: 10 cell(s) marked not applicable (行政诉讼 › 未经复议直接起诉 › 结果维持 '/', ");
        console.ShouldContain("5 cells blank in row Cases (--verbose lists them) (every blank cell is marked not applicable ('/'))");
        var json = JsonDocument.Parse(JsonReport.Write(new[] { check }, Array.Empty<SeriesCheck>(), Array.Empty<string>(), check.ExitCode));
        var violation = json.RootElement.GetProperty("reports")[0].GetProperty("violations").EnumerateArray().First(v => v.GetProperty("rule").GetString() == "I3");
        violation.GetProperty("note").GetString().ShouldNotBeNull().ShouldBe("every blank cell is marked not applicable ('/')");
        var cell = violation.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("value").ValueKind == JsonValueKind.Null);
        cell.GetProperty("notApplicable").GetString().ShouldBe("/");
        using (Culture.English())
        {
            HtmlLayout.Write(check).ShouldContain("<td class=\"value na\" title=\"not applicable\">/</td>");
        }

        using (Culture.Chinese())
        {
            HtmlLayout.Write(check).ShouldContain("<td class=\"value na\" title=\"不适用\">/</td>");
        }
    }

    [Fact]
    public void A_rule_that_fails_under_every_split_fails_the_check_and_says_why()
    {
        var text = "某区2021年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            + "一、本年新收政府信息公开申请数量191000019二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开19 1 0 0 0 0 20（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
            + "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000"
            + "（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
            + "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000"
            + "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000"
            + "（七）总计19 1 0 0 0 0 20四、结转下年度继续办理0000000五、存在的主要问题及改进情况无。";

        var check = ReportCheck.Run("unsplit", text);

        check.ExitCode.ShouldBe(ExitCodes.RuleFails);
        var console = SampleCli.ConsoleText(check);
        console.ShouldContain("fails under each of the 7 splits of '191000019'");
        JsonReport.Write(new[] { check }, Array.Empty<SeriesCheck>(), Array.Empty<string>(), check.ExitCode).ShouldContain("\"note\": \"fails under each of the 7 splits of '191000019'");
    }

    [Fact]
    public void An_incomplete_rule_says_how_many_cells_are_blank_and_which_row_holds_them_and_verbose_lists_them()
    {
        // A real row that lost a cell: 一、本年新收 of 平潭 公安局 2019 is left blank, so I2 in that row has 7 blanks.
        var check = ReportCheck.Run("pingtan-gaj-2019.txt", File.ReadAllText(ReportFiles.RealReport("pingtan-gaj-2019.txt")));
        var rowRule = check.Violations.Single(v => v.RuleId == "I2" && v.Status == ViolationStatus.Incomplete);

        ViolationText.Reported(rowRule).ShouldBe("7 cells blank in row 一、本年新收政府信息公开申请数量 (--verbose lists them)");
        ViolationText.Reported(rowRule, verbose: true).ShouldStartWith("blank: 一、本年新收政府信息公开申请数量 / 总计; 一、本年新收政府信息公开申请数量 / 自然人;");
        SampleCli.ConsoleText(check).ShouldContain("7 cells blank in row 一、本年新收政府信息公开申请数量 (--verbose lists them)");
        var oneBlank = check.Violations.First(v => v.RuleId == "S1");
        ViolationText.Reported(oneBlank).ShouldBe("blank: 一、本年新收政府信息公开申请数量 / 自然人"); // a few are named
        var json = JsonDocument.Parse(JsonReport.Write(new[] { check }, Array.Empty<SeriesCheck>(), Array.Empty<string>(), check.ExitCode));
        json.RootElement.GetProperty("reports")[0].GetProperty("violations").EnumerateArray()
            .First(v => v.GetProperty("rule").GetString() == "I2").GetProperty("cells").GetArrayLength().ShouldBe(7);
    }
}
