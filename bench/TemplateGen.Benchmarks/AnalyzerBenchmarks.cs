using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Analyzers;
using TemplateGen.Tests.Infrastructure;

namespace TemplateGen.Benchmarks;

/// <summary>The template analyzer over the 2021 template, against an analyzer that only reads the template's text.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private AnalyzerOptions _options = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/gov-info-disclosure-2021.template.json", Inputs.Template2021)));
        _compilation = Inputs.Compilation();
    }

    [Benchmark(Baseline = true, Description = "read-only analyzer")]
    public int ReadOnlyFloor() => Analyze(new ReadOnlyAnalyzer(), _compilation, _options);

    [Benchmark(Description = "TemplateGen template analyzer")]
    public int TemplateGen() => Analyze(new TemplateAnalyzer(), _compilation, _options);

    internal static int Analyze(DiagnosticAnalyzer analyzer, Compilation compilation, AnalyzerOptions options) =>
        compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
