using System.Text.Json;
using Shouldly;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// `check` over a folder answers what a person checking many reports asks: which rules fail most, which bodies fail in
/// which years and which years have no report, which reports are worst; every file is placed or named.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class RunSummaryTests : WorkFolderTests
{
    public RunSummaryTests()
        : base("templategen-summary-")
    {
    }

    [Fact]
    public void The_json_summary_ranks_rules_places_bodies_by_year_and_lists_the_worst_reports_first()
    {
        var (code, json, error) = SampleCli.RunWithErrors("check", MixedFolder.Create(Work.FullName), "--json");

        code.ShouldBe(1); // a failed rule outweighs a missing table or a file that is no report
        error.ShouldBeEmpty(); // no progress display when stderr is not a terminal
        var summary = JsonDocument.Parse(json).RootElement.GetProperty("summary");
        summary.GetProperty("rules").EnumerateArray().Take(3).Select(r => $"{r.GetProperty("rule").GetString()} {r.GetProperty("holds")}/{r.GetProperty("fails")}/{r.GetProperty("incomplete")}/{r.GetProperty("notChecked")}")
            .ShouldBe(new[] { "S1 5/1/1/0", "I1 6/1/0/0", "I3 6/1/0/0" });
        summary.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe(Enumerable.Range(2019, 6));
        var nyn = summary.GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("body").GetString() == "平潭综合实验区农业农村局");
        nyn.GetProperty("years").EnumerateArray().Select(y => $"{y.GetProperty("year")} {y.GetProperty("verdict").GetString()}").ShouldBe(new[] { "2021 fails" });
        nyn.GetProperty("missing").EnumerateArray().Select(y => y.GetInt32()).ShouldBe(new[] { 2019, 2020, 2022, 2023, 2024 });
        summary.GetProperty("worst").EnumerateArray().Select(w => $"{w.GetProperty("source").GetString()} {w.GetProperty("failed")} {string.Join(",", w.GetProperty("rules").EnumerateArray().Select(r => r.GetString()))}")
            .ShouldBe(new[] { "pingtan-nyn-2021.txt 4 S1,I1", "huaian-hongze-2023.pdf 2 I3" });
        summary.GetProperty("unplaced").EnumerateArray().Select(u => u.GetString()).ShouldBe(new[] { "notice.txt", "scan.pdf" });
    }

    [Fact]
    public void The_console_shows_the_summary_with_missing_years_after_the_reports()
    {
        var output = SampleCli.Run("check", MixedFolder.Create(Work.FullName)).Output;

        var summary = output.Substring(output.IndexOf("== all reports ==", StringComparison.Ordinal));
        summary.ShouldContain("| S1   | 三、收到和处理政府信息公开申请情况     | 5     | 1     | 1          | 0           |");
        summary.ShouldContain("| 平潭综合实验区农业农村局       | no report  | no report | fails     | no report | no report  | no report |");
        summary.ShouldContain("not in the table above (no year or nothing read): notice.txt, scan.pdf");
        summary.ShouldContain("• pingtan-nyn-2021.txt (平潭综合实验区农业农村局 2021): 4 failed (S1, I1)");
    }

    [Fact]
    public void One_body_over_seven_years_has_every_year_and_the_rules_across_years_tallied()
    {
        var (_, json) = SampleCli.Run("check", ReportFiles.RealReport("series/decoded"), "--json");

        var summary = JsonDocument.Parse(json).RootElement.GetProperty("summary");
        var body = summary.GetProperty("bodies").EnumerateArray().ShouldHaveSingleItem();
        body.GetProperty("years").EnumerateArray().Select(y => $"{y.GetProperty("year")} {y.GetProperty("verdict").GetString()}")
            .ShouldBe(new[] { "2019 holds", "2020 fails", "2021 holds", "2022 holds", "2023 holds", "2024 holds", "2025 holds" });
        body.GetProperty("missing").GetArrayLength().ShouldBe(0);
        summary.GetProperty("rules").EnumerateArray().Where(r => r.GetProperty("table").GetString() == "across years")
            .Select(r => $"{r.GetProperty("rule").GetString()} {r.GetProperty("holds")}/{r.GetProperty("fails")}")
            .ShouldBe(new[] { "X4 1/3", "X3 0/1", "X1 6/0", "X2 1/0" });
    }

    [Fact]
    public void Render_of_a_folder_writes_a_page_per_report_and_an_index_whose_every_link_resolves()
    {
        var pages = Path.Combine(Work.FullName, "pages");

        var (code, output) = SampleCli.Run("render", MixedFolder.Create(Work.FullName), "--html", pages);

        code.ShouldBe(1);
        output.Trim().ShouldBe($"wrote {Path.Combine(pages, "index.html")} and 7 page(s)");
        var index = File.ReadAllText(Path.Combine(pages, "index.html"));
        var links = System.Text.RegularExpressions.Regex.Matches(index, "href=\"([^\"]+)\"").Select(m => Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).Distinct().ToList();
        links.Count.ShouldBe(7);
        links.ShouldAllBe(link => File.Exists(Path.Combine(pages, link)));
        index.ShouldContain("<li>scan.pdf: an image (PNG), not text: run OCR on it first</li>");
        index.ShouldContain("<li>notice.txt: no table of ");
        File.ReadAllText(Path.Combine(pages, "pingtan-nyn-2021.txt.html")).ShouldContain("平潭综合实验区农业农村局2021年政府信息公开工作年度报告");
    }

    [Fact]
    public void Render_of_a_series_gives_each_year_its_rules_across_years_against_the_year_before()
    {
        var pages = Path.Combine(Work.FullName, "series");

        SampleCli.Run("render", ReportFiles.RealReport("series/decoded"), "--html", pages).Code.ShouldBe(1);

        File.ReadAllText(Path.Combine(pages, "pingtan-admin-2020.txt.html")).ShouldContain("X3");
        Directory.GetFiles(pages, "*.html").Length.ShouldBe(8);
    }
}
