using BenchmarkDotNet.Attributes;
using GovDisclosure.Y2021;
using TemplateGen.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace TemplateGen.Benchmarks;

/// <summary>
/// Reading a real report PDF (洪泽区 2023, five pages made by WPS) into the 2021 Report, against what PdfPig itself
/// takes to open the file and give every page's letters, which any reader of the PDF must pay. The same report's pages
/// repeated ten times (50 pages) shows whether reading stays linear in pages.
/// </summary>
[MemoryDiagnoser]
public class PdfReadingBenchmarks
{
    private byte[] _pdf = Array.Empty<byte>();

    /// <summary>How many times the report's five pages are repeated.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var report = Inputs.PdfReport2023;
        _pdf = Copies == 1 ? report : PdfMerger.Merge(Enumerable.Repeat(report, Copies).ToArray());
        if (!ReportReader.Read<Report>(_pdf, "report.pdf").AllTablesRead)
        {
            throw new InvalidOperationException("The report PDF should read completely.");
        }
    }

    [Benchmark(Baseline = true, Description = "PdfPig: open and read every page's letters")]
    public int Letters()
    {
        using var document = PdfDocument.Open(_pdf);
        var letters = 0;
        foreach (var page in document.GetPages())
        {
            letters += page.Letters.Count;
        }

        return letters;
    }

    [Benchmark(Description = "ReportReader.Read<Report>(bytes)")]
    public bool Read() => ReportReader.Read<Report>(_pdf, "report.pdf").AllTablesRead;
}
