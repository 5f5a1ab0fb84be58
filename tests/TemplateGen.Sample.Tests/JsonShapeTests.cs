using System.Text.Json;
using Shouldly;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// The JSON is a contract with scripts: its property names and the kinds of their values never change by accident. The
/// checker writes it property by property (no reflection, so a native build writes the same), so this pins every path
/// and the kinds seen there, over real reports that reach every part: archive text and a PDF (printed groups, pages,
/// notes, claims), a notice that is no report and an image named .pdf, a series with rules across years, accepted
/// findings and stale ones, and a file that is missing.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class JsonShapeTests : WorkFolderTests
{
    public JsonShapeTests()
        : base("templategen-json-shape-")
    {
    }

    [Fact]
    public void Every_property_path_and_the_kinds_of_its_values_are_as_approved()
    {
        // Accepted on the decoded series, checked against the published one: some findings match, some are stale.
        var accepted = Path.Combine(Work.FullName, "accepted.json");
        SampleCli.Run("accept", ReportFiles.RealReport("series/decoded"), "--accepted", accepted, "--note", "reviewed").Code.ShouldBe(0);
        var (code, json) = SampleCli.Run("check", MixedFolder.Create(Work.FullName), ReportFiles.RealReport("series/published"),
            Path.Combine(Work.FullName, "missing.txt"), "--accepted", accepted, "--json");

        code.ShouldBe(1);
        var shape = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Collect(JsonDocument.Parse(json).RootElement, "$", shape);
        var text = string.Join("\n", shape.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")) + "\n";

        text.ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("txt").NoDiff());
    }

    [Fact]
    public void The_json_on_standard_output_is_the_same_utf8_as_the_json_text_and_ends_its_line()
    {
        var run = TemplateGen.Sample.Checking.CheckRun.Of(new[] { new FileInfo(MixedFolder.Create(Work.FullName)) }, null);
        using var output = new MemoryStream();

        TemplateGen.Sample.Output.JsonReport.WriteTo(output, run, run.ExitCode);

        var text = TemplateGen.Sample.Output.JsonReport.Write(run.Checks, run.Series, run.SeriesNotes, run.ExitCode, run.Unreadable, run.Review, TemplateGen.Sample.Checking.RunSummary.Of(run));
        output.ToArray().ShouldBe(new System.Text.UTF8Encoding(false).GetBytes(text + Environment.NewLine));
        text.ShouldContain("平潭综合实验区"); // Chinese as itself, not escaped
    }

    /// <summary>Every path (array items as <c>[]</c>, the keys of a map of values as <c>{}</c>) with the kinds of value found there.</summary>
    private static void Collect(JsonElement element, string path, SortedDictionary<string, SortedSet<string>> shape)
    {
        if (!shape.TryGetValue(path, out var kinds))
        {
            shape[path] = kinds = new SortedSet<string>(StringComparer.Ordinal);
        }

        kinds.Add(element.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : element.ValueKind.ToString());
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // An accepted finding's values are keyed by cell: the keys are data, not names.
                var isMap = path.EndsWith(".values", StringComparison.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, isMap ? path + ".{}" : path + "." + property.Name, shape);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, path + "[]", shape);
                }

                break;
        }
    }
}
