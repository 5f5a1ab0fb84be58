using System.Text.Json;
using Shouldly;
using Xunit;
using static TemplateGen.Sample.Tests.SampleCli;

namespace TemplateGen.Sample.Tests;

/// <summary>`check` and `render` on documents as governments publish them: a PDF names the page of every cell it reports; what cannot be read is one line and exit code 2.</summary>
[Collection(nameof(CommandLineTests))]
public sealed class DocumentCliTests
{
    private static readonly string Pdf = ReportFiles.RealReport(Path.Combine("pdf", "huaian-hongze-2023.pdf"));

    [Fact]
    public void Check_reads_the_pdf_and_its_json_names_the_page_of_every_failed_cell()
    {
        var (code, output) = Run("check", Pdf, "--json");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("reports")[0];
        report.GetProperty("document").GetString().ShouldBe("Pdf");
        report.GetProperty("place").GetString().ShouldBe("洪泽区");
        report.GetProperty("year").GetInt32().ShouldBe(2023);
        report.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("state").GetString()).ShouldAllBe(s => s == "Complete");
        var violations = report.GetProperty("violations").EnumerateArray().ToList();
        violations.Select(v => v.GetProperty("rule").GetString()).ShouldBe(new[] { "I3", "I3" });
        violations.SelectMany(v => v.GetProperty("cells").EnumerateArray()).Select(c => c.GetProperty("page").GetInt32()).Distinct().ShouldBe(new[] { 4 });
        report.GetProperty("tables")[4].GetProperty("looseMatches")[0].GetProperty("page").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Check_prints_the_page_of_each_violation_and_of_each_reading_note()
    {
        var output = ConsoleText(Checking.ReportCheck.Run("huaian-hongze-2023.pdf", File.ReadAllBytes(Pdf)));

        output.ShouldContain("洪泽区, 2023 · format 国办公开办函〔2021〕30号 (from the shape of the tables) · read from a PDF");
        output.ShouldContain("page 3: '2.其他法律行政止公开' read as '2.其他法律行政法规禁止公开'");
        output.ShouldContain("│ 第 4 页 │");
        output.ShouldContain("most likely: Cases / 总计 reported 0, 11; Cases / 总计 reported 0, 5 makes I3 hold; 2 sets of 2 cell(s) make every rule hold (第 4 页)");
    }

    [Fact]
    public void Render_shows_the_pages_a_table_was_read_from_and_each_cells_page()
    {
        var target = Path.Combine(Path.GetTempPath(), $"hongze-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _) = Run("render", Pdf, "--html", target);

            code.ShouldBe(1);
            var page = File.ReadAllText(target);
            page.ShouldContain("第 3、4 页");
            page.ShouldContain("title=\"第 4 页\"");
            page.ShouldContain("<p>read from a PDF</p>");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void A_file_that_is_no_readable_document_is_one_line_and_exit_code_2()
    {
        InTempFolder(folder =>
        {
            var doc = Path.Combine(folder.FullName, "report.doc");
            File.WriteAllBytes(doc, new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 });

            var (code, output) = Run("check", doc, "--json");

            code.ShouldBe(2);
            using var json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("reports")[0].GetProperty("inputProblem").GetString().ShouldBe("a legacy Word or WPS document (.doc): save it as .docx or PDF");
            ConsoleText(Checking.ReportCheck.Run("report.doc", File.ReadAllBytes(doc))).Split('\n')[0].ShouldBe("report.doc: cannot be checked: a legacy Word or WPS document (.doc): save it as .docx or PDF");
        });
    }

    [Fact]
    public void A_folder_stands_for_its_pdf_and_word_files_too_but_not_office_lock_files()
    {
        InTempFolder(folder =>
        {
            File.Copy(Pdf, Path.Combine(folder.FullName, "hongze.pdf"));
            File.WriteAllBytes(Path.Combine(folder.FullName, "~$ngze.docx"), new byte[] { 0x0A, 0x6C, 0x00, 0x00, 0x20 }); // Word's lock file of an open document

            var (code, output) = Run("check", folder.FullName, "--json");

            code.ShouldBe(1);
            using var json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ShouldBe(new[] { "hongze.pdf" });
        });
    }

    [Fact]
    public void Render_with_an_empty_previous_report_exits_2_and_writes_no_page()
    {
        InTempFolder(folder =>
        {
            var empty = Path.Combine(folder.FullName, "2022.txt");
            File.WriteAllText(empty, "");
            var target = Path.Combine(folder.FullName, "page.html");

            var (code, _) = Run("render", Pdf, "--html", target, "--previous", empty);

            code.ShouldBe(2);
            File.Exists(target).ShouldBeFalse();
        });
    }

    [Fact]
    public void Diff_of_a_template_that_once_threw_in_the_loader_says_where_and_exits_2_without_a_trace()
    {
        InTempFolder(folder =>
        {
            var template = Path.Combine(folder.FullName, "surrogate.template.json");
            File.WriteAllText(template, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Templates", "gov-info-disclosure-2021.template.json")).Replace("\"id\": \"Regulations\"", "\"id\": \"Reg\\uD800ulations\"", StringComparison.Ordinal));

            var (code, _, error) = SampleCli.RunWithErrors("diff", template, Path.Combine(AppContext.BaseDirectory, "Templates", "gov-info-disclosure-2021.template.json"));

            code.ShouldBe(2);
            error.ShouldContain("contains the unpaired surrogate U+D800");
            error.ShouldNotContain("   at ");
        });
    }

    [Fact]
    public void Every_input_is_in_the_json_and_one_that_is_no_report_names_no_format_but_says_why()
    {
        InTempFolder(folder =>
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021), Path.Combine(folder.FullName, "good.txt"));
            File.WriteAllBytes(Path.Combine(folder.FullName, "broken.pdf"), new byte[] { 0, 1, 2, 3, 0xFF, 0xFE, 9, 9 });
            File.WriteAllText(Path.Combine(folder.FullName, "empty.txt"), "");
            var missing = Path.Combine(folder.FullName, "missing.txt");

            var (code, output, _) = SampleCli.RunWithErrors("check", folder.FullName, missing, "--json");

            code.ShouldBe(2);
            using var json = JsonDocument.Parse(output);
            var reports = json.RootElement.GetProperty("reports").EnumerateArray()
                .ToDictionary(r => r.GetProperty("source").GetString()!, r => (Unreadable: r.GetProperty("unreadable").GetString(), Format: r.GetProperty("format").GetString()));
            reports["good.txt"].ShouldBe((null, "国办公开办函〔2021〕30号"));
            reports["broken.pdf"].ShouldBe(("named .pdf but not a PDF: the file holds binary data without a PDF header", null));
            reports["empty.txt"].ShouldBe(("the input is empty", null));
            var unreadable = json.RootElement.GetProperty("unreadableFiles").EnumerateArray().ShouldHaveSingleItem();
            unreadable.GetProperty("source").GetString().ShouldBe("missing.txt");
            unreadable.GetProperty("reason").GetString().ShouldBe($"cannot read {missing}: no such file");
        });
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_one_line_in_the_console_report_that_names_its_path_once()
    {
        InTempFolder(folder =>
        {
            var missing = Path.Combine(folder.FullName, "missing.txt");

            var (code, output) = SampleCli.Run("check", missing, Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021));

            code.ShouldBe(2);
            output.Split('\n').Where(line => line.Contains("missing.txt", StringComparison.Ordinal) && !line.Contains("not in the table above", StringComparison.Ordinal))
                .ShouldBe(new[] { $"cannot read {missing}: no such file" });
        });
    }

    [Theory]
    [InlineData(false, false, false, false)] // the console report on the terminal names the file: once is enough
    [InlineData(false, true, false, true)] // the report goes to a file or a pipe: the terminal hears it on stderr
    [InlineData(false, false, true, true)] // stderr is a log: it keeps every error
    [InlineData(true, false, false, true)] // JSON is for scripts, which read stderr
    public void A_file_that_cannot_be_opened_is_named_on_stderr_unless_the_report_on_the_same_terminal_names_it(bool asJson, bool outputRedirected, bool errorRedirected, bool onStandardError) =>
        TemplateGen.Sample.Output.UnreadableText.AlsoOnStandardError(asJson, outputRedirected, errorRedirected).ShouldBe(onStandardError);

    /// <summary>Runs <paramref name="test"/> in a new temporary folder, deleted afterwards.</summary>
    private static void InTempFolder(Action<DirectoryInfo> test)
    {
        var folder = Directory.CreateTempSubdirectory("templategen-docs-");
        try
        {
            test(folder);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
