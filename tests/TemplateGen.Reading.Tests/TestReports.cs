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

    public static decimal? Value(ReportReading reading, string table, string row, string column)
    {
        var t = reading.Report.Tables.Single(x => x.Metadata.Id == table);
        return t.GetValue(t.Metadata.DataRows.Single(r => r.Id == row).DataIndex, t.Metadata.DataColumns.Single(c => c.Id == column).DataIndex);
    }
}
