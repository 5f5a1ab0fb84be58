using System.Text.Json;
using Shouldly;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
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

    private static (int Code, string Output) Run(params string[] args)
    {
        var entry = typeof(ReportCheck).Assembly.EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var code = (int)entry.Invoke(null, new object[] { args })!;
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
