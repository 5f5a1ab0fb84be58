using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>The reader never throws on any input text: every problem is in its result.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void Null_or_empty_input_gives_a_reading_that_says_so(string? content)
    {
        var reading = ReportReader.Read<GovDisclosure.Y2021.Report>(content);

        reading.InputProblem.ShouldBe("the input is empty");
        reading.Tables.ShouldAllBe(t => t.State == TableState.Missing);
        reading.AllTablesRead.ShouldBeFalse();
        reading.Validate().IsBalanced.ShouldBeTrue();
    }

    [Theory]
    [InlineData("div")]
    [InlineData("table")]
    [InlineData("span")]
    public void A_page_nested_past_the_bound_is_read_to_it_and_says_so(string element)
    {
        const int depth = 100_000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat($"<{element}>", depth)) + "text" + string.Concat(Enumerable.Repeat($"</{element}>", depth)) + "</body></html>";

        var reading = TestReports.Read(page);

        reading.DocumentNotes.ShouldBe(new[] { $"the page nests elements more than 1000 deep; it was read up to character {12 + (element.Length + 2) * 1000}" });
        reading.InputProblem.ShouldNotBeNull();
    }

    [Fact]
    public void A_page_of_unclosed_tags_is_scanned_once()
    {
        // 200,000 tags that never close: a scan that looked for each one's end from its start would take quadratic time.
        var page = "<html><table>" + string.Concat(Enumerable.Repeat("<td x", 200_000));

        var reading = TestReports.Read(page);

        reading.InputProblem.ShouldNotBeNull();
    }

    [Fact]
    public void A_report_page_inside_fifty_nested_divs_and_unclosed_paragraphs_reads_whole()
    {
        var seed = TestReports.Data("reviews-colspan.html");
        var page = string.Concat(Enumerable.Repeat("<div>", 50)) + string.Concat(Enumerable.Repeat("<p>unclosed", 2000)) + seed + string.Concat(Enumerable.Repeat("</div>", 50));

        var reading = TestReports.Read(page);

        reading.DocumentNotes.ShouldBeEmpty();
        reading.Tables.Single(t => t.Metadata.Id == "ReviewsAndLitigation").State.ShouldBe(TableState.Complete);
    }

    [Fact]
    public void Text_that_is_not_a_report_says_no_table_was_found()
    {
        var reading = TestReports.Read("Lorem ipsum dolor sit amet.\n<p>not a report</p>");

        reading.InputProblem.ShouldNotBeNull().ShouldStartWith("no table of 中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）was found");
        reading.Tables.ShouldAllBe(t => t.State == TableState.Missing && t.Line == null);
    }

    [Fact]
    public void A_count_too_large_for_its_column_is_a_row_problem_not_an_exception_and_the_row_total_may_pin_it_down()
    {
        var text = """
            某区2021年政府信息公开工作年度报告（国办公开办函〔2021〕30号）
            四、政府信息公开行政复议、行政诉讼情况
            9223372036854775808 | 7 | 1 | 1 | 15 | 4 | 5 | 1 | 3 | 13 | 6 | 1 | 1 | 2 | 10 |
            """;

        var reading = TestReports.Read(text);

        var reviews = reading.Tables.Single(t => t.Metadata.Id == "ReviewsAndLitigation");
        reviews.Problems.Select(p => p.Message).ShouldContain("9223372036854775808 is too large for a count under 结果维持; left blank");
        reviews.Table.GetValue(0, 1).ShouldBe(7);

        // The unreadable cell is then pinned down by the row's 总计 like any lost cell, and says so.
        var inferred = reviews.Inferred.ShouldHaveSingleItem();
        (inferred.Column.Label, inferred.Value, inferred.Rule.Id).ShouldBe(("结果维持", 6m, "I3"));
    }

    [Fact]
    public void Huge_html_spans_are_clipped_to_the_table_instead_of_filling_memory()
    {
        var html = "<html><body><table>" + string.Concat(Enumerable.Repeat("<tr><td rowspan=65534 colspan=1000>x</td></tr>", 10)) + "</table></body></html>";

        var reading = TestReports.Read(html);

        reading.InputProblem.ShouldNotBeNull();
    }

    [Fact]
    public void A_megabyte_on_one_line_without_digits_is_read_in_one_pass()
    {
        var line = string.Concat(Enumerable.Repeat("政府信息公开工作年度报告平潭综合实验区", 1_000_000 / 20));

        var reading = TestReports.Read(line);

        reading.InputProblem.ShouldNotBeNull();
        reading.Header.Year.ShouldBeNull();
    }

    [Fact]
    public void No_formats_to_read_as_is_a_caller_error()
    {
        Should.Throw<ArgumentException>(() => ReportReader.Read("text", Array.Empty<ReportFormat>())).ParamName.ShouldBe("formats");
    }
}
