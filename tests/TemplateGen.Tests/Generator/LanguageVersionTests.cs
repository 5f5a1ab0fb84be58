using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TemplateGen.Tests.Analyzers;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>On C# 7.3 (the default of netstandard2.0 projects) nothing is generated and TG0204 says why.</summary>
public sealed class LanguageVersionTests
{
    private static readonly CSharpParseOptions CSharp73 = new(LanguageVersion.CSharp7_3);

    [Fact]
    public void Nothing_is_generated_below_CSharp_8_so_the_project_gets_no_errors_in_generated_files()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var compilation = GeneratorHarness.Compilation(CSharp73, "class C { }");

        GeneratorHarness.Driver(new[] { template }, null, CSharp73).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        output.SyntaxTrees.Count().ShouldBe(1);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void TG0204_is_reported_on_the_template_namespace_below_CSharp_8()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2019);
        var text = template.GetText()!.ToString();

        var diagnostic = AnalyzerHarness.Run(GeneratorHarness.Compilation(CSharp73, "class C { }"), new[] { template }).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0204");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("This project compiles C# 7.3; the code TemplateGen generates from this template needs C# 8 or later, so nothing is generated. Set <LangVersion>8</LangVersion> (or later) in the project.");
        TemplateDiagnosticTests.AssertAt(diagnostic, text, text.IndexOf("\"GovDisclosure.Y2019\"", StringComparison.Ordinal), 21);
    }
}
