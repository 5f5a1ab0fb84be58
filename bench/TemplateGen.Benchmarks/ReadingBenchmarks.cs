using System.Text;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Y2021;
using TemplateGen.Reading;

namespace TemplateGen.Benchmarks;

/// <summary>
/// Reading one real published report (body on one line, cells run together) into the 2021 Report, against a floor
/// that only normalizes the text and splits it into lines, which every reader must do.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.PublishedReport2021;
        if (!ReportReader.Read<Report>(_text).AllTablesRead)
        {
            throw new InvalidOperationException("The published 2021 report should read completely.");
        }
    }

    [Benchmark(Baseline = true, Description = "normalize and split lines")]
    public int Floor() => _text.Normalize(NormalizationForm.FormKC).Split('\n').Length;

    [Benchmark(Description = "ReportReader.Read<Report>")]
    public bool Read() => ReportReader.Read<Report>(_text).AllTablesRead;
}
