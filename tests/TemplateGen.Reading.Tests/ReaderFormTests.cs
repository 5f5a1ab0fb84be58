using Shouldly;
using TemplateGen.Reading.Text;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>Each messy form published tables take, read into the same values.</summary>
public sealed class ReaderFormTests
{
    private const string Title = "某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）\n";

    private const string ReviewsRowPerLine = """
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 | 行政诉讼 |
        结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
        6 | 7 | 1 | 1 | 15 | 4 | 5 | 1 | 3 | 13 | 6 | 1 | 1 | 2 | 10 |
        五、存在的主要问题及改进情况
        """;

    [Fact]
    public void Tab_separated_cells_read_like_pipe_separated_ones()
    {
        var pipes = Read(Title + ReviewsRowPerLine);
        var tabs = Read(Title + ReviewsRowPerLine.Replace(" | ", "\t", StringComparison.Ordinal).Replace(" |", "", StringComparison.Ordinal));

        Reviews(tabs).ShouldBe(Reviews(pipes));
        Reviews(pipes).ShouldBe(new decimal?[] { 6, 7, 1, 1, 15, 4, 5, 1, 3, 13, 6, 1, 1, 2, 10 });
    }

    [Fact]
    public void One_cell_per_line_reads_like_one_row_per_line()
    {
        var stream = string.Join("\n", ReviewsRowPerLine.Split('\n').SelectMany(line => line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).Select(c => c + " |")));

        Reviews(Read(Title + stream)).ShouldBe(new decimal?[] { 6, 7, 1, 1, 15, 4, 5, 1, 3, 13, 6, 1, 1, 2, 10 });
    }

    [Fact]
    public void Labels_with_stray_spaces_half_width_punctuation_and_line_breaks_find_their_rows()
    {
        var text = Title + """
            第二十条第(一)项 |
            信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            规 章 | 0 | 0 | 0 |
            行政规范 性文件 | 17 | 17 | 53 |
            第二十条第（五）项
            行政许可 | 120820 |
            第二十条第(六)项
            行政处罚 |
            485207 |
            行政
            强制 |
            5893 |
            """;

        var check = TestReports.Read(text);

        TestReports.Value(check, "Regulations", "NormativeDocuments", "InForce").ShouldBe(53);
        TestReports.Value(check, "Regulations", "Rules", "Issued").ShouldBe(0);
        TestReports.Value(check, "Licensing", "AdministrativeLicensing", "Decisions").ShouldBe(120820);
        TestReports.Value(check, "Enforcement", "Coercion", "Decisions").ShouldBe(5893);
    }

    [Fact]
    public void Traditional_characters_and_ocr_slips_read_as_the_official_labels()
    {
        LabelText.Normalize("（七） 總記").ShouldBe(LabelText.Normalize("（七）总计"));
        LabelText.Normalize("三、收到和處理政府信息公開申請情況").ShouldBe(LabelText.Normalize("三、收到和处理政府信息公开申请情况"));
        LabelText.Normalize("3.危及\"三安全一穩定\"").ShouldBe(LabelText.Normalize("3.危及“三安全一稳定”"));
        LabelText.Normalize("1、属于国家秘密").ShouldBe(LabelText.Normalize("1.属于国家秘密"));
    }

    [Theory]
    [InlineData("(七)总记", "(七)总计")] // only an OCR slip
    [InlineData("属于1、国家秘密", "属于1.国家秘密")] // only 、 after a digit, mid-text
    [InlineData("(七)总计 ", "(七)总计")] // only a trailing space
    [InlineData("12３", "123")] // only the last character full-width
    public void A_label_that_differs_from_its_comparable_form_by_one_late_character_is_still_normalized(string printed, string meant) =>
        LabelText.Normalize(printed).ShouldBe(meant);

    [Fact]
    public void A_label_already_in_its_comparable_form_comes_back_as_it_is_without_a_copy()
    {
        const string label = "(七)总计";

        LabelText.Normalize(label).ShouldBeSameAs(label);
    }

    [Theory]
    [InlineData("增49", 49)]
    [InlineData("减15", -15)]
    [InlineData("-18", -18)]
    [InlineData("０", 0)]
    [InlineData("11,568.31", 11568.31)]
    [InlineData("610.6988万元", 610.6988)]
    public void Cells_read_signed_changes_full_width_digits_and_the_column_unit(string text, double expected)
    {
        CellValue.TryParse(text, "万元", out var value).ShouldBeTrue();
        value.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.属于国家秘密")]
    [InlineData("251000元")]
    public void Text_that_is_no_value_stays_text(string text)
    {
        CellValue.TryParse(text, "万元", out _).ShouldBeFalse();
    }

    /// <summary>What Chromium's PDFs of the seed and real reports put in their text layers for whole characters (every radical seen there).</summary>
    [Theory]
    [InlineData("⾏政许可", "行政许可")]
    [InlineData("⼯作", "工作")]
    [InlineData("⻓沙市", "长沙市")]
    [InlineData("⺠政局", "民政局")]
    [InlineData("⼀⼆⼈⼋⼗⼤⼭⽂⽅⽆⽌⽚⽤⽬⾃⾦", "一二人八十大山文方无止片用目自金")]
    public void Radicals_a_pdf_printer_puts_for_whole_characters_read_as_those_characters(string printed, string meant)
    {
        LabelText.Normalize(printed).ShouldBe(meant);
    }

    [Theory]
    [InlineData("洪泽区人民政府\n2023 年政府信息公开工作年度报告", "洪泽区", 2023)]
    [InlineData("洪 泽 区 人 民 政 府\n2023年政府信息公开工作年度报告", "洪泽区", 2023)]
    [InlineData("平潭综合实验区农业农村局2021年政府信息公\n开工作年度报告", "平潭综合实验区农业农村局", 2021)]
    [InlineData("本报告由洪泽区人民政府办公室编制。\n2023年政府信息公开工作年度报告", null, 2023)]
    public void A_title_set_over_two_lines_gives_the_body_and_year(string title, string? place, int year)
    {
        var header = Text.ReportHeaderReader.Read(Text.PlainTextLines.Read(title));

        (header.Place, header.Year).ShouldBe((place, (int?)year));
    }

    [Fact]
    public void A_label_quoted_without_numbers_before_its_row_does_not_take_the_rows_place()
    {
        // The hand reading of the 洪泽区 PDF, one row a line; a note before table 三 ends with a row's label.
        var rows = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", "pdf", "huaian-hongze-2023.tables.txt"));
        var quoted = rows.Replace("一、本年新收政府信息公开申请数量 |", "注：依规不予公开的情形计入“1.属于国家秘密” |\n一、本年新收政府信息公开申请数量 |", StringComparison.Ordinal);
        quoted.ShouldNotBe(rows);

        var reading = TestReports.Read(quoted);

        TestReports.Table(reading, "Applications").Problems.Select(p => p.Message).ShouldNotContain(m => m.Contains("appears again", StringComparison.Ordinal));
        TestReports.Value(reading, "Applications", "StateSecret", "Total").ShouldBe(1);
    }

    [Fact]
    public void An_html_table_with_rowspan_and_colspan_reads_by_position()
    {
        var check = TestReports.Read(TestReports.Data("reviews-colspan.html"));

        (check.Header.Place, check.Header.Year).ShouldBe(("某区", (int?)2021));
        Reviews(check).ShouldBe(new decimal?[] { 6, 7, 1, 1, 15, 4, 5, 1, 3, 13, 6, 1, 1, 2, 9 });
        check.Validate().Violations.Where(v => v.RuleId == "I3").Select(v => (v.Status, v.Reported, v.Computed)).ShouldBe(new[] { (ViolationStatus.Failed, (decimal?)9, (decimal?)10) });
    }

    [Fact]
    public void The_format_comes_from_the_shape_of_the_tables_when_neither_notice_nor_year_is_given()
    {
        var text = TestReports.Seed("002-jinning-2020.txt");
        var untitled = string.Join("\n", text.Split('\n').Skip(3));

        var check = TestReports.Read(untitled);

        check.Header.Year.ShouldBeNull();
        check.FormatEvidence.ShouldBe(FormatEvidence.Shape);
        check.Format.Year.ShouldBe(2019);
        check.AllTablesRead.ShouldBeTrue();
        check.Validate().IsValid.ShouldBeTrue();
    }

    private static ReportReading Read(string text) => TestReports.Read(text);

    private static decimal?[] Reviews(ReportReading check)
    {
        var table = check.Report.Tables.Single(t => t.Metadata.Id == "ReviewsAndLitigation");
        return Enumerable.Range(0, table.Metadata.DataColumns.Count).Select(c => table.GetValue(0, c)).ToArray();
    }
}
