using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TemplateGen.Generator;
using TemplateGen.Tests.Infrastructure;

namespace TemplateGen.Benchmarks;

/// <summary>
/// One cold run of the generator over the 2021 template (what a build pays), against a generator that only reads
/// the template's text: the ratio is what TemplateGen adds to the least any template generator must do.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private AdditionalText[] _templates = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _templates = new AdditionalText[] { new InMemoryAdditionalText("/p/gov-info-disclosure-2021.template.json", Inputs.Template2021) };
        _compilation = Inputs.Compilation();
    }

    [Benchmark(Baseline = true, Description = "read-only generator")]
    public GeneratorDriver ReadOnlyFloor() => Run(new ReadOnlyGenerator());

    [Benchmark(Description = "TemplateGen generator")]
    public GeneratorDriver TemplateGen() => Run(new TemplateGenerator());

    private GeneratorDriver Run(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, _templates, Inputs.ParseOptions).RunGenerators(_compilation);
}
