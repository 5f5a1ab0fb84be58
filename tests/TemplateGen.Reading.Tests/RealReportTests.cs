using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// Real reports as a web archive saved them (the whole body on one line, cells run together or split by single
/// spaces): table 三 gives the verdict RealReports/README.md states for each.
/// </summary>
public sealed class RealReportTests
{
    private const string Applications = "Applications";

    [Theory]
    [InlineData("pingtan-jtj-2023.txt", 2021)]
    [InlineData("pingtan-jsp-2024.txt", 2021)]
    [InlineData("pingtan-lyy-2020.txt", 2019)]
    [InlineData("pingtan-htp-2023.txt", 2021)]
    public void Table_three_balances_where_the_readme_says_it_does(string file, int format)
    {
        var reading = TestReports.Real(file);

        reading.Format.Year.ShouldBe(format);
        TestReports.Table(reading, Applications).IsRead.ShouldBeTrue();
        TestReports.Violations(reading, Applications).ShouldBeEmpty();
    }

    [Fact]
    public void Nyn_2021_fails_S1_and_I1_in_natural_persons_and_others_where_the_one_other_application_was_counted()
    {
        var reading = TestReports.Real("pingtan-nyn-2021.txt");

        TestReports.Violations(reading, Applications).ShouldBe(new[]
        {
            ("S1", ViolationStatus.Failed, "自然人"),
            ("S1", ViolationStatus.Failed, "其他"),
            ("I1", ViolationStatus.Failed, "自然人"),
            ("I1", ViolationStatus.Failed, "其他"),
        });
        TestReports.Value(reading, Applications, "ResultsTotal", "NaturalPersons").ShouldBe(3);
        TestReports.Value(reading, Applications, "ResultsTotal", "OtherOrganizations").ShouldBe(0);
    }

    [Fact]
    public void Gaj_2019_lost_a_cell_in_row_one_so_S1_and_I2_are_incomplete_and_I1_holds()
    {
        var reading = TestReports.Real("pingtan-gaj-2019.txt");

        var violations = TestReports.Violations(reading, Applications);
        violations.ShouldAllBe(v => v.Status == ViolationStatus.Incomplete);
        violations.Select(v => v.Rule).Distinct().ShouldBe(new[] { "S1", "I2" });
        violations.ShouldContain(("I2", ViolationStatus.Incomplete, "一、本年新收政府信息公开申请数量"));
        TestReports.Table(reading, Applications).Problems.Single().Message
            .ShouldBe("'0 00000' holds at most 6 values for 7 cells: a cell was lost, and where is unknown, so the row is left blank");
    }

    [Fact]
    public void Htp_2023_prints_group_six_as_one_row_and_its_rules_are_checked_with_that_row()
    {
        var reading = TestReports.Real("pingtan-htp-2023.txt");

        var table = TestReports.Table(reading, Applications);
        var printed = table.PrintedGroups.ShouldHaveSingleItem();
        printed.Group.Id.ShouldBe("OtherHandling");
        printed.Values.ShouldAllBe(v => v == 0);
        table.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("is printed as one row (the layout of an earlier format): its rows 1.申请人无正当理由");
        TestReports.Violations(reading, Applications).ShouldBeEmpty();
    }

    [Fact]
    public void A_group_printed_as_one_row_still_fails_the_rules_it_breaks()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", "pingtan-htp-2023.txt"))
            .Replace("（六）其他处理0000000", "（六）其他处理1000001", StringComparison.Ordinal);

        var reading = ReportReader.Read(text, TestReports.Formats);

        TestReports.Violations(reading, Applications).ShouldBe(new[]
        {
            ("I1", ViolationStatus.Failed, "自然人"),
            ("I1", ViolationStatus.Failed, "总计"),
        });
        var failed = reading.Validate().Violations.First();
        (failed.Reported, failed.Computed).ShouldBe(((decimal?)0, (decimal?)1));
        failed.Cells.ShouldContain(c => c.Row.Id == "OtherHandling" && c.Value == 1);
    }

    [Fact]
    public void Jsp_2024_label_variants_are_matched_loosely_and_each_is_reported()
    {
        var reading = TestReports.Real("pingtan-jsp-2024.txt");

        TestReports.Table(reading, Applications).LooseMatches.Select(m => (m.Printed, m.Official)).ShouldBe(new[]
        {
            ("2.其他法律和行政法规禁止公开", "2.其他法律行政法规禁止公开"),
            ("1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        });
    }

    [Fact]
    public void Lyy_2020_finds_table_three_under_the_heading_four_and_reads_units_in_cells()
    {
        var reading = TestReports.Real("pingtan-lyy-2020.txt");

        TestReports.Table(reading, Applications).State.ShouldBe(TableState.Complete);
        TestReports.Value(reading, "Procurement", "CentralizedProcurement", "Projects").ShouldBe(3);
        TestReports.Value(reading, "Procurement", "CentralizedProcurement", "TotalAmount").ShouldBe(3443000);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_published_series_reads_into_the_same_tables_three_and_four_as_the_decoded_one_with_the_same_verdicts(int year)
    {
        var published = TestReports.Real($"series/published/pingtan-admin-{year}.txt");
        var decoded = TestReports.Real($"series/decoded/pingtan-admin-{year}.txt");

        published.Format.ShouldBe(decoded.Format);
        foreach (var table in new[] { Applications, "ReviewsAndLitigation" })
        {
            var (p, d) = (TestReports.Table(published, table).Table, TestReports.Table(decoded, table).Table);
            foreach (var row in p.Metadata.DataRows)
            {
                foreach (var column in p.Metadata.DataColumns)
                {
                    p.GetValue(row.DataIndex, column.DataIndex).ShouldBe(d.GetValue(row.DataIndex, column.DataIndex), $"{year} {table} {row.DisplayLabel} / {column.DisplayLabel}");
                }
            }

            TestReports.Violations(published, table).ShouldBe(TestReports.Violations(decoded, table));
        }
    }

    [Fact]
    public void The_2020_report_fails_I1_in_natural_persons_and_the_total_as_the_careful_check_found()
    {
        TestReports.Violations(TestReports.Real("series/published/pingtan-admin-2020.txt"), Applications).ShouldBe(new[]
        {
            ("I1", ViolationStatus.Failed, "自然人"),
            ("I1", ViolationStatus.Failed, "总计"),
        });
    }

    [Fact]
    public void Rows_decoded_by_rules_name_the_rules_they_used()
    {
        var reading = TestReports.Real("series/published/pingtan-admin-2021.txt");

        var decoded = TestReports.Table(reading, Applications).Decoded.Select(d => (d.Row.Id, d.Printed, string.Join(",", d.Rules.Select(r => r.Id)))).ToList();
        decoded.ShouldContain(("NewApplications", "640020470", "I2"));
        decoded.ShouldContain(("Granted", "270020130", "I2,I1"));
        TestReports.Value(reading, Applications, "Granted", "NaturalPersons").ShouldBe(27);
    }

    [Fact]
    public void Digits_that_split_several_ways_without_a_rule_to_choose_stay_blank_with_their_candidates()
    {
        var reading = TestReports.Real("series/published/pingtan-admin-2020.txt");

        var procurement = TestReports.Table(reading, "Procurement");
        procurement.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("'39573802895.90元' splits into 2 values in 9 ways (3|9573802895.90元; 39|573802895.90元; 395|73802895.90元;");
        TestReports.Value(reading, "Procurement", "CentralizedProcurement", "Projects").ShouldBeNull();
        TestReports.Value(reading, "Procurement", "CentralizedProcurement", "TotalAmount").ShouldBeNull();
    }
}
