using Shouldly;
using TemplateGen.Templates;
using TemplateGen.Templates.Binding;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Binding;

/// <summary>
/// The generator loads templates without the checks that only advise (siblings' numbering, what a total covers, the
/// rule-set analysis), since their warnings and suggestions never change what is generated; the analyzers run them.
/// </summary>
public sealed class AdviceTests
{
    /// <summary>Rows numbered out of order, a total whose parts leave a row out, and a rule implied by two others.</summary>
    private const string Advised = """
        { "id": "advice", "title": "建议", "notice": "测试", "namespace": "Test.Advice",
          "sections": [ { "number": "一、", "label": "统计", "tables": [ { "id": "Ledger",
            "columns": [ { "id": "Count", "label": "件数" } ],
            "rows": [ { "id": "A", "number": "（一）", "label": "甲" }, { "id": "B", "number": "（三）", "label": "乙" },
                      { "id": "C", "number": "（二）", "label": "丙" }, { "id": "D", "label": "丁" }, { "id": "T", "label": "合计" } ],
            "rules": [ { "id": "I1", "between": "rows", "message": "规则", "total": "T", "parts": [ "A", "B", "C" ] },
                       { "id": "I2", "between": "rows", "message": "规则", "left": [ "C" ], "right": [ "D" ] },
                       { "id": "I4", "between": "rows", "message": "规则", "total": "T", "parts": [ "A", "B", "D" ] } ] } ] } ] }
        """;

    public static TheoryData<string> Templates() => new()
    {
        Advised,
        File.ReadAllText(RepositoryFiles.Path("templates/gov-info-disclosure-2019.template.json")),
        File.ReadAllText(RepositoryFiles.Path("templates/gov-info-disclosure-2021.template.json")),
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Leaving_the_advice_out_generates_the_same_model_and_drops_no_error(string text)
    {
        var advised = TemplateLoader.Load(text);
        var generated = TemplateLoader.Load(text, includeAdvice: false);

        generated.Template.ShouldNotBeNull();
        generated.Template.ShouldBe(advised.Template);
        generated.Problems.Where(p => p.Severity == TemplateProblemSeverity.Error).ShouldBe(advised.Problems.Where(p => p.Severity == TemplateProblemSeverity.Error));
        generated.Problems.ShouldAllBe(p => advised.Problems.Contains(p));
    }

    [Fact]
    public void The_advice_left_out_is_the_numbering_the_coverage_and_the_rule_set()
    {
        var advised = TemplateLoader.Load(Advised).Problems.Select(p => p.Kind).ToList();
        var generated = TemplateLoader.Load(Advised, includeAdvice: false).Problems.Select(p => p.Kind).ToList();

        advised.ShouldContain(TemplateProblemKind.RuleImplied);
        advised.Count.ShouldBeGreaterThan(1);
        advised.ShouldAllBe(kind => kind != TemplateProblemKind.UnexpectedToken);
        generated.ShouldBeEmpty();
    }
}
