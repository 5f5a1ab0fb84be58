using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// The shipped templates' claims, on real reports' own sentences: the figures their narratives state against their
/// tables, where they agree and where they do not, and the sentences that must not be taken for a claim.
/// </summary>
public sealed class ClaimTests
{
    private static ClaimResult Claim(ReportReading reading, string id) => reading.CheckClaims().Single(c => c.Claim.Id == id);

    [Fact]
    public void A_real_sentence_that_agrees_with_the_table_holds_and_is_quoted_with_its_line()
    {
        var claim = Claim(TestReports.Real("pingtan-jtj-2023.txt"), "C1");

        claim.Status.ShouldBe(ClaimStatus.Holds);
        (claim.Stated, claim.Value).ShouldBe((14m, 14m));
        var mention = claim.Mentions.ShouldHaveSingleItem();
        mention.Sentence.ShouldStartWith("全年我局共收到政府信息公开申请14件，");
        mention.Line.ShouldBe(10);
    }

    [Fact]
    public void A_real_sentence_that_disagrees_with_the_table_fails_with_both_figures()
    {
        // The 2022 report says 75 applications; its table 三 says 74 new (and 1 carried over from 2021).
        var claim = Claim(TestReports.Real("series/published/pingtan-admin-2022.txt"), "C1");

        claim.Status.ShouldBe(ClaimStatus.Fails);
        (claim.Stated, claim.Value).ShouldBe((75m, 74m));
        claim.Mentions[0].Sentence.ShouldBe("2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。");
        claim.IsError.ShouldBeFalse(); // a failed claim is a warning unless the template says otherwise
    }

    [Fact]
    public void One_sentence_can_state_received_handled_and_carried_forward_and_each_holds()
    {
        var reading = TestReports.Real("series/published/pingtan-admin-2025.txt");

        new[] { "C1", "C3", "C4" }.Select(id => (Claim(reading, id).Status, Claim(reading, id).Stated))
            .ShouldBe(new[] { (ClaimStatus.Holds, (decimal?)154), (ClaimStatus.Holds, (decimal?)148), (ClaimStatus.Holds, (decimal?)6) });
        Claim(reading, "C5").Stated.ShouldBe(36); // 行政复议36起
        Claim(reading, "C8").Stated.ShouldBe(9); // 行政诉讼9起: 直接起诉 plus 复议后起诉
    }

    [Fact]
    public void A_figure_in_the_clause_after_another_report_kind_is_still_read()
    {
        // "共有行政诉讼案件1件、行政复议案件2件": the 诉讼 of the clause before is not near the 复议 figure.
        var reading = TestReports.Real("series/published/pingtan-admin-2022.txt");

        (Claim(reading, "C5").Status, Claim(reading, "C5").Stated).ShouldBe((ClaimStatus.Holds, 2m));
        (Claim(reading, "C8").Status, Claim(reading, "C8").Stated).ShouldBe((ClaimStatus.Holds, 1m));
    }

    [Fact]
    public void A_report_whose_tables_are_images_still_yields_what_its_text_states_marked_as_taken_from_the_text()
    {
        // Seed 004: "信息公开类行政复议4件,诉讼10件,均获维持。"
        var reading = TestReports.Read(TestReports.Data("kaifu-2020.full.txt")); // seed 004 whole: the sample keeps only its headings

        var review = Claim(reading, "C5");
        (review.Status, review.Stated, review.Value).ShouldBe((ClaimStatus.NotComparable, 4m, (decimal?)null));
        review.Why.ShouldNotBeNull().ShouldContain("no table rows under it");
        Claim(reading, "C8").Stated.ShouldBe(10);
        review.ToString().ShouldContain("taken from the text");
    }

    [Fact]
    public void A_figure_in_a_pdf_is_quoted_with_its_page_and_spacing_before_the_unit_is_tolerated()
    {
        var claim = Claim(TestReports.ReadBytes(TestReports.RealBytes("pdf/huaian-hongze-2023.pdf"), "huaian-hongze-2023.pdf"), "C1");

        claim.Status.ShouldBe(ClaimStatus.Holds);
        claim.Mentions[0].Page.ShouldBe(1);
        claim.Mentions[0].Sentence.ShouldContain("受理政府信息公开申请 21件");
    }

    /// <summary>A 2021 report whose narrative is <paramref name="narrative"/> and whose table 三 has 6 new applications (4 handled, 2 carried forward) and 四 two reviews.</summary>
    private static ReportReading WithNarrative(string narrative) => TestReports.Read(
        "某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）\n一、总体情况\n" + narrative + "\n" + """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |
        二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
        （七）总计 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
        四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 | 行政诉讼 |
        2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        五、存在的主要问题及改进情况
        """);

    [Theory]
    [InlineData("全年共收到政府信息公开申请6件，办结4件，2件结转下年度继续办理。", "C1", ClaimStatus.Holds)]
    [InlineData("全年共收到政府信息公开申请７件。", "C1", ClaimStatus.Fails)] // full-width digits
    [InlineData("全年共收到政府信息公开申请6 件。", "C1", ClaimStatus.Holds)] // a space before the unit
    [InlineData("全年共收到政府信息公开申请6件，办结4件，2件结转下年度继续办理。", "C4", ClaimStatus.Holds)]
    [InlineData("收到申请6件。另据统计，全年收到政府信息公开申请7件。", "C1", ClaimStatus.Ambiguous)]
    [InlineData("本机关作为被申请人的行政复议案件2件。", "C5", ClaimStatus.Holds)]
    public void Sentences_the_claims_read(string narrative, string id, ClaimStatus status)
    {
        Claim(WithNarrative(narrative), id).Status.ShouldBe(status);
    }

    [Theory]
    [InlineData("本年度受理向本机关备案的行政复议案件134件。", "C5")] // cases filed for the record, not this body's reviews
    [InlineData("收到的政府信息公开申请数量同比增加3件。", "C1")] // a change against last year
    [InlineData("较上年收到政府信息公开申请减少2件。", "C1")]
    [InlineData("办理人大代表建议和政协提案12件。", "C3")] // handled, but not applications
    [InlineData("受理相关咨询办理需求415件，惠及244家企业。", "C3")] // seed 004's other 办理
    [InlineData("全年共收到政府信息公开申请266件(含上年度结转申请21件)。", "C4")] // carried over, not forward
    public void Sentences_that_must_not_be_read_as_the_claim(string narrative, string id)
    {
        Claim(WithNarrative(narrative), id).Status.ShouldBe(ClaimStatus.NotStated);
    }

    [Fact]
    public void Table_rows_are_never_read_as_claims()
    {
        // Without narrative, the tables' own labels and numbers (本年新收政府信息公开申请数量 | 6 …) state nothing.
        WithNarrative("无。").CheckClaims().ShouldAllBe(c => c.Status == ClaimStatus.NotStated);
        TestReports.Real("pingtan-gaj-2019.txt").CheckClaims().ShouldAllBe(c => c.Status == ClaimStatus.NotStated); // the body run together on one line
    }

    [Fact]
    public void A_blank_cell_makes_a_stated_figure_not_comparable_with_the_cell_named()
    {
        var reading = TestReports.Read("某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）\n全年共收到政府信息公开申请6件。\n三、收到和处理政府信息公开申请情况\n"
            + "一、本年新收政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 0 | 不适用 |\n五、存在的主要问题及改进情况\n");

        var claim = Claim(reading, "C1");

        claim.Status.ShouldBe(ClaimStatus.NotComparable);
        claim.Why.ShouldBe("一、本年新收政府信息公开申请数量 / 总计 is blank");
    }
}
