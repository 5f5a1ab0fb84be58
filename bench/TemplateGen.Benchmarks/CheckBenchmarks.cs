using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovDisclosure.Y2021;
using TemplateGen.Reading;

namespace TemplateGen.Benchmarks;

/// <summary>
/// The generated Validate() and ComputeTotals() of the 2021 format on a balanced published report (seed 000), each
/// against a dictionary interpreter of the same rules (the baseline of its category).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CheckBenchmarks
{
    private Report _report = null!;
    private DictionaryInterpreter _interpreter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportReader.Read<Report>(Inputs.BalancedReport2021, "000-shapingba-2021.txt").Report;
        _interpreter = new DictionaryInterpreter(_report);
        if (!_report.Validate().IsBalanced || _interpreter.Validate() is not null)
        {
            throw new InvalidOperationException("Seed 000 should balance under every rule, in both the generated checks and the interpreter.");
        }
    }

    [BenchmarkCategory("Validate"), Benchmark(Baseline = true, Description = "dictionary interpreter")]
    public int InterpreterValidate() => _interpreter.Validate()?.Count ?? 0;

    [BenchmarkCategory("Validate"), Benchmark(Description = "generated Validate()")]
    public int GeneratedValidate() => _report.Validate().Violations.Count;

    [BenchmarkCategory("ComputeTotals"), Benchmark(Baseline = true, Description = "dictionary interpreter")]
    public void InterpreterComputeTotals() => _interpreter.ComputeTotals();

    [BenchmarkCategory("ComputeTotals"), Benchmark(Description = "generated ComputeTotals()")]
    public void GeneratedComputeTotals() => _report.ComputeTotals();
}
