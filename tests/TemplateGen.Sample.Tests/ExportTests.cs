using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// `check --csv DIR --xlsx FILE` over a folder of real reports (text and PDF) with two files that are no report: the
/// files read back with a CSV reader and a workbook reader hold the same facts as --json, row for row, and every input
/// file is in every output.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class ExportTests : WorkFolderTests
{
    public ExportTests()
        : base("templategen-export-")
    {
    }

    [Fact]
    public void The_csv_files_hold_what_the_json_says_and_every_input_file()
    {
        var (code, json, _) = Run();

        code.ShouldBe(1);
        using var document = JsonDocument.Parse(json);
        var reports = document.RootElement.GetProperty("reports").EnumerateArray().ToList();

        // Every input file, readable or not, once, with the exit code the JSON gives it.
        var reportRows = ReadCsv("reports.csv");
        reportRows.Select(r => (r["source"], r["exit_code"], r["state"])).ShouldBe(
            reports.Select(r => (r.GetProperty("source").GetString()!, r.GetProperty("exitCode").GetInt32().ToString(CultureInfo.InvariantCulture), r.GetProperty("unreadable").ValueKind == JsonValueKind.Null ? "read" : "unreadable")),
            ignoreOrder: true);
        reportRows.Single(r => r["source"] == "scan.pdf")["reason"].ShouldBe("an image (PNG), not text: run OCR on it first");
        reportRows.Single(r => r["source"] == "notice.txt")["reason"].ShouldStartWith("no table of ");

        // Every failed or incomplete rule of the JSON is one finding with the same figures; every other rule outcome is there too.
        var findings = ReadCsv("findings.csv");
        var failed = findings.Where(f => f["kind"] == "rule" && f["status"] is "fails" or "incomplete")
            .Select(f => $"{f["source"]} {f["rule"]} {f["status"]} {f["reported"]} {f["computed"]}");
        var jsonViolations = reports.SelectMany(r => r.GetProperty("violations").EnumerateArray().Select(v =>
            $"{r.GetProperty("source").GetString()} {v.GetProperty("rule").GetString()} {(v.GetProperty("status").GetString() == "Failed" ? "fails" : "incomplete")} {Number(v.GetProperty("reported"))} {Number(v.GetProperty("computed"))}"));
        failed.ShouldBe(jsonViolations, ignoreOrder: true);
        failed.ShouldContain("pingtan-nyn-2021.txt S1 fails 2 3"); // 自然人: 2 new + 0 carried over, but 3 handled + 0 carried forward
        findings.Where(f => f["kind"] == "unreadable").Select(f => f["source"]).ShouldBe(new[] { "notice.txt", "scan.pdf" }, ignoreOrder: true);

        // Suspect cells and claims, as the JSON lists them.
        findings.Where(f => f["kind"] == "suspect").Select(f => $"{f["source"]} {f["cells"]} {f["suggested"]}").ShouldBe(
            reports.Where(r => r.GetProperty("suspects").ValueKind == JsonValueKind.Array).SelectMany(r => r.GetProperty("suspects").EnumerateArray().SelectMany(s => s.GetProperty("cells").EnumerateArray().Select(c =>
                $"{r.GetProperty("source").GetString()} {c.GetProperty("row").GetString()} / {c.GetProperty("column").GetString()} {Number(c.GetProperty("suggested"))}"))),
            ignoreOrder: true);
        findings.Where(f => f["kind"] == "claim").Select(f => $"{f["source"]} {f["rule"]} {f["status"]}").ShouldBe(
            reports.Where(r => r.GetProperty("unreadable").ValueKind == JsonValueKind.Null).SelectMany(r => r.GetProperty("claims").EnumerateArray().Select(c => $"{r.GetProperty("source").GetString()} {c.GetProperty("id").GetString()} {c.GetProperty("status").GetString()}")),
            ignoreOrder: true);

        // Every cell a violation names is a value row with the same value; inferred cells are marked as such.
        var values = ReadCsv("values.csv");
        var byCell = values.ToLookup(v => (v["source"], v["row_label"], v["column_label"]));
        foreach (var report in reports)
        {
            var source = report.GetProperty("source").GetString()!;
            foreach (var cell in report.GetProperty("violations").EnumerateArray().SelectMany(v => v.GetProperty("cells").EnumerateArray()))
            {
                byCell[(source, cell.GetProperty("row").GetString()!, cell.GetProperty("column").GetString()!)].Select(v => v["value"]).ShouldContain(Number(cell.GetProperty("value")), $"{source} {cell}");
            }

            var inferred = report.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("inferred").GetArrayLength());
            values.Count(v => v["source"] == source && v["how"] == "inferred").ShouldBe(inferred, source);
        }

        // Every value printed in the PDF has its page (the sub-rows of （六）, printed as one row, are blank and have none).
        values.Where(v => v["source"] == "huaian-hongze-2023.pdf" && v["how"] != "blank").ShouldAllBe(v => v["page"] == "4" || v["page"] == "3" || v["page"] == "2" || v["page"] == "5");
        values.Select(v => v["how"]).Distinct().ShouldBeSubsetOf(new[] { "read", "decoded", "inferred", "blank", "not applicable" });
    }

    [Fact]
    public void The_csv_files_start_with_a_byte_order_mark_so_excel_reads_them_as_utf8()
    {
        Run();

        foreach (var name in new[] { "reports.csv", "values.csv", "findings.csv" })
        {
            File.ReadAllBytes(Path.Combine(Work.FullName, "out", name)).Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, name);
        }
    }

    [Fact]
    public void The_workbook_has_the_same_rows_as_the_csv_files_one_sheet_each()
    {
        Run();

        var workbook = Path.Combine(Work.FullName, "out.xlsx");
        MiniExcel.GetSheetNames(workbook).ShouldBe(new[] { "reports", "values", "findings" });
        foreach (var sheet in new[] { "reports", "values", "findings" })
        {
            var csv = ReadCsv(sheet + ".csv");
            var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
                .Select(row => row.ToDictionary(cell => cell.Key, cell => Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? ""))
                .ToList();
            rows.Count.ShouldBe(csv.Count, sheet);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].ShouldBe(csv[i], $"{sheet} row {i + 1}");
            }
        }
    }

    [Fact]
    public void An_export_that_cannot_be_written_is_one_line_and_exit_code_2()
    {
        var blocker = Path.Combine(Work.FullName, "taken");
        File.WriteAllText(blocker, "a file where the folder should be");

        var (code, _, error) = SampleCli.RunWithErrors("check", ReportFiles.RealReport("pingtan-jsp-2024.txt"), "--csv", blocker);

        code.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"cannot write {blocker}: ");
    }

    private (int Code, string Json, string Error) Run() =>
        SampleCli.RunWithErrors("check", MixedFolder.Create(Work.FullName), "--json", "--csv", Path.Combine(Work.FullName, "out"), "--xlsx", Path.Combine(Work.FullName, "out.xlsx"));

    /// <summary>A CSV file's records as header → field, read with CsvHelper (quotes, commas and line breaks inside fields undone).</summary>
    private List<Dictionary<string, string>> ReadCsv(string name)
    {
        using var reader = CsvReader.FromFile(Path.Combine(Work.FullName, "out", name));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((header, i) => (header, i)).ToDictionary(h => h.header, h => reader.GetString(h.i)));
        }

        return rows;
    }

    private static string Number(JsonElement element) => element.ValueKind == JsonValueKind.Number ? element.GetDecimal().ToString(CultureInfo.InvariantCulture) : "";
}
