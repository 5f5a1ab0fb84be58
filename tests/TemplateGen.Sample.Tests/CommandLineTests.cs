using System.Text.Json;
using Shouldly;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>The sample's command line, run through its entry point: exit codes and --json.</summary>
[Collection(nameof(CommandLineTests))]
[CollectionDefinition(nameof(CommandLineTests), DisableParallelization = true)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(ReportFiles.Shapingba2021, 0)]
    [InlineData(ReportFiles.Yangpu2021, 2)]
    [InlineData(ReportFiles.Jinning2020, 0)]
    [InlineData(ReportFiles.Hongqi2021, 0)]
    [InlineData(ReportFiles.Kaifu2020, 2)]
    public void Check_exits_with_the_reports_outcome_and_writes_json(string file, int exitCode)
    {
        var (code, output) = Run("check", Path.Combine(AppContext.BaseDirectory, "Reports", file), "--json");

        code.ShouldBe(exitCode);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(exitCode);
        json.RootElement.GetProperty("reports")[0].GetProperty("source").GetString().ShouldBe(file);
    }

    [Fact]
    public void A_failed_rule_exits_1_even_when_another_table_is_missing()
    {
        var text = File.ReadAllText(ReportFiles.RealReport("pingtan-nyn-2021.txt")).Replace("四、政府信息公开行政复议、行政诉讼情况", "", StringComparison.Ordinal)
            .Replace("行政复议行政诉讼结果维持", "", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"nyn-without-four-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var (code, output) = Run("check", path, "--json");

            code.ShouldBe(1);
            using var json = JsonDocument.Parse(output);
            var tables = json.RootElement.GetProperty("reports")[0].GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
            tables["ReviewsAndLitigation"].GetProperty("state").GetString().ShouldBe("Missing");
            tables["Applications"].GetProperty("rules").GetString().ShouldBe("Fails");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_output_says_which_rules_decoded_cells_and_which_were_checked()
    {
        var (code, output) = Run("check", ReportFiles.RealReport("series/published/pingtan-admin-2021.txt"), "--json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var applications = json.RootElement.GetProperty("reports")[0].GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "Applications");
        applications.GetProperty("reading").GetString().ShouldBe("read, with decoded or inferred cells");
        applications.GetProperty("rulesUsedForReading").EnumerateArray().Select(r => r.GetString()).ShouldBe(new[] { "I1", "I2" });
        applications.GetProperty("rulesChecked").EnumerateArray().Select(r => r.GetString()).ShouldBe(new[] { "S1", "I1", "I2" });
        applications.GetProperty("decoded").EnumerateArray().Select(d => d.GetProperty("printed").GetString()).ShouldContain("270020130");

        SampleCli.ConsoleText(ReportCheck.Run("2021", File.ReadAllText(ReportFiles.RealReport("series/published/pingtan-admin-2021.txt"))))
            .ShouldContain("（一）予以公开 '270020130' decoded by rule I2, I1");
    }

    [Fact]
    public void Json_console_and_html_name_the_most_likely_wrong_cells_with_the_values_that_mend_them()
    {
        var (code, output) = Run("check", ReportFiles.RealReport("pingtan-nyn-2021.txt"), "--json");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("reports")[0];
        report.GetProperty("localization").GetProperty("outcome").GetString().ShouldBe("Found");
        var suspect = report.GetProperty("suspects")[0];
        suspect.GetProperty("pattern").GetString().ShouldBe("MovedToNeighbour");
        suspect.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("table").GetString(), c.GetProperty("row").GetString(), c.GetProperty("column").GetString(), c.GetProperty("reported").GetDecimal(), c.GetProperty("suggested").GetDecimal()))
            .ShouldBe(new[]
            {
                ((string?)"三、收到和处理政府信息公开申请情况", (string?)"（七）总计", (string?)"自然人", 3m, 2m),
                ("三、收到和处理政府信息公开申请情况", "（七）总计", "其他", 0m, 1m),
            });

        var check = ReportCheck.Run("nyn", File.ReadAllText(ReportFiles.RealReport("pingtan-nyn-2021.txt")));
        SampleCli.ConsoleText(check).ShouldContain("most likely: （七）总计 / 自然人 reported 3, 2; （七）总计 / 其他 reported 0, 1 makes S1 and I1 hold");

        var page = Output.HtmlLayout.Write(check);
        page.ShouldContain("<th colspan=\"2\">（七）总计</th><td class=\"value suspect\">3</td><td class=\"value\">0</td><td class=\"value\">0</td><td class=\"value\">0</td><td class=\"value\">0</td><td class=\"value suspect\">0</td>");
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_2_and_the_others_are_still_checked()
    {
        var (code, output) = Run("check", Path.Combine(AppContext.BaseDirectory, "Reports", "no-such-report.txt"), Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021), "--json");

        code.ShouldBe(2);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("reports").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void The_json_marks_inferred_cells()
    {
        var (_, output) = Run("check", Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Hongqi2021), "--json");

        using var json = JsonDocument.Parse(output);
        var applications = json.RootElement.GetProperty("reports")[0].GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "Applications");
        applications.GetProperty("inferred").GetArrayLength().ShouldBe(4);
        applications.GetProperty("state").GetString().ShouldBe("Incomplete");
    }

    [Fact]
    public void Output_to_a_file_or_pipe_is_a_plain_layout_as_wide_as_its_content()
    {
        // The test host's standard output is redirected, as a log's or a file's is.
        Console.IsOutputRedirected.ShouldBeTrue();

        var (code, output) = Run("check", Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021));

        code.ShouldBe(0);
        output.ShouldStartWith("== 000-shapingba-2021.txt ==" + Environment.NewLine);
        output.ShouldContain("| Table                                  | Read | Rules      | Details |");
        output.ShouldNotContain("│");
        output.ShouldNotContain("──");
        output.Split(Environment.NewLine).ShouldAllBe(line => line == line.TrimEnd()); // no padding to a console width
    }

    [Fact]
    public void A_misspelled_command_is_a_usage_error_with_the_parsers_suggestion()
    {
        var (code, output, error) = SampleCli.RunWithErrors("chek", "report.txt");

        code.ShouldBe(64);
        output.ShouldBeEmpty();
        error.ShouldContain("'chek' was not matched. Did you mean one of the following?" + Environment.NewLine + "check");
        error.ShouldNotContain("Usage:"); // the error, not the whole help
    }

    [Theory]
    [InlineData("--jsn", "'--jsn' is not an option of 'check'; did you mean '--json'? Its options: --format, --json, --verbose, --csv, --xlsx, --accepted.")]
    [InlineData("--fromat", "'--fromat' is not an option of 'check'; did you mean '--format'? Its options: --format, --json, --verbose, --csv, --xlsx, --accepted.")]
    [InlineData("-x", "'-x' is not an option of 'check'. Its options: --format, --json, --verbose, --csv, --xlsx, --accepted.")]
    public void An_unknown_option_is_a_usage_error_not_a_file_name(string option, string message)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021);

        var (code, output, error) = SampleCli.RunWithErrors("check", option, file);

        code.ShouldBe(64);
        output.ShouldBeEmpty(); // nothing was checked
        error.ShouldContain(message);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("templategen-dash-");
        try
        {
            var file = Path.Combine(folder.FullName, "-2021.txt");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021), file);
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = folder.FullName;
            try
            {
                var (code, _, error) = SampleCli.RunWithErrors("check", "-2021.txt");
                code.ShouldBe(0, error);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_format_can_be_forced_and_an_unknown_one_is_a_usage_error()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Shapingba2021);

        var (forced, output) = Run("check", file, "--format", "2019", "--json");
        var (unknown, _) = Run("check", file, "--format", "2018");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("reports")[0].GetProperty("formatEvidence").GetString().ShouldBe("Override");
        forced.ShouldBe(2); // the 2019 format's 二（九） table is not in a 2021 report
        unknown.ShouldBe(64);
    }

    [Fact]
    public void A_forced_format_the_report_contradicts_is_read_as_asked_with_a_warning_naming_the_evidence()
    {
        var text = ReportFiles.Report(ReportFiles.Shapingba2021);

        var contradicted = ReportCheck.Run("000", text, ReportCheck.Formats.Single(f => f.Year == 2019));
        var agreed = ReportCheck.Run("000", text, ReportCheck.Formats.Single(f => f.Year == 2021));
        var detected = ReportCheck.Run("000", text);

        contradicted.FormatWarning.ShouldBe("--format 2019 was given, but its tables have the rows and columns of 国办公开办函〔2021〕30号; read as 国办公开办函〔2019〕60号, as asked");
        contradicted.Reading.Format.Year.ShouldBe(2019);
        SampleCli.ConsoleText(contradicted).ShouldContain("warning: --format 2019 was given, but its tables have the rows and columns of 国办公开办函〔2021〕30号");
        JsonReport.Write(new[] { contradicted }, Array.Empty<SeriesCheck>(), Array.Empty<string>(), contradicted.ExitCode).ShouldContain("\"formatWarning\": \"--format 2019 was given");
        agreed.FormatWarning.ShouldBeNull();
        detected.FormatWarning.ShouldBeNull();
    }

    [Fact]
    public void Render_writes_a_standalone_html_page()
    {
        var target = Path.Combine(Path.GetTempPath(), $"templategen-render-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _) = Run("render", Path.Combine(AppContext.BaseDirectory, "Reports", ReportFiles.Hongqi2021), "--html", target);

            code.ShouldBe(0);
            File.ReadAllText(target).ShouldStartWith("<!DOCTYPE html>");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Diff_of_the_shipped_templates_is_the_committed_list_of_format_changes()
    {
        // docs/format-changes-2019-2021.md is this command's output; it lists formats.md section 6 item by item.
        var (code, output) = Run("diff", Template("gov-info-disclosure-2019.template.json"), Template("gov-info-disclosure-2021.template.json"));

        code.ShouldBe(0);
        output.ShouldBe(File.ReadAllText(Template("format-changes-2019-2021.md")));
        output.ShouldContain("- table Procurement removed: 二、主动公开政府信息情况 第二十条第（九）项\n");
        output.ShouldContain("- row OtherHandling (（六）其他处理) was a data row, now a group of 3 rows\n");
        output.ShouldContain("- row NormativeDocuments relabelled: 规范性文件 → 行政规范性文件\n");
        output.ShouldContain("- column Amount added: 本年收费金额（单位：万元） (amounts in 万元)\n");
        output.ShouldContain("- rule I1 changed: now also NoCorrection, FeeNotPaid, OtherReason; no longer OtherHandling\n");
        output.ShouldContain("- rule X4 added: 现行有效件数等于上一年度报告的现行有效件数加本年制发件数减本年废止件数（合理性检查：文件也会不经废止而失效）\n");
        output.ShouldContain("- rule X3 removed: 对外公开总数量等于上一年度报告的对外公开总数量加本年新公开数量（合理性检查）\n");
    }

    [Fact]
    public void Diff_follows_was_to_a_renamed_row_and_says_so()
    {
        var earlier = File.ReadAllText(Template("gov-info-disclosure-2019.template.json"));
        // Renamed everywhere the 2021 template names it (its row, its rules and its claim), the row saying its former id.
        var later = File.ReadAllText(Template("gov-info-disclosure-2021.template.json"))
            .Replace("\"CarriedOver\"", "\"FromLastYear\"", StringComparison.Ordinal)
            .Replace(".CarriedOver.", ".FromLastYear.", StringComparison.Ordinal)
            .Replace("\"id\": \"FromLastYear\",", "\"id\": \"FromLastYear\", \"was\": \"CarriedOver\",", StringComparison.Ordinal);

        var text = Formats.FormatDiff.Write("2019", earlier, "2021", later, out var error);

        error.ShouldBeNull();
        text.ShouldNotBeNull().ShouldContain("- row CarriedOver renamed to FromLastYear (二、上年结转政府信息公开申请数量)\n");
        text.ShouldNotContain("row CarriedOver removed");
    }

    [Fact]
    public void Diff_of_a_broken_template_is_one_line_with_where_and_what_and_exit_code_2()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.template.json");
        File.WriteAllText(broken, "{ \"id\": \"x\", }");
        try
        {
            var (code, _, error) = SampleCli.RunWithErrors("diff", broken, Template("gov-info-disclosure-2021.template.json"));

            code.ShouldBe(2);
            error.ShouldBe($"{Path.GetFileName(broken)}(1,12): Trailing comma before '}}': JSON does not allow a comma after the last property. Remove the comma.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string Template(string name) => Path.Combine(AppContext.BaseDirectory, "Templates", name);

    private static (int Code, string Output) Run(params string[] args) => SampleCli.Run(args);
}
