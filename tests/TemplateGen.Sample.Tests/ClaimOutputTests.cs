using System.Text.Json;
using Shouldly;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>The figures a report's text states, against its tables, in every output of the checker.</summary>
public sealed class ClaimOutputTests
{
    private static ReportCheck Check(string path) => ReportCheck.Run(Path.GetFileName(path), File.ReadAllText(ReportFiles.RealReport(path)));

    [Fact]
    public void Json_lists_every_claim_with_what_the_text_states_and_what_the_cells_hold()
    {
        var check = Check("series/published/pingtan-admin-2022.txt");

        var json = JsonDocument.Parse(JsonReport.Write(new[] { check }, Array.Empty<SeriesCheck>(), Array.Empty<string>(), check.ExitCode));

        var claims = json.RootElement.GetProperty("reports")[0].GetProperty("claims").EnumerateArray().ToList();
        claims.Select(c => c.GetProperty("id").GetString()).ShouldBe(new[] { "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9" });
        var received = claims[0];
        received.GetProperty("status").GetString().ShouldBe("Fails");
        received.GetProperty("stated").GetDecimal().ShouldBe(75);
        received.GetProperty("value").GetDecimal().ShouldBe(74);
        received.GetProperty("sentence").GetString().ShouldStartWith("2022年，全区收到政府信息公开申请75件");
        received.GetProperty("line").GetInt32().ShouldBe(10);
        claims[1].GetProperty("status").GetString().ShouldBe("NotStated");
        claims[1].GetProperty("stated").ValueKind.ShouldBe(JsonValueKind.Null);
        var documents = claims[8];
        documents.GetProperty("status").GetString().ShouldBe("NotComparable"); // 本年制发 runs together in table 二 and is left blank
        documents.GetProperty("stated").GetDecimal().ShouldBe(88);
        documents.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void A_failed_claim_is_a_warning_that_leaves_the_exit_code_to_the_rules()
    {
        var check = Check("series/published/pingtan-admin-2022.txt");

        check.Claims.Single(c => c.Claim.Id == "C1").Status.ShouldBe(ClaimStatus.Fails);
        check.ExitCode.ShouldNotBe(ExitCodes.RuleFails);
    }

    [Fact]
    public void The_console_and_the_html_page_quote_the_sentence_and_mark_its_number()
    {
        var check = Check("pingtan-jtj-2023.txt");

        using var english = Culture.English();
        var console = SampleCli.ConsoleText(check);
        console.ShouldContain("text and tables");
        console.ShouldContain("C1 本年新收政府信息公开申请: the text states 14, as the tables do (line 10: “全年我局共收到政府信息公开申请14件，");
        console.ShouldContain("not stated in the text: C2, C3, C4, C5, C6, C7, C8, C9");
        var page = HtmlLayout.Write(check);
        page.ShouldContain("<h2>Text and tables</h2>");
        page.ShouldContain("全年我局共收到政府信息公开申请<mark>14</mark>件");
    }
}
