using Shouldly;
using TemplateGen.Reading.Text;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>Each form running text takes: the body on one line, cells run together or split by spaces, shifted headings, units.</summary>
public sealed class RunningTextTests
{
    private const string Title = "某区2021年政府信息公开工作年度报告";

    /// <summary>Table 三 of the 2021 format on one line, rows given as label and value text.</summary>
    private static string Applications(string heading = "三、收到和处理政府信息公开申请情况", params (string Label, string Values)[] changed)
    {
        var rows = new List<(string Label, string Values)>
        {
            ("一、本年新收政府信息公开申请数量", "2000013"),
            ("二、上年结转政府信息公开申请数量", "0000000"),
            ("三、本年度办理结果（一）予以公开", "1000001"),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0000000"),
            ("（三）不予公开1.属于国家秘密", "0000000"),
            ("2.其他法律行政法规禁止公开", "0000000"),
            ("3.危及“三安全一稳定”", "0000000"),
            ("4.保护第三方合法权益", "0000000"),
            ("5.属于三类内部事务信息", "0000000"),
            ("6.属于四类过程性信息", "0000000"),
            ("7.属于行政执法案卷", "0000000"),
            ("8.属于行政查询事项", "0000000"),
            ("（四）无法提供1.本机关不掌握相关政府信息", "1000012"),
            ("2.没有现成信息需要另行制作", "0000000"),
            ("3.补正后申请内容仍不明确", "0000000"),
            ("（五）不予处理1.信访举报投诉类申请", "0000000"),
            ("2.重复申请", "0000000"),
            ("3.要求提供公开出版物", "0000000"),
            ("4.无正当理由大量反复申请", "0000000"),
            ("5.要求行政机关确认或重新出具已获取信息", "0000000"),
            ("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0000000"),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0000000"),
            ("3.其他", "0000000"),
            ("（七）总计", "2000013"),
            ("四、结转下年度继续办理", "0000000"),
        };
        foreach (var (label, values) in changed)
        {
            var at = rows.FindIndex(r => r.Label.EndsWith(label, StringComparison.Ordinal));
            rows[at] = (rows[at].Label, values);
        }

        return Title + "当前位置：首页 " + heading
            + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            + string.Concat(rows.Select(r => r.Label + r.Values))
            + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题及改进情况无。";
    }

    private static decimal?[] Row(ReportReading reading, string row) =>
        Enumerable.Range(0, 7).Select(c => TestReports.Table(reading, "Applications").Table.GetValue(GovDisclosure.Y2021.Applications.Metadata.DataRows.Single(r => r.Id == row).DataIndex, c)).ToArray();

    [Fact]
    public void A_one_line_body_with_cells_run_together_reads_every_row_by_its_label()
    {
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(Applications());

        var table = TestReports.Table(reading, "Applications");
        table.State.ShouldBe(TableState.Complete);
        table.Decoded.ShouldBeEmpty();
        Row(reading, "NewApplications").ShouldBe(new decimal?[] { 2, 0, 0, 0, 0, 1, 3 });
        Row(reading, "NotHeld").ShouldBe(new decimal?[] { 1, 0, 0, 0, 0, 1, 2 });
        reading.Validate().IsBalanced.ShouldBeTrue();
    }

    [Fact]
    public void A_numbered_label_that_follows_the_digits_belongs_to_the_next_row()
    {
        // "…00000002.重复申请": the 2 is the next row's number, not a cell.
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(Applications());

        Row(reading, "Petitions").ShouldBe(new decimal?[] { 0, 0, 0, 0, 0, 0, 0 });
        Row(reading, "Repeated").ShouldBe(new decimal?[] { 0, 0, 0, 0, 0, 0, 0 });
    }

    [Fact]
    public void Digits_that_split_several_ways_are_decoded_by_the_row_rule_and_marked()
    {
        var text = Applications(changed: new[] { ("一、本年新收政府信息公开申请数量", "640020470"), ("（七）总计", "640020470"), ("（一）予以公开", "640020470") });

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        Row(reading, "NewApplications").ShouldBe(new decimal?[] { 64, 0, 0, 2, 0, 4, 70 });
        var decoded = TestReports.Table(reading, "Applications").DecodedAt(GovDisclosure.Y2021.Applications.Metadata.DataRows[0]).ShouldNotBeNull();
        (decoded.Printed, decoded.Splits, decoded.Rules.Single().Id).ShouldBe(("640020470", 12L, "I2"));
    }

    [Fact]
    public void Cells_split_by_single_spaces_read_as_separate_values()
    {
        var text = Applications(changed: new[] { ("一、本年新收政府信息公开申请数量", "1400000 14"), ("（七）总计", "14 0 0 0 0 0 14"), ("（一）予以公开", "1400000 14") });

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        Row(reading, "NewApplications").ShouldBe(new decimal?[] { 14, 0, 0, 0, 0, 0, 14 });
        Row(reading, "ResultsTotal").ShouldBe(new decimal?[] { 14, 0, 0, 0, 0, 0, 14 });
        TestReports.Table(reading, "Applications").DecodedAt(GovDisclosure.Y2021.Applications.Metadata.DataRows.Single(r => r.Id == "ResultsTotal")).ShouldBeNull();
    }

    [Fact]
    public void A_lost_cell_leaves_the_row_blank_rather_than_moving_a_value_to_another_column()
    {
        var text = Applications(changed: ("一、本年新收政府信息公开申请数量", "20000 3"));

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        Row(reading, "NewApplications").ShouldAllBe(v => v == null);
        TestReports.Table(reading, "Applications").Problems.ShouldHaveSingleItem().Message.ShouldBe("'20000 3' holds at most 6 values for 7 cells: a cell was lost, and where is unknown, so the row is left blank");
    }

    [Fact]
    public void A_section_heading_under_another_number_that_runs_on_into_prose_still_finds_its_table()
    {
        var text = Applications(heading: "四、收到和处理政府信息公开申请情况2021年，本机关共收到政府信息公开申请2件，均已按时答复。");

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        TestReports.Table(reading, "Applications").State.ShouldBe(TableState.Complete);
        Row(reading, "NewApplications").ShouldBe(new decimal?[] { 2, 0, 0, 0, 0, 1, 3 });
    }

    [Fact]
    public void A_label_printed_with_a_small_difference_is_matched_and_reported()
    {
        var text = Applications().Replace("7.属于行政执法案卷", "7.属于行政执法案件", StringComparison.Ordinal);

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        TestReports.Table(reading, "Applications").LooseMatches.Select(m => (m.Printed, m.Official)).ShouldBe(new[] { ("7.属于行政执法案件", "7.属于行政执法案卷") });
        TestReports.Table(reading, "Applications").State.ShouldBe(TableState.Complete);
    }

    [Fact]
    public void An_amount_in_yuan_is_converted_to_the_columns_ten_thousands_and_says_so()
    {
        var text = Title + "二、主动公开政府信息情况第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费2500元三、收到和处理";

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        TestReports.Value(reading, "Fees", "AdministrativeFees", "Amount").ShouldBe(0.25m);
        TestReports.Table(reading, "Fees").Notes.ShouldHaveSingleItem().Message.ShouldBe("2500元 read as 0.25 万元");
    }

    [Fact]
    public void A_forty_digit_run_is_counted_not_enumerated()
    {
        var text = Applications(changed: ("一、本年新收政府信息公开申请数量", new string('1', 40)));

        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(text);

        TestReports.Table(reading, "Applications").Problems.ShouldHaveSingleItem().Message
            .ShouldBe($"'{new string('1', 40)}' splits into 7 values in more than 256 ways; the row is left blank");
    }

    [Theory]
    [InlineData("１２", "12")]
    [InlineData("1,234", "1234")]
    [InlineData("3个", "3")]
    public void Full_width_digits_thousands_separators_and_count_units_read_as_one_value(string printed, string expected)
    {
        var columns = GovDisclosure.Y2021.Licensing.Metadata.DataColumns;

        var split = CellSplitter.Split(LabelText.Normalize(printed), columns);

        split.Count.ShouldBe(1);
        split.Candidates[0].Single().Value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_row_splits_the_same_after_longer_and_wider_rows_on_the_same_thread()
    {
        // The splitter keeps one thread's tables between rows: a row must find them empty whatever came before it.
        var wide = GovDisclosure.Y2021.Applications.Metadata.DataColumns;
        var narrow = GovDisclosure.Y2021.Licensing.Metadata.DataColumns;
        static string Describe(CellSplit split) =>
            $"{split.Count} {split.MostValues}: " + string.Join(" / ", split.Candidates.Select(c => string.Join(",", c.Select(t => $"{t.Value}{t.Unit}"))));

        var splits = new[]
        {
            CellSplitter.Split("12", narrow),
            CellSplitter.Split("1 2 3 4 5 6 7", wide),
            CellSplitter.Split(new string('1', 3000), wide), // longer than the tables a thread keeps
            CellSplitter.Split("2000013", wide),
            CellSplitter.Split("12", narrow),
        }.Select(Describe).ToList();

        splits[0].ShouldBe("1 2: 12"); // one column: one value, from a text that could hold two
        splits[3].ShouldBe("1 7: 2,0,0,0,0,1,3"); // a zero is a value of its own
        splits[4].ShouldBe(splits[0]);
    }
}
