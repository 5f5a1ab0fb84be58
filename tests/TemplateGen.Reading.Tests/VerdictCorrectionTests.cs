using Shouldly;
using TemplateGen.Reading.Text;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// Verdicts that must not depend on what the reader cannot know: a rule that fails under every split of a
/// run-together row fails; a cell marked not applicable is neither blank nor 0.
/// </summary>
public sealed class VerdictCorrectionTests
{
    private const string Title = "某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）\n";

    /// <summary>Table 四 one row per line, 行政复议's five cells given; the rest 0.</summary>
    private static string Reviews(string review) => Title + $"""
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 | 行政诉讼 |
        结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
        {review} | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        五、存在的主要问题及改进情况
        """;

    private static string Applications(string newApplications) =>
        "某区2021年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        + "一、本年新收政府信息公开申请数量" + newApplications
        + "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开19 1 0 0 0 0 20（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
        + "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000"
        + "（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
        + "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000"
        + "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000"
        + "（七）总计19 1 0 0 0 0 20四、结转下年度继续办理0000000五、存在的主要问题及改进情况无。";

    [Fact]
    public void A_rule_that_fails_under_every_split_of_a_real_run_together_row_is_failed_not_incomplete()
    {
        // 191000019 as a real report printed row 一: seven splits, and under each the row's 总计 (19 or 9) differs
        // from its parts (I2), and new plus carried over differs from the 20 handled (S1 in 总计).
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(Applications("191000019"));

        var violations = reading.Validate().Violations.Where(v => v.Table.Id == "Applications").ToList();
        var total = violations.Single(v => v.RuleId == "S1" && v.Line.Id == "Total");
        total.Status.ShouldBe(ViolationStatus.Failed);
        (total.Reported, total.Computed).ShouldBe((null, null)); // 19 vs 20 under some splits, 9 vs 20 under others
        total.Note.ShouldBe("fails under each of the 7 splits of '191000019' (line 1: 1|9|10|0|0|0|19 gives 19 vs 20; 1|9|100|0|0|1|9 gives 9 vs 20; 1|91|0|0|0|0|19 gives 19 vs 20; …), so whichever is right");
        var rowRule = violations.Single(v => v.RuleId == "I2" && v.Line.Id == "NewApplications");
        rowRule.Status.ShouldBe(ViolationStatus.Failed);
        rowRule.Note.ShouldNotBeNull().ShouldStartWith("fails under each of the 7 splits of '191000019'");
        rowRule.ToString().ShouldContain("I2 error failed in Applications at 一、本年新收政府信息公开申请数量; fails under each of the 7 splits");

        // 自然人: 1 + 0 ≠ 19 under some splits, 19 + 0 = 19 under others: which split is right decides, so incomplete.
        violations.Single(v => v.RuleId == "S1" && v.Line.Id == "NaturalPersons").Status.ShouldBe(ViolationStatus.Incomplete);
    }

    [Fact]
    public void A_rule_that_holds_under_some_split_stays_incomplete()
    {
        // 20|0|0|0|0|0|20 is one split of 2000000 20 only when spaced; 1910000 20 splits several ways and 19|1|…|20 holds.
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(Applications("1910000 20"));

        var violations = reading.Validate().Violations.Where(v => v.Table.Id == "Applications").ToList();
        violations.ShouldNotContain(v => v.Status == ViolationStatus.Failed);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("／", "／")]
    [InlineData("—", "—")]
    [InlineData("-", "-")]
    [InlineData("不适用", "不适用")]
    [InlineData("无", "无")]
    public void A_cell_marked_not_applicable_is_neither_blank_nor_zero_and_its_rule_names_the_mark(string printed, string mark)
    {
        var reading = TestReports.Read(Reviews($"1 | 0 | 0 | 0 | {printed}"));

        var table = TestReports.Table(reading, "ReviewsAndLitigation");
        TestReports.Value(reading, "ReviewsAndLitigation", "Cases", "ReviewTotal").ShouldBeNull();
        var marked = table.NotApplicable.ShouldHaveSingleItem();
        (marked.Column.Id, marked.Mark, marked.Line).ShouldBe(("ReviewTotal", mark, 5));
        table.NotApplicableAt(marked.Row, marked.Column).ShouldBeSameAs(marked);
        table.Problems.ShouldBeEmpty(); // a mark is what the report says, not a cell the reader lost
        table.Inferred.ShouldBeEmpty(); // and never filled in from the row's parts
        var i3 = reading.Validate().Violations.Single(v => v.RuleId == "I3");
        i3.Status.ShouldBe(ViolationStatus.Incomplete);
        i3.Note.ShouldBe($"every blank cell is marked not applicable ('{mark}')");
    }

    [Fact]
    public void Marks_keep_the_columns_aligned_when_the_last_cells_are_marked()
    {
        var reading = TestReports.Read(Title + """
            四、政府信息公开行政复议、行政诉讼情况
            行政复议 | 行政诉讼 |
            1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | / | / | / | / | / |
            五、存在的主要问题及改进情况
            """);

        var table = TestReports.Table(reading, "ReviewsAndLitigation");
        table.NotApplicable.Select(m => m.Column.DataIndex).ShouldBe(new[] { 10, 11, 12, 13, 14 });
        TestReports.Value(reading, "ReviewsAndLitigation", "Cases", "ReviewTotal").ShouldBe(1);
    }

    [Fact]
    public void One_cell_per_line_reads_marks_in_their_places()
    {
        var stream = Title + string.Join("\n", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
            + "\n" + string.Join("\n", "0 0 0 0 0 0 0 0 0 0 — — — — —".Split(' ')) + "\n五、存在的主要问题及改进情况";

        var table = TestReports.Table(TestReports.Read(stream), "ReviewsAndLitigation");

        table.NotApplicable.Select(m => (m.Column.DataIndex, m.Mark)).ShouldBe(new[] { (10, "—"), (11, "—"), (12, "—"), (13, "—"), (14, "—") });
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData(" 不适用 ", "不适用")]
    [InlineData("——", "——")]
    [InlineData("-18", null)]
    [InlineData("0", null)]
    [InlineData("无法提供", null)]
    public void Marks_are_told_from_values_and_labels(string text, string? mark)
    {
        CellValue.NotApplicableMark(text).ShouldBe(mark);
    }
}
