using System.Globalization;
using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// A real report as its government published it (RealReports/pdf: 洪泽区 2023, five pages made by WPS): tables rebuilt
/// by the page's geometry give every cell its README and the hand reading (huaian-hongze-2023.tables.txt) state, and
/// the verdict the README states.
/// </summary>
public sealed class PdfReportTests
{
    private const string Pdf = "pdf/huaian-hongze-2023.pdf";

    private static readonly Lazy<ReportReading> Hongze = new(() => TestReports.ReadBytes(TestReports.RealBytes(Pdf), "huaian-hongze-2023.pdf"));

    [Fact]
    public void Every_table_is_read_complete_with_the_body_and_year_of_the_title_set_over_two_lines()
    {
        var reading = Hongze.Value;

        reading.DocumentKind.ShouldBe(DocumentKind.Pdf);
        reading.InputProblem.ShouldBeNull();
        reading.Header.Place.ShouldBe("洪泽区");
        reading.Header.Year.ShouldBe(2023);
        reading.Format.Year.ShouldBe(2021);
        reading.Tables.Select(t => (t.Metadata.Id, t.State)).ShouldAllBe(t => t.State == TableState.Complete);
    }

    [Fact]
    public void Table_three_holds_and_table_four_fails_I3_in_review_and_after_review_as_the_readme_states()
    {
        var violations = Hongze.Value.Validate().Violations;

        violations.Select(v => (v.Table.Id, v.RuleId, v.Status, v.Reported, v.Computed)).ShouldBe(new[]
        {
            ("ReviewsAndLitigation", "I3", ViolationStatus.Failed, (decimal?)0m, (decimal?)11m),
            ("ReviewsAndLitigation", "I3", ViolationStatus.Failed, (decimal?)0m, (decimal?)5m),
        });
    }

    [Fact]
    public void Every_cell_of_table_three_is_the_value_the_hand_reading_gives_in_the_order_printed()
    {
        var reading = Hongze.Value;
        var table = TestReports.Table(reading, "Applications");
        var printed = new List<decimal?[]>();
        foreach (var row in table.Metadata.DataRows)
        {
            if (table.PrintedGroups.FirstOrDefault(g => g.Group.DataDescendants.Contains(row)) is { } group)
            {
                if (group.Group.DataDescendants[0] == row)
                {
                    printed.Add(group.Values.ToArray());
                }

                continue;
            }

            printed.Add(table.Metadata.DataColumns.Select(c => table.Table.GetValue(row.DataIndex, c.DataIndex)).ToArray());
        }

        HandReadRows(7).Take(printed.Count).ShouldBe(printed.Select(Format), "rows of table 三 (the hand reading lists them first)");
    }

    [Fact]
    public void Table_two_and_table_four_read_the_values_the_hand_reading_gives()
    {
        var reading = Hongze.Value;

        TestReports.Value(reading, "Regulations", "NormativeDocuments", "Repealed").ShouldBe(5);
        TestReports.Value(reading, "Regulations", "NormativeDocuments", "InForce").ShouldBe(5);
        TestReports.Value(reading, "Licensing", "AdministrativeLicensing", "Decisions").ShouldBe(550);
        TestReports.Value(reading, "Enforcement", "Penalties", "Decisions").ShouldBe(4119);
        TestReports.Value(reading, "Enforcement", "Coercion", "Decisions").ShouldBe(195);
        TestReports.Value(reading, "Fees", "AdministrativeFees", "Amount").ShouldBe(7730.28m);
        var four = TestReports.Table(reading, "ReviewsAndLitigation");
        var cases = four.Metadata.DataColumns.Select(c => four.Table.GetValue(0, c.DataIndex)).ToArray();
        Format(cases).ShouldBe(HandReadRows(15).Single());
    }

    [Fact]
    public void The_misprinted_label_and_the_group_printed_as_one_row_are_reported_not_lost()
    {
        var table = TestReports.Table(Hongze.Value, "Applications");

        table.LooseMatches.Select(m => (m.Printed, m.Official)).ShouldBe(new[] { ("2.其他法律行政止公开", "2.其他法律行政法规禁止公开") });
        table.PrintedGroups.Select(g => g.Group.Id).ShouldBe(new[] { "OtherHandling" });
    }

    [Fact]
    public void Every_row_remembers_its_page_across_the_page_breaks_inside_tables_two_and_three()
    {
        var reading = Hongze.Value;
        int? Page(string table, string row) => reading.PageOf(TestReports.Table(reading, table).Metadata.DataRows.Single(r => r.Id == row));

        Page("Licensing", "AdministrativeLicensing").ShouldBe(2);
        Page("Enforcement", "Penalties").ShouldBe(3);
        Page("Applications", "NewApplications").ShouldBe(3);
        Page("Applications", "NeedsCreation").ShouldBe(3);
        Page("Applications", "StillUnclear").ShouldBe(4);
        Page("ReviewsAndLitigation", "Cases").ShouldBe(4);
        reading.Where(TestReports.Table(reading, "Applications").LooseMatches.Single().Line).ShouldBe("page 3");
    }

    [Fact]
    public void In_the_text_pdftotext_makes_of_it_a_footer_no_longer_lands_among_a_rows_cells()
    {
        var layout = TestReports.Real("pdf/huaian-hongze-2023.layout.txt");

        TestReports.Table(layout, "Applications").Problems.ShouldNotContain(p => p.Message.Contains("-3-", StringComparison.Ordinal));
        TestReports.Value(layout, "Applications", "NeedsCreation", "Total").ShouldBe(3);
    }

    [Fact]
    public void The_pdftotext_text_gives_the_verdict_of_the_pdf_with_the_misprinted_label_found_by_its_number()
    {
        var layout = TestReports.Real("pdf/huaian-hongze-2023.layout.txt");

        TestReports.Table(layout, "Applications").LooseMatches.Select(m => (m.Printed, m.Official)).ShouldBe(new[] { ("2.其他法律行政止公开", "2.其他法律行政法规禁止公开") });
        layout.Validate().Violations.Select(v => (v.Table.Id, v.RuleId, v.Status, v.Reported, v.Computed))
            .ShouldBe(Hongze.Value.Validate().Violations.Select(v => (v.Table.Id, v.RuleId, v.Status, v.Reported, v.Computed)));
    }

    [Fact]
    public void Page_numbers_in_the_footers_are_not_content()
    {
        var document = Documents.DocumentLoader.Load(TestReports.RealBytes(Pdf), "huaian-hongze-2023.pdf");

        document.Lines.SelectMany(l => l.Cells).ShouldNotContain(c => c.Trim('-', ' ').All(char.IsDigit) && c.Contains('-'));
        document.Lines.Select(l => l.Page).Distinct().ShouldBe(new int?[] { 1, 2, 3, 4, 5 });
    }

    /// <summary>The rows of the hand reading with exactly <paramref name="cells"/> trailing numbers, as printed.</summary>
    private static IEnumerable<string> HandReadRows(int cells) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "RealReports", "pdf", "huaian-hongze-2023.tables.txt"))
            .Select(line => line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray())
            .Where(c => c.Length >= cells && c.Skip(c.Length - cells).All(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) && (c.Length == cells || !decimal.TryParse(c[c.Length - cells - 1], NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
            .Select(c => string.Join(" ", c.Skip(c.Length - cells)));

    private static string Format(decimal?[] values) => string.Join(" ", values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "(blank)"));

    /// <summary>
    /// Documents made from one report's text by other tools: a browser's PDF (ruled tables, Kangxi radicals in the text
    /// layer), and LibreOffice's Word document and its PDF (tables without drawn lines: rows rebuilt from alignment,
    /// labels wrapped over lines rejoined).
    /// </summary>
    [Theory]
    [InlineData("pingtan-nyn-2021.chromium.pdf", DocumentKind.Pdf)]
    [InlineData("pingtan-nyn-2021.libreoffice.pdf", DocumentKind.Pdf)]
    [InlineData("pingtan-nyn-2021.libreoffice.docx", DocumentKind.Word)]
    public void A_document_made_by_another_tool_reads_the_values_and_verdict_of_the_text_it_was_made_from(string file, DocumentKind kind)
    {
        var text = TestReports.Real("pingtan-nyn-2021.txt");

        var document = TestReports.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", file)), file);

        document.DocumentKind.ShouldBe(kind);
        document.Header.Place.ShouldBe(text.Header.Place);
        document.Header.Year.ShouldBe(text.Header.Year);
        document.Tables.SelectMany(t => t.LooseMatches).ShouldBeEmpty("Kangxi radicals in the text layer read as the ideographs they stand for");
        foreach (var table in text.Tables)
        {
            var read = document.Tables.Single(t => t.Metadata.Id == table.Metadata.Id);
            var cells = table.Metadata.DataRows.SelectMany(r => table.Metadata.DataColumns.Select(c => (r.Id, c.Id, table.Table.GetValue(r.DataIndex, c.DataIndex))));
            cells.ShouldBe(table.Metadata.DataRows.SelectMany(r => table.Metadata.DataColumns.Select(c => (r.Id, c.Id, read.Table.GetValue(r.DataIndex, c.DataIndex)))), table.Metadata.Id);
        }

        document.Validate().Violations.Select(v => (v.RuleId, v.Status, v.Line.DisplayLabel)).ShouldBe(text.Validate().Violations.Select(v => (v.RuleId, v.Status, v.Line.DisplayLabel)));
    }

    [Fact]
    public void A_heading_after_an_unruled_table_is_not_taken_for_its_last_rows_wrapped_label()
    {
        // LibreOffice's PDF of seed 002 (2019 format), its tables drawn without lines: 第二十条第（六）项 follows the row
        // 其他对外管理服务事项 at a paragraph's distance, not a wrapped line's.
        var text = TestReports.Read(TestReports.Seed("002-jinning-2020.txt"));

        var pdf = TestReports.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "jinning-2020.libreoffice.pdf")), "jinning.pdf");

        pdf.Tables.Select(t => (t.Metadata.Id, t.State)).ShouldBe(text.Tables.Select(t => (t.Metadata.Id, t.State)));
        TestReports.Value(pdf, "Enforcement", "Penalties", "Decisions").ShouldBe(TestReports.Value(text, "Enforcement", "Penalties", "Decisions"));
        pdf.Validate().Violations.Select(v => (v.RuleId, v.Status)).ShouldBe(text.Validate().Violations.Select(v => (v.RuleId, v.Status)));
    }

    [Fact]
    public void A_row_printed_across_two_pages_of_a_browser_pdf_names_the_page_of_its_numbers()
    {
        var pdf = TestReports.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "pingtan-nyn-2021.chromium.pdf")), "nyn.pdf");

        pdf.Validate().Violations.Select(v => pdf.PageOf(v.Cells[0].Row)).ShouldAllBe(page => page == 2);
    }
}
