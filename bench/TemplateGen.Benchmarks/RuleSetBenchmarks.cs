using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Analyzers;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Json;
using TemplateGen.Testing;
using TemplateGen.Tests.Infrastructure;

namespace TemplateGen.Benchmarks;

/// <summary>
/// What checking the rules as one system (TG0309–TG0311) costs: the analysis alone on templates already bound,
/// against the whole template analyzer on the 2021 template (the baseline) in the same run; and the analysis of the
/// 1,000- and 10,000-row synthetic templates, to see it stay linear.
/// </summary>
[MemoryDiagnoser]
public class RuleSetBenchmarks
{
    private AnalyzerOptions _options = null!;
    private CSharpCompilation _compilation = null!;
    private TemplateDraft _shipped = null!;
    private TemplateDraft _thousand = null!;
    private TemplateDraft _tenThousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/gov-info-disclosure-2021.template.json", Inputs.Template2021)));
        _compilation = Inputs.Compilation();
        _shipped = Bound(Inputs.Template2021);
        _thousand = Bound(SyntheticTemplate.Json(1_000));
        _tenThousand = Bound(SyntheticTemplate.Json(10_000));
    }

    /// <summary>A template bound and validated, as the analysis finds it.</summary>
    private static TemplateDraft Bound(string text)
    {
        var sink = new ProblemSink();
        var draft = new TemplateBinder(sink, null).Bind(JsonParser.Parse(text).Root!)!;
        new TemplateValidator(sink).Validate(draft);
        return draft;
    }

    private static int Analyze(TemplateDraft draft)
    {
        var sink = new ProblemSink();
        foreach (var table in draft.Tables)
        {
            new RuleSetChecker(sink, table).Check();
        }

        return sink.Count;
    }

    [Benchmark(Baseline = true, Description = "template analyzer, 2021 template")]
    public int Analyzer() => AnalyzerBenchmarks.Analyze(new TemplateAnalyzer(), _compilation, _options);

    [Benchmark(Description = "rule-set analysis alone, 2021 template")]
    public int Shipped() => Analyze(_shipped);

    [Benchmark(Description = "rule-set analysis alone, 1,000 rows")]
    public int Thousand() => Analyze(_thousand);

    [Benchmark(Description = "rule-set analysis alone, 10,000 rows")]
    public int TenThousand() => Analyze(_tenThousand);
}
