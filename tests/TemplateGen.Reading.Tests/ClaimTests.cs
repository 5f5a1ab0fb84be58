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

    /// <summary>
    /// A 2021 report stating <paramref name="narrative"/>, whose cells are <paramref name="values"/> (by claim cell
    /// "Table.Row.Column"; every other cell 0): 三 and 四 one row per line, 二（一） with its 行政规范性文件.
    /// </summary>
    private static ReportReading Report(string narrative, IReadOnlyDictionary<string, int> values)
    {
        int V(string cell) => values.TryGetValue(cell, out var v) ? v : 0;
        string Row(string label, string row) => $"{label} | {V($"Applications.{row}.Total")} | 0 | 0 | 0 | 0 | 0 | {V($"Applications.{row}.Total")} |\n";
        var review = new[] { "ReviewUpheld", "ReviewCorrected", "ReviewOther", "ReviewPending", "ReviewTotal", "DirectUpheld", "DirectCorrected", "DirectOther", "DirectPending", "DirectTotal", "AfterReviewUpheld", "AfterReviewCorrected", "AfterReviewOther", "AfterReviewPending", "AfterReviewTotal" }
            .Select(c => V($"ReviewsAndLitigation.Cases.{c}"));
        return TestReports.Read("某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）\n一、总体情况\n" + narrative + "\n"
            + $"二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n行政规范性文件 | {V("Regulations.NormativeDocuments.Issued")} | 0 | 0 |\n"
            + "三、收到和处理政府信息公开申请情况\n" + Row("一、本年新收政府信息公开申请数量", "NewApplications") + Row("二、上年结转政府信息公开申请数量", "CarriedOver")
            + Row("（七）总计", "ResultsTotal") + Row("四、结转下年度继续办理", "CarriedForward")
            + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n" + string.Join(" | ", review) + " |\n五、存在的主要问题及改进情况\n");
    }

    /// <summary>Each shipped claim with a sentence a real report printed (C6 and C7: none of our reports states them; the sentence is written like the others) and the cells under which it holds.</summary>
    public static TheoryData<string, string, string, int> RealSentences => new()
    {
        { "C1", "全年我局共收到政府信息公开申请14件，均为网络申请。", "Applications.NewApplications.Total", 14 }, // 平潭 交通与建设局 2023
        { "C2", "收到依申请公开件7件,2019年转入1件,依法依规办理8件,办结率100%。", "Applications.CarriedOver.Total", 1 }, // seed 002
        { "C3", "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。", "Applications.ResultsTotal.Total", 69 }, // 平潭 2021
        { "C4", "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。", "Applications.CarriedForward.Total", 1 },
        { "C4", "2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。", "Applications.CarriedForward.Total", 6 }, // 平潭 2025
        { "C5", "因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。", "ReviewsAndLitigation.Cases.ReviewTotal", 2 }, // 平潭 2023
        { "C6", "本年度行政复议结果维持3件。", "ReviewsAndLitigation.Cases.ReviewUpheld", 3 },
        { "C7", "本年度行政复议结果纠正1件。", "ReviewsAndLitigation.Cases.ReviewCorrected", 1 },
        { "C8", "因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。", "ReviewsAndLitigation.Cases.DirectTotal", 7 },
        { "C9", "按照省政府办公厅相关工作要求设立规范性文件库，清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。", "Regulations.NormativeDocuments.Issued", 77 }, // 平潭 2023
    };

    [Theory]
    [MemberData(nameof(RealSentences))]
    public void Each_shipped_claim_holds_on_a_real_sentence_and_fails_when_the_cell_differs(string id, string sentence, string cell, int value)
    {
        var holds = Claim(Report(sentence, new Dictionary<string, int> { [cell] = value }), id);
        var fails = Claim(Report(sentence, new Dictionary<string, int> { [cell] = value + 1 }), id);

        (holds.Status, holds.Stated, holds.Value).ShouldBe((ClaimStatus.Holds, (decimal?)value, (decimal?)value));
        (fails.Status, fails.Stated, fails.Value).ShouldBe((ClaimStatus.Fails, (decimal?)value, (decimal?)value + 1));
        fails.Mentions[0].Sentence.ShouldBe(sentence);
    }

    [Fact]
    public void Litigation_is_the_sum_of_its_two_totals()
    {
        var claim = Claim(Report("全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。", new Dictionary<string, int>
        {
            ["ReviewsAndLitigation.Cases.DirectTotal"] = 5, ["ReviewsAndLitigation.Cases.AfterReviewTotal"] = 4,
            ["ReviewsAndLitigation.Cases.ReviewTotal"] = 36,
        }), "C8");

        (claim.Status, claim.Stated, claim.Value).ShouldBe((ClaimStatus.Holds, 9m, 9m));
    }

    [Fact]
    public void An_outcome_the_text_names_without_a_number_is_not_stated()
    {
        // Seed 004: "信息公开类行政复议4件,诉讼10件,均获维持。" says every review was upheld, but gives no figure to compare.
        Claim(TestReports.Read(TestReports.Data("kaifu-2020.full.txt")), "C6").Status.ShouldBe(ClaimStatus.NotStated);
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
