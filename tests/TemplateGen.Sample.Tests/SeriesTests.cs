using System.Text.Json;
using Shouldly;
using TemplateGen.Sample.Checking;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// `check` over several reports of one body: consecutive years checked against each other by X1 to X4, on the
/// decoded copies of 平潭综合实验区's reports 2019 to 2025 (RealReports/series/README.md lists what a careful check finds).
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class SeriesTests
{
    private static string Decoded(int year) => ReportFiles.RealReport($"series/decoded/pingtan-admin-{year}.txt");

    [Fact]
    public void The_decoded_series_gives_the_results_its_readme_lists()
    {
        var (code, output) = SampleCli.Run("check", ReportFiles.RealReport("series/decoded"), "--json");

        code.ShouldBe(1); // 2020 fails I1 on its own; the rules across years are warnings where they fail
        using var json = JsonDocument.Parse(output);
        var series = json.RootElement.GetProperty("series").EnumerateArray().ShouldHaveSingleItem();
        series.GetProperty("place").GetString().ShouldBe("平潭综合实验区");
        series.GetProperty("notes").GetArrayLength().ShouldBe(0);
        var pairs = series.GetProperty("pairs").EnumerateArray().ToList();
        pairs.Select(Outcomes).ShouldBe(new[]
        {
            "2019→2020: X1 holds, X2 holds, X3 fails",
            "2020→2021: X1 holds",
            "2021→2022: X1 holds, X4 holds",
            "2022→2023: X1 holds, X4 fails",
            "2023→2024: X1 holds, X4 fails",
            "2024→2025: X1 holds, X4 fails",
        });
        pairs.ShouldAllBe(p => p.GetProperty("exitCode").GetInt32() == 0);

        var violations = pairs.SelectMany(p => p.GetProperty("violations").EnumerateArray()).ToList();
        violations.Select(v => $"{v.GetProperty("rule").GetString()} {v.GetProperty("severity").GetString()} {v.GetProperty("status").GetString()} {v.GetProperty("line").GetString()} {v.GetProperty("reported")} {v.GetProperty("computed")}").ShouldBe(new[]
        {
            "X3 Warning Failed 规章 7 0",
            "X4 Warning Failed 行政规范性文件 602 775",
            "X4 Warning Failed 行政规范性文件 473 532",
            "X4 Warning Failed 行政规范性文件 591 498",
        });

        // Each violation names both reports: 2023's 现行有效件数 470 and 本年废止件数 132 against 2023's 本年制发件数 77 and 2022's 698.
        violations[1].GetProperty("cells").EnumerateArray().Select(c => $"{c.GetProperty("year")} {c.GetProperty("source").GetString()} {c.GetProperty("column").GetString()} {c.GetProperty("value")}").ShouldBe(new[]
        {
            "2023 pingtan-admin-2023.txt 现行有效件数 470",
            "2023 pingtan-admin-2023.txt 本年废止件数 132",
            "2023 pingtan-admin-2023.txt 本年制发件数 77",
            "2022 pingtan-admin-2022.txt 现行有效件数 698",
        });
    }

    [Fact]
    public void The_console_shows_every_pair_with_warnings_as_warnings()
    {
        var checks = Enumerable.Range(2019, 3).Select(year => ReportCheck.Run(Path.GetFileName(Decoded(year)), File.ReadAllText(Decoded(year)))).ToList();
        var series = SeriesCheck.Run(checks, out var notes);
        using var writer = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(writer), Ansi = Spectre.Console.AnsiSupport.No });
        console.Profile.Width = 400;

        Output.ConsoleReport.Write(console, checks, series, notes);

        var output = writer.ToString();
        output.ShouldContain("平潭综合实验区: across years");
        output.ShouldContain("2019 → 2020 (pingtan-admin-2019.txt → pingtan-admin-2020.txt): X1 holds · X2 holds · X3 fails (warning)");
        output.ShouldContain("2020 → 2021 (pingtan-admin-2020.txt → pingtan-admin-2021.txt): X1 holds");
        output.ShouldContain("│ X3   │ failed (warning) │ 二、第二十条第（一）项 │ 规章 │ 7        │ 0        │ 2020 规章 / 对外公开总数量 = 7 vs 2020 规章 / 本年新公开数量 = 0 + 2019 规章 / 对外公开总数量 = 0 │");
        output.ShouldContain("2 pair(s) of consecutive years: 0 with failed rules, 1 with failed warnings only; 0 pair(s) or year(s) not checked.");
    }

    [Fact]
    public void In_the_published_series_cells_run_together_in_table_two_stay_blank_so_X2_and_X4_are_incomplete_not_failed()
    {
        // 二's rows are printed without separators ('3960181' is 396|0|181 or 3|960|181 …): they are left blank, never 0.
        var (_, output) = SampleCli.Run("check", ReportFiles.RealReport("series/published"), "--json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("series")[0].GetProperty("pairs").EnumerateArray().Select(Outcomes).ShouldBe(new[]
        {
            "2019→2020: X1 holds, X2 incomplete, X3 fails",
            "2020→2021: X1 holds",
            "2021→2022: X1 holds, X4 incomplete",
            "2022→2023: X1 holds, X4 incomplete",
            "2023→2024: X1 holds, X4 incomplete",
            "2024→2025: X1 holds, X4 incomplete",
        });
    }

    [Fact]
    public void A_missing_year_is_not_bridged_and_the_output_says_so()
    {
        var (code, output) = SampleCli.Run("check", Decoded(2019), Decoded(2020), Decoded(2022), Decoded(2023), "--json");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var series = json.RootElement.GetProperty("series")[0];
        series.GetProperty("pairs").EnumerateArray().Select(Outcomes).ShouldBe(new[]
        {
            "2019→2020: X1 holds, X2 holds, X3 fails",
            "2022→2023: X1 holds, X4 fails",
        });
        series.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldBe(new[]
        {
            "No report of 平潭综合实验区 for 2021: 2020 and 2022 are not checked against each other.",
        });
    }

    [Fact]
    public void Two_reports_of_one_year_are_not_checked_across_years_and_the_output_says_so()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"pingtan-admin-2020-copy-{Guid.NewGuid():N}.txt");
        File.Copy(Decoded(2020), copy);
        try
        {
            var (_, output) = SampleCli.Run("check", Decoded(2019), Decoded(2020), copy, Decoded(2021), "--json");

            using var json = JsonDocument.Parse(output);
            var series = json.RootElement.GetProperty("series")[0];
            series.GetProperty("pairs").GetArrayLength().ShouldBe(0);
            series.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldBe(new[]
            {
                $"2 reports of 平潭综合实验区 for 2020 (pingtan-admin-2020.txt, {Path.GetFileName(copy)}): 2020 is not checked against the years next to it.",
            });
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Reports_of_different_bodies_are_not_checked_against_each_other()
    {
        var (code, output) = SampleCli.Run("check", Decoded(2019), ReportFiles.RealReport("pingtan-lyy-2020.txt"), "--json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("series").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("seriesNotes").EnumerateArray().Select(n => n.GetString()).ShouldBe(new[]
        {
            "Reports of different bodies are not checked against each other: 平潭综合实验区 (1 report); 平潭综合实验区旅游与文化体育局 (1 report).",
        });
    }

    [Fact]
    public void A_later_report_in_the_earlier_format_cannot_follow_one_in_the_later_format()
    {
        // The 2019 report, retitled 2022: a 2022 report in the 2019 format after a 2021 report in the 2021 format.
        var path = Path.Combine(Path.GetTempPath(), $"pingtan-admin-2022-old-format-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, File.ReadAllText(Decoded(2019)).Replace("平潭综合实验区2019年", "平潭综合实验区2022年", StringComparison.Ordinal));
        try
        {
            var (_, output) = SampleCli.Run("check", Decoded(2021), path, "--json");

            using var json = JsonDocument.Parse(output);
            var series = json.RootElement.GetProperty("series")[0];
            series.GetProperty("pairs").GetArrayLength().ShouldBe(0);
            series.GetProperty("notes")[0].GetString().ShouldBe(
                $"{Path.GetFileName(path)} (2022, 国办公开办函〔2019〕60号) cannot follow pingtan-admin-2021.txt (2021, 国办公开办函〔2021〕30号): a report's format is the one before it or its successor, so 2021 → 2022 is not checked.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_html_page_of_a_report_given_the_year_before_shows_the_rules_across_reports()
    {
        var target = Path.Combine(Path.GetTempPath(), $"templategen-series-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _) = SampleCli.Run("render", Decoded(2020), "--previous", Decoded(2019), "--html", target);

            code.ShouldBe(1); // 2020's own I1; X3 fails as a warning only
            var html = File.ReadAllText(target);
            html.ShouldContain("<h2>Against the previous year&#39;s report (2019 → 2020: pingtan-admin-2019.txt → pingtan-admin-2020.txt)</h2>");
            html.ShouldContain("<li>X1 holds</li>");
            html.ShouldContain("<li>X2 holds</li>");
            html.ShouldContain("<li class=\"failed\">X3 fails (warning)</li>");
            html.ShouldContain("<td>2020 规章 / 对外公开总数量 = 7 vs 2020 规章 / 本年新公开数量 = 0 + 2019 规章 / 对外公开总数量 = 0</td>");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void A_folder_without_report_files_is_said_in_the_language_of_the_run()
    {
        var folder = Directory.CreateTempSubdirectory("no-reports-");
        try
        {
            var (code, _, error) = SampleCli.RunWithErrors("check", folder.FullName, "--lang", "zh-CN");

            code.ShouldBe(2);
            error.ShouldBe($"无法读取 {folder.FullName}：文件夹中没有报告文件（*.pdf, *.docx, *.txt, *.htm, *.html）{Environment.NewLine}");
        }
        finally
        {
            folder.Delete();
        }
    }

    [Fact]
    public void A_folder_without_report_files_is_one_line_and_exit_code_2()
    {
        var folder = Directory.CreateTempSubdirectory("no-reports-");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var (code, _) = SampleCli.Run("check", folder.FullName);

            code.ShouldBe(2);
            error.ToString().ShouldBe($"cannot read {folder.FullName}: the folder holds no report files (*.pdf, *.docx, *.txt, *.htm, *.html){Environment.NewLine}");
        }
        finally
        {
            Console.SetError(original);
            folder.Delete();
        }
    }

    private static string Outcomes(JsonElement pair) =>
        $"{pair.GetProperty("previous").GetProperty("year")}→{pair.GetProperty("current").GetProperty("year")}: "
        + string.Join(", ", pair.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("rule").GetString()} {r.GetProperty("outcome").GetString()}"));
}
