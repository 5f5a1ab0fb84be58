namespace TemplateGen.Sample.Tests;

/// <summary>The sample's embedded reports and the test data, copied beside the test assembly.</summary>
internal static class ReportFiles
{
    public const string Shapingba2021 = "000-shapingba-2021.txt";
    public const string Yangpu2021 = "001-yangpu-2021.txt";
    public const string Jinning2020 = "002-jinning-2020.txt";
    public const string Hongqi2021 = "003-hongqi-2021.txt";
    public const string Kaifu2020 = "004-kaifu-2020.txt";

    public static string Report(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", name));

    /// <summary>The path of a real report (the reading tests' copies of the web archive's files).</summary>
    public static string RealReport(string path) => Path.Combine(AppContext.BaseDirectory, "RealReports", path);
}
