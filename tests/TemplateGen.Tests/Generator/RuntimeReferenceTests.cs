using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Analyzers;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>Without TemplateGen.Runtime nothing is generated and TG0205 says why, instead of CS0246 in generated files.</summary>
public sealed class RuntimeReferenceTests
{
    [Fact]
    public void Nothing_is_generated_without_the_runtime_so_the_project_gets_no_errors_in_generated_files()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.ParseOptions, GeneratorHarness.FrameworkReferences, "class C { }");

        GeneratorHarness.Driver(template).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        output.SyntaxTrees.Count().ShouldBe(1);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void TG0205_is_reported_on_the_template_namespace_without_the_runtime()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2019);
        var text = template.GetText()!.ToString();
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.ParseOptions, GeneratorHarness.FrameworkReferences, "class C { }");

        var diagnostic = AnalyzerHarness.Run(compilation, new[] { template }).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0205");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("The code TemplateGen generates from this template needs the TemplateGen.Runtime assembly, which this project does not reference, so nothing is generated. Reference the TemplateGen package without excluding its compile assets (IncludeAssets or ExcludeAssets), or reference TemplateGen.Runtime itself.");
        TemplateDiagnosticTests.AssertAt(diagnostic, text, text.IndexOf("\"GovDisclosure.Y2019\"", StringComparison.Ordinal), 21);
    }

    [Fact]
    public void With_the_runtime_referenced_the_generated_tables_implement_its_interfaces()
    {
        var (_, output) = GeneratorHarness.Run(new[] { GeneratorHarness.Shipped(ShippedTemplates.Format2021) });

        var report = output.GetTypeByMetadataName("GovDisclosure.Y2021.Report").ShouldNotBeNull();
        report.AllInterfaces.Select(i => i.ToDisplayString()).ShouldBe(new[] { "TemplateGen.IReport" });
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
