using Shouldly;
using TemplateGen.Sample.Checking;
using TemplateGen.Reading;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>The expected outcome of each of the five published reports the sample embeds.</summary>
public sealed class SeedOutcomeTests
{
    [Fact]
    public void Seed_000_one_cell_per_line_2021_reads_completely_and_holds()
    {
        var check = ReportCheck.Run("000", ReportFiles.Report(ReportFiles.Shapingba2021));

        (check.Reading.Header.Place, check.Reading.Header.Year).ShouldBe(("重庆市沙坪坝区", (int?)2021));
        check.Reading.Format.Year.ShouldBe(2021);
        check.Reading.FormatEvidence.ShouldBe(FormatEvidence.Shape);
        check.Reading.Tables.Select(r => r.State).ShouldAllBe(s => s == TableState.Complete);
        check.Violations.ShouldBeEmpty();
        check.ExitCode.ShouldBe(0);
        Value(check, "Applications", "ResultsTotal", "Total").ShouldBe(240);
        Value(check, "Fees", "AdministrativeFees", "Amount").ShouldBe(11568.31m);
        Value(check, "ReviewsAndLitigation", "Cases", "AfterReviewTotal").ShouldBe(10);
    }

    [Fact]
    public void Seed_001_traditional_characters_with_every_value_empty_exits_2_and_says_why()
    {
        var check = ReportCheck.Run("001", ReportFiles.Report(ReportFiles.Yangpu2021));

        (check.Reading.Header.Place, check.Reading.Header.Year).ShouldBe(("杨浦区", (int?)2021));
        check.Reading.Format.Year.ShouldBe(2021);
        check.ExitCode.ShouldBe(2);
        var applications = check.Reading.Tables.Single(r => r.Metadata.Id == "Applications");
        applications.State.ShouldBe(TableState.Empty);
        // Extraction kept only three of its labels, in traditional characters; each is matched to its row.
        var notFound = applications.Problems.Where(p => p.Message == "row not found").Select(p => p.Row).ToList();
        notFound.Count.ShouldBe(22);
        notFound.ShouldNotContain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        notFound.ShouldNotContain("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        notFound.ShouldNotContain("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        check.Reading.Tables.Where(r => r.Metadata.Id != "Applications").Select(r => r.State).ShouldAllBe(s => s == TableState.Missing);
        check.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Seed_002_2019_format_by_the_shape_of_its_tables_reads_signed_changes_and_holds()
    {
        var check = ReportCheck.Run("002", ReportFiles.Report(ReportFiles.Jinning2020));

        (check.Reading.Header.Place, check.Reading.Header.Year).ShouldBe(("昆明市晋宁区", (int?)2020));
        check.Reading.Format.Year.ShouldBe(2019);
        check.Reading.FormatEvidence.ShouldBe(FormatEvidence.Shape);
        check.Reading.Tables.Select(r => r.State).ShouldAllBe(s => s == TableState.Complete);
        Value(check, "Licensing", "AdministrativeLicensing", "Change").ShouldBe(-15);
        Value(check, "Enforcement", "Penalties", "Change").ShouldBe(49);
        Value(check, "Enforcement", "Coercion", "Change").ShouldBe(-2);
        Value(check, "Procurement", "CentralizedProcurement", "TotalAmount").ShouldBe(610.6988m);
        check.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Seed_003_tab_separated_pdf_text_names_its_damaged_rows_and_marks_what_it_infers()
    {
        var check = ReportCheck.Run("003", ReportFiles.Report(ReportFiles.Hongqi2021));

        var applications = check.Reading.Tables.Single(r => r.Metadata.Id == "Applications");
        applications.State.ShouldBe(TableState.Incomplete);
        applications.Problems.Select(p => (p.Line, p.Row, p.Message)).ShouldBe(new[]
        {
            (23, "一、本年新收政府信息公开申请数量", "6 values found, 7 expected; blank: 自然人"),
            (25, "（一）予以公开", "6 values found, 7 expected; blank: 自然人"),
            (26, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "6 values found, 7 expected; blank: 自然人"),
            (44, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "6 values found, 7 expected; blank: 自然人"),
        }, ignoreOrder: true);
        applications.Inferred.Select(i => (i.Row.Id, i.Column.Id, i.Value)).ShouldBe(new[]
        {
            ("NewApplications", "NaturalPersons", 6m), ("Granted", "NaturalPersons", 0m), ("PartiallyGranted", "NaturalPersons", 4m), ("FeeNotPaid", "NaturalPersons", 0m),
        }, ignoreOrder: true);
        applications.Inferred.ShouldAllBe(i => i.Reason.Contains("rule I2"));
        Value(check, "Applications", "ResultsTotal", "NaturalPersons").ShouldBe(6, "（七）总记 is read as （七）总计");
        check.Violations.ShouldBeEmpty();
        check.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Seed_004_tables_published_as_images_exit_2_with_the_heading_lines()
    {
        var check = ReportCheck.Run("004", ReportFiles.Report(ReportFiles.Kaifu2020));

        check.Reading.Format.Year.ShouldBe(2019);
        check.Reading.FormatEvidence.ShouldBe(FormatEvidence.Notice);
        check.ExitCode.ShouldBe(2);
        check.Reading.Tables.Select(r => r.State).ShouldAllBe(s => s == TableState.Missing);
        check.Reading.Tables.Where(r => r.Line is not null).Select(r => r.Metadata.Id).ShouldBe(new[] { "Applications", "ReviewsAndLitigation" });
    }

    internal static decimal? Value(ReportCheck check, string table, string row, string column)
    {
        var t = check.Reading.Report.Tables.Single(x => x.Metadata.Id == table);
        return t.GetValue(t.Metadata.DataRows.Single(r => r.Id == row).DataIndex, t.Metadata.DataColumns.Single(c => c.Id == column).DataIndex);
    }
}
