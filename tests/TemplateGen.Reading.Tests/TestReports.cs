using TemplateGen.Reading;

namespace TemplateGen.Reading.Tests;

/// <summary>The two shipped formats, the sample's seed reports and this project's test data.</summary>
internal static class TestReports
{
    public const string Shapingba2021 = "000-shapingba-2021.txt";
    public const string Hongqi2021 = "003-hongqi-2021.txt";

    public static IReadOnlyList<ReportFormat> Formats { get; } = new[]
    {
        ReportFormat.Of<GovDisclosure.Y2019.Report>(),
        ReportFormat.Of<GovDisclosure.Y2021.Report>(),
    };

    public static ReportReading Read(string text) => ReportReader.Read(text, Formats, "test");

    public static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", name));

    public static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name));

    /// <summary>A real report from RealReports/ (a path below it, e.g. series/published/pingtan-admin-2021.txt).</summary>
    public static ReportReading Real(string path) => ReportReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", path)), Formats, path);

    /// <summary>The bytes of a file of RealReports/ (a PDF, say).</summary>
    public static byte[] RealBytes(string path) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "RealReports", path));

    /// <summary>A file's bytes read as a user's file is: whatever the document is.</summary>
    public static ReportReading ReadBytes(byte[] bytes, string fileName) => ReportReader.Read(bytes, fileName, Formats);

    /// <summary>The violations of one table, as (rule, status, line) in rule order.</summary>
    public static (string Rule, ViolationStatus Status, string Line)[] Violations(ReportReading reading, string table) =>
        reading.Validate().Violations.Where(v => v.Table.Id == table).Select(v => (v.RuleId, v.Status, v.Line.DisplayLabel)).ToArray();

    public static TableReading Table(ReportReading reading, string table) => reading.Tables.Single(t => t.Metadata.Id == table);

    public static decimal? Value(ReportReading reading, string table, string row, string column)
    {
        var t = reading.Report.Tables.Single(x => x.Metadata.Id == table);
        return t.GetValue(t.Metadata.DataRows.Single(r => r.Id == row).DataIndex, t.Metadata.DataColumns.Single(c => c.Id == column).DataIndex);
    }
}
