using System.Text.Json;
using Shouldly;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// `accept` then `check --accepted`, on the decoded 平潭 series 2019 to 2025 (2020 fails I1 in two columns; X3 and X4 fail
/// as warnings): a reviewed finding stays accepted run after run whatever the files are called, a finding whose values
/// change counts again, and an accepted finding that no longer occurs is stale.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class AcceptedFindingsTests : WorkFolderTests
{
    private const string Note = "复核：2020年表三（七）总计有误，已向发布机关核实";

    public AcceptedFindingsTests()
        : base("templategen-accept-")
    {
    }

    private string Reports => Path.Combine(Work.FullName, "reports");

    private string AcceptedFile => Path.Combine(Work.FullName, "accepted.json");

    [Fact]
    public void Accepting_every_finding_makes_the_next_run_exit_0_with_every_finding_shown_as_accepted()
    {
        CopySeries();
        SampleCli.Run("check", Reports).Code.ShouldBe(1);

        var (acceptCode, acceptOutput) = SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", Note, "--by", "审核员");

        acceptCode.ShouldBe(0);
        acceptOutput.ShouldContain($"6 finding(s) accepted, 0 accepted again with their new values, 0 already accepted; 6 in {AcceptedFile}");
        var (code, json) = SampleCli.Run("check", Reports, "--accepted", AcceptedFile, "--json");
        code.ShouldBe(0);
        var failed = Failed(json).ToList();
        failed.Count.ShouldBe(6); // I1 自然人 and 总计 in 2020, X3 2019→2020, X4 2023, 2024, 2025
        failed.ShouldAllBe(v => v.GetProperty("accepted").GetProperty("note").GetString() == Note && v.GetProperty("accepted").GetProperty("by").GetString() == "审核员");
        JsonDocument.Parse(json).RootElement.GetProperty("staleAccepted").GetArrayLength().ShouldBe(0);

        var console = SampleCli.Run("check", Reports, "--accepted", AcceptedFile).Output;
        console.ShouldContain("2 failed rule check(s) accepted; every other rule holds");
        console.ShouldContain($"accepted I1: {Note} (审核员, ");
        console.ShouldContain("6 finding(s) accepted as they are; 0 accepted finding(s) no longer occur (stale).");
    }

    [Fact]
    public void A_finding_is_the_same_whatever_its_file_is_called_or_where_it_lies()
    {
        CopySeries();
        SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", Note).Code.ShouldBe(0);
        var moved = Directory.CreateDirectory(Path.Combine(Work.FullName, "elsewhere", "renamed"));
        foreach (var file in Directory.GetFiles(Reports))
        {
            File.Move(file, Path.Combine(moved.FullName, "copy-of-" + Path.GetFileName(file)));
        }

        SampleCli.Run("check", moved.FullName, "--accepted", AcceptedFile).Code.ShouldBe(0);
    }

    [Fact]
    public void A_value_that_changes_makes_its_finding_count_again_and_the_exit_code_says_so()
    {
        CopySeries();
        SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", Note).Code.ShouldBe(0);

        // 2020's （六）其他处理 from 自然人 4 to 5: the I1 failure in 自然人 is no longer the one accepted.
        Edit(2020, "（六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |", "（六）其他处理 | 5 | 0 | 0 | 0 | 0 | 0 | 4 |");
        var (code, json) = SampleCli.Run("check", Reports, "--accepted", AcceptedFile, "--json");

        code.ShouldBe(1);
        var failed = Failed(json).Where(v => v.GetProperty("rule").GetString() == "I1").ToList();
        failed.Select(v => (v.GetProperty("computed").GetDecimal(), v.GetProperty("accepted").ValueKind, v.GetProperty("changedSinceAccepted").GetBoolean())).ShouldBe(new[]
        {
            (27m, JsonValueKind.Null, true), // 自然人: 27 now, 26 when accepted
            (27m, JsonValueKind.Object, false), // 总计 column unchanged: still accepted
        });
        SampleCli.Run("check", Reports, "--accepted", AcceptedFile).Output.ShouldContain("changed since accepted I1: accepted with ");
    }

    [Fact]
    public void An_accepted_finding_that_no_longer_occurs_is_stale_and_accepting_again_forgets_no_decision()
    {
        CopySeries();
        SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", Note, "--rule", "I1").Code.ShouldBe(0);
        File.ReadAllText(AcceptedFile).ShouldNotContain("\"X4\"");

        // The correction the body published later: 自然人 handled 26, not 20.
        Edit(2020, "（七）总计 | 20 | 0 | 0 | 0 | 0 | 1 | 21 |", "（七）总计 | 26 | 0 | 0 | 0 | 0 | 1 | 27 |");
        var (_, json) = SampleCli.Run("check", Reports, "--accepted", AcceptedFile, "--json");

        var stale = JsonDocument.Parse(json).RootElement.GetProperty("staleAccepted").EnumerateArray().ToList();
        stale.Select(s => $"{s.GetProperty("body").GetString()} {s.GetProperty("year")} {s.GetProperty("rule").GetString()}").ShouldBe(new[] { "平潭综合实验区 2020 I1", "平潭综合实验区 2020 I1" });

        SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", "X4: 废止件数口径不同", "--rule", "X4").Code.ShouldBe(0);
        var text = File.ReadAllText(AcceptedFile);
        text.ShouldContain(Note); // the stale I1 decisions are kept
        text.ShouldContain("X4: 废止件数口径不同");
    }

    [Theory]
    [InlineData("{ \"accepted\": [ { \"rule\": \"I1\" } ] }", "accepted finding 1 has no body, rule or cells")]
    [InlineData("{ \"accepted\": [ ", "not a list of accepted findings: ")]
    public void An_accepted_findings_file_that_cannot_be_used_is_one_line_and_exit_code_2(string content, string expected)
    {
        CopySeries();
        File.WriteAllText(AcceptedFile, content);

        var (code, _, error) = SampleCli.RunWithErrors("check", Reports, "--accepted", AcceptedFile);

        code.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public void A_missing_accepted_findings_file_is_an_error_for_check_and_created_by_accept()
    {
        CopySeries();

        var (code, _, error) = SampleCli.RunWithErrors("check", Reports, "--accepted", AcceptedFile);

        code.ShouldBe(2);
        error.Trim().ShouldBe($"{AcceptedFile}: no such accepted-findings file (templategen accept creates it)");
        SampleCli.Run("accept", Reports, "--accepted", AcceptedFile, "--note", Note).Code.ShouldBe(0);
        File.Exists(AcceptedFile).ShouldBeTrue();
    }

    private void CopySeries()
    {
        Directory.CreateDirectory(Reports);
        foreach (var file in Directory.GetFiles(ReportFiles.RealReport("series/decoded"), "*.txt"))
        {
            File.Copy(file, Path.Combine(Reports, Path.GetFileName(file)));
        }
    }

    private void Edit(int year, string find, string replace)
    {
        var path = Path.Combine(Reports, $"pingtan-admin-{year}.txt");
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Every failed violation of the JSON, in reports and across years.</summary>
    private static IEnumerable<JsonElement> Failed(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return root.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("violations").EnumerateArray())
            .Concat(root.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("pairs").EnumerateArray()).SelectMany(p => p.GetProperty("violations").EnumerateArray()))
            .Where(v => v.GetProperty("status").GetString() == "Failed")
            .Select(v => v.Clone());
    }
}
