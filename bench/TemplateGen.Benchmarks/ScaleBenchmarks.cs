using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Analyzers;
using TemplateGen.Generator;
using TemplateGen.Templates;
using TemplateGen.Testing;
using TemplateGen.Tests.Infrastructure;

namespace TemplateGen.Benchmarks;

/// <summary>
/// Each step a build takes for a template, at 100, 1,000 and 10,000 data rows of the synthetic template: the ratio
/// between sizes (docs/performance.md) shows whether the step stays linear. Measured as throughput, so every size
/// runs optimized code; compiling the generated code is <see cref="CompileScaleBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private string _text = "";
    private AdditionalText[] _templates = Array.Empty<AdditionalText>();
    private AnalyzerOptions _options = null!;
    private CSharpCompilation _empty = null!;

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SyntheticTemplate.Json(Rows);
        _templates = new AdditionalText[] { new InMemoryAdditionalText("/p/synthetic.template.json", _text) };
        _options = new AnalyzerOptions(_templates.ToImmutableArray());
        _empty = Inputs.Compilation();
    }

    [Benchmark(Description = "load (read, bind, validate)")]
    public object? Load() => TemplateLoader.Load(_text).Template;

    [Benchmark(Description = "generate")]
    public GeneratorDriver Generate() =>
        CSharpGeneratorDriver.Create(new[] { new TemplateGenerator().AsSourceGenerator() }, _templates, Inputs.ParseOptions).RunGenerators(_empty);

    [Benchmark(Description = "analyze")]
    public int Analyze() => AnalyzerBenchmarks.Analyze(new TemplateAnalyzer(), _empty, _options);
}

/// <summary>
/// Compiling the code generated for 100, 1,000 and 10,000 data rows into an assembly, as the compiler does after
/// the generator. One compilation per iteration: at 10,000 rows it takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class CompileScaleBenchmarks
{
    private SyntaxTree[] _generated = Array.Empty<SyntaxTree>();

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = new AdditionalText[] { new InMemoryAdditionalText("/p/synthetic.template.json", SyntheticTemplate.Json(Rows)) };
        _generated = CSharpGeneratorDriver.Create(new[] { new TemplateGenerator().AsSourceGenerator() }, templates, Inputs.ParseOptions)
            .RunGenerators(Inputs.Compilation()).GetRunResult().GeneratedTrees.ToArray();
        var errors = Inputs.Compilation(_generated).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (_generated.Length == 0 || errors.Count > 0)
        {
            throw new InvalidOperationException($"The {Rows}-row template did not generate code that compiles: {string.Join("; ", errors.Take(3))}");
        }
    }

    [Benchmark(Description = "compile the generated code")]
    public bool Compile()
    {
        using var assembly = new MemoryStream();
        return Inputs.Compilation(_generated).Emit(assembly).Success;
    }
}
