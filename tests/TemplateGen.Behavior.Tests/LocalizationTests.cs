using Shouldly;
using TemplateGen.Localization;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>Error localization on the generated reports: the smallest set of cells whose change makes every rule hold.</summary>
public sealed class LocalizationTests
{
    private static (string Row, string Column, decimal? Reported, decimal Suggested)[] Cells(SuspectSet set) =>
        set.Cells.Select(c => (c.Row.Id, c.Column.Id, c.Reported, c.Suggested)).ToArray();

    private static void Set(IReportTable table, string row, string column, decimal? value) =>
        table.SetValue(table.Metadata.DataRows.Single(r => r.Id == row).DataIndex, table.Metadata.DataColumns.Single(c => c.Id == column).DataIndex, value);

    [Fact]
    public void A_balanced_report_has_nothing_to_localize()
    {
        var result = ErrorLocalizer.Locate(SeedReports.Shapingba2021());

        result.Outcome.ShouldBe(LocalizationOutcome.NothingFailed);
        result.Suspects.ShouldBeEmpty();
        result.Summary.ShouldBe("every rule that can be evaluated holds");
    }

    [Fact]
    public void Seed_000_with_the_total_of_natural_persons_raised_to_235_gives_exactly_that_cell_and_234()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.ResultsTotal.NaturalPersons = 235;

        var result = ErrorLocalizer.Locate(report);

        result.Outcome.ShouldBe(LocalizationOutcome.Found);
        result.TiedSets.ShouldBe(1);
        Cells(result.Suspects.ShouldHaveSingleItem()).ShouldBe(new[] { ("ResultsTotal", "NaturalPersons", (decimal?)235, 234m) });
        result.Suspects[0].RulesRestored.ShouldBe(new[] { "S1", "I1", "I2" });
        result.Summary.ShouldBe("most likely: （七）总计 / 自然人 reported 235, 234 makes S1, I1 and I2 hold (one digit wrong)");
    }

    [Theory]
    [InlineData(2021, "Granted", "NaturalPersons", 139)]
    [InlineData(2021, "NotHeld", "Commercial", 9)]
    [InlineData(2021, "CarriedForward", "Total", 30)]
    [InlineData(2019, "NewApplications", "NaturalPersons", 9)]
    [InlineData(2019, "Granted", "Total", 90)]
    public void One_wrong_cell_in_table_three_of_either_format_is_found_alone_with_its_value(int format, string row, string column, int wrong)
    {
        IReport report = format == 2021 ? SeedReports.Shapingba2021() : SeedReports.Jinning2020();
        var table = report.Tables.Single(t => t.Metadata.Id == "Applications");
        var (r, c) = (table.Metadata.DataRows.Single(x => x.Id == row).DataIndex, table.Metadata.DataColumns.Single(x => x.Id == column).DataIndex);
        var right = table.GetValue(r, c)!.Value;
        table.SetValue(r, c, wrong);

        var result = ErrorLocalizer.Locate(report);

        Cells(result.Suspects.ShouldHaveSingleItem()).ShouldBe(new[] { (row, column, (decimal?)wrong, right) });
    }

    [Theory]
    [InlineData(2021, "ReviewUpheld", 8)]
    [InlineData(2019, "DirectPending", 3)]
    public void One_wrong_cell_in_table_four_is_among_the_sets_that_tie_and_the_tie_is_counted(int format, string column, int wrong)
    {
        // Table 四 has one row: a wrong cell fails one equation, which any of its cells could mend.
        IReport report = format == 2021 ? SeedReports.Shapingba2021() : SeedReports.Jinning2020();
        var table = report.Tables.Single(t => t.Metadata.Id == "ReviewsAndLitigation");
        var c = table.Metadata.DataColumns.Single(x => x.Id == column).DataIndex;
        var right = table.GetValue(0, c)!.Value;
        table.SetValue(0, c, wrong);

        var result = ErrorLocalizer.Locate(report);

        result.Outcome.ShouldBe(LocalizationOutcome.Found);
        result.TiedSets.ShouldBeGreaterThan(1);
        var expected = ("Cases", column, (decimal?)wrong, right);
        result.Suspects.Select(Cells).Where(cells => cells.Length == 1).Select(cells => cells[0]).ShouldContain(expected);
        result.Summary.ShouldEndWith($"; {result.TiedSets} sets of 1 cell(s) make every rule hold");
    }

    [Fact]
    public void Two_neighbouring_cells_swapped_are_found_as_a_swap()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.NotHeld.NaturalPersons = 6;
        report.Applications.NotHeld.Commercial = 82;

        var result = ErrorLocalizer.Locate(report);

        var best = result.Suspects[0];
        best.Pattern.ShouldBe(CorrectionPattern.ValuesSwapped);
        Cells(best).ShouldBe(new[] { ("NotHeld", "NaturalPersons", (decimal?)6, 82m), ("NotHeld", "Commercial", (decimal?)82, 6m) });
    }

    [Fact]
    public void Two_digits_transposed_are_named_as_such()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.ResultsTotal.Total = 204;

        var result = ErrorLocalizer.Locate(report);

        var best = result.Suspects.ShouldHaveSingleItem();
        best.Pattern.ShouldBe(CorrectionPattern.DigitsSwapped);
        Cells(best).ShouldBe(new[] { ("ResultsTotal", "Total", (decimal?)204, 240m) });
    }

    [Fact]
    public void A_row_printed_one_cell_off_is_found_as_a_shifted_row_with_its_lost_total_solved()
    {
        var report = SeedReports.Shapingba2021();
        SeedReports.Fill(report.Applications, ("NotHeld", new decimal[] { 0, 82, 6, 0, 0, 0, 0 }));

        var result = ErrorLocalizer.Locate(report);

        var best = result.Suspects[0];
        best.Pattern.ShouldBe(CorrectionPattern.RowShifted);
        Cells(best).ShouldBe(new[]
        {
            ("NotHeld", "NaturalPersons", (decimal?)0, 82m),
            ("NotHeld", "Commercial", (decimal?)82, 6m),
            ("NotHeld", "Research", (decimal?)6, 0m),
            ("NotHeld", "Total", (decimal?)0, 88m),
        });
    }

    [Fact]
    public void A_total_printed_in_the_next_row_is_found_as_two_rows_swapped()
    {
        var report = SeedReports.Shapingba2021();
        SeedReports.Fill(report.Applications, ("ResultsTotal", new decimal[] { 3, 0, 0, 0, 0, 0, 3 }), ("CarriedForward", new decimal[] { 234, 6, 0, 0, 0, 0, 240 }));

        var result = ErrorLocalizer.Locate(report);

        result.Suspects[0].Pattern.ShouldBe(CorrectionPattern.RowsSwapped);
        result.Suspects[0].Cells.Select(c => c.Row.Id).Distinct().ShouldBe(new[] { "ResultsTotal", "CarriedForward" });
    }

    [Fact]
    public void A_sign_slip_is_named_as_such()
    {
        var report = SeedReports.Jinning2020();
        report.Applications.NewApplications.Total = -8;

        ErrorLocalizer.Locate(report).Suspects[0].Pattern.ShouldBe(CorrectionPattern.SignSlip);
    }

    [Fact]
    public void A_blank_the_rules_pin_down_is_imputed_not_suspected()
    {
        var report = SeedReports.Shapingba2021();
        report.Applications.Granted.NaturalPersons = null;

        var result = ErrorLocalizer.Locate(report);

        result.Outcome.ShouldBe(LocalizationOutcome.NothingFailed);
        result.Imputed.Select(c => (c.Row.Id, c.Column.Id, c.Reported, c.Suggested)).ShouldBe(new[] { ("Granted", "NaturalPersons", (decimal?)null, 129m) });
        result.Summary.ShouldBe("every rule that can be evaluated holds; the rules pin down 1 blank cell(s)");
    }

    [Fact]
    public void A_report_where_no_set_of_three_cells_mends_every_rule_says_so()
    {
        var report = SeedReports.Shapingba2021();
        var random = new Random(7);
        var metadata = GovDisclosure.Y2021.Applications.Metadata;
        foreach (var row in metadata.DataRows)
        {
            for (var c = 0; c < metadata.DataColumns.Count; c++)
            {
                report.Applications.SetValue(row.DataIndex, c, random.Next(0, 50));
            }
        }

        var result = ErrorLocalizer.Locate(report);

        result.Outcome.ShouldBe(LocalizationOutcome.NoneWithinLimit);
        result.Suspects.ShouldBeEmpty();
        result.Summary.ShouldStartWith("no set of at most 3 cell(s) makes every rule hold (");
    }

    [Fact]
    public void The_search_stops_at_its_bound_and_says_so()
    {
        var report = SeedReports.Shapingba2021();
        report.ReviewsAndLitigation.Cases.ReviewUpheld = 8;

        var result = ErrorLocalizer.Locate(report, ErrorLocalizer.DefaultMaxCells, maxSetsExamined: 2);

        result.Outcome.ShouldBe(LocalizationOutcome.StoppedAtBound);
        result.Summary.ShouldStartWith("stopped after examining 2 sets of cells");
    }
}
