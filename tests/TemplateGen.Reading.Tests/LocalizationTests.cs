using Shouldly;
using TemplateGen.Localization;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>Error localization on the real reports whose table 三 fails, through the reading's result.</summary>
public sealed class LocalizationTests
{
    [Fact]
    public void Nyn_2021_names_the_two_total_cells_as_a_value_counted_in_the_neighbouring_cell()
    {
        var result = TestReports.Real("pingtan-nyn-2021.txt").Localize();

        result.Outcome.ShouldBe(LocalizationOutcome.Found);
        var best = result.Suspects[0];
        best.Pattern.ShouldBe(CorrectionPattern.MovedToNeighbour);
        best.Cells.Select(c => (c.Row.Id, c.Column.Label, c.Reported, c.Suggested)).ShouldBe(new[]
        {
            ("ResultsTotal", "自然人", (decimal?)3, 2m),
            ("ResultsTotal", "其他", (decimal?)0, 1m),
        });
        best.Description.ShouldBe("（七）总计 / 自然人 reported 3, 2; （七）总计 / 其他 reported 0, 1 makes S1 and I1 hold (1 counted under 自然人 instead of 其他, a value in the neighbouring cell: the row's total stays right)");
    }

    [Fact]
    public void The_2020_report_has_no_single_cell_that_explains_its_I1_failure_and_says_how_many_pairs_tie()
    {
        var result = TestReports.Real("series/decoded/pingtan-admin-2020.txt").Localize();

        result.Outcome.ShouldBe(LocalizationOutcome.Found);
        result.Suspects.ShouldAllBe(s => s.Cells.Count == 2);
        result.TiedSets.ShouldBe(result.Suspects.Count);
        result.TiedSets.ShouldBeGreaterThan(1);
        result.Summary.ShouldEndWith($"; {result.TiedSets} sets of 2 cell(s) make every rule hold");
    }

    [Fact]
    public void A_lost_cell_that_the_rules_pin_down_is_imputed_from_a_real_report()
    {
        var result = TestReports.Real("pingtan-gaj-2019.txt").Localize();

        result.Outcome.ShouldBe(LocalizationOutcome.NothingFailed);
        result.Imputed.Select(c => (c.Row.Id, c.Suggested)).Distinct().ShouldBe(new[] { ("NewApplications", 0m) });
        result.Imputed.Count.ShouldBe(7);
    }
}
