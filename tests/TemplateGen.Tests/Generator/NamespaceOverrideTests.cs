using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>A project can give one template file its own namespace through AdditionalFiles metadata (TemplateGenNamespace).</summary>
public sealed class NamespaceOverrideTests
{
    [Fact]
    public void The_override_replaces_the_template_namespace_in_the_generated_code()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var options = TestAnalyzerConfigOptionsProvider.NamespaceOverride(template.Path, "Contoso.Reports.Current");

        var (result, output) = GeneratorHarness.Run(new[] { template }, options, "class C { Contoso.Reports.Current.Report R = new Contoso.Reports.Current.Report(); }");

        GeneratorHarness.HintNames(result).ShouldContain("Contoso.Reports.Current.Applications.g.cs");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void The_override_lets_two_copies_of_one_template_live_side_by_side()
    {
        var text = ShippedTemplates.Text(ShippedTemplates.Format2019);
        var a = new InMemoryAdditionalText("/p/a.template.json", text);
        var b = new InMemoryAdditionalText("/p/b.template.json", text);
        var options = TestAnalyzerConfigOptionsProvider.NamespaceOverride(b.Path, "Copy");

        var (result, _) = GeneratorHarness.Run(new AdditionalText[] { a, b }, options);

        GeneratorHarness.HintNames(result).ShouldContain("GovDisclosure.Y2019.__Report.g.cs");
        GeneratorHarness.HintNames(result).ShouldContain("Copy.__Report.g.cs");
        AnalyzerHarness.Run(GeneratorHarness.Compilation(), new AdditionalText[] { a, b }, fileOptions: options).ShouldBeEmpty();
    }

    [Fact]
    public void An_override_that_is_not_a_namespace_is_TG0202_at_the_template_namespace()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2019);
        var options = TestAnalyzerConfigOptionsProvider.NamespaceOverride(template.Path, "Reports.2021");
        var text = template.GetText()!.ToString();

        var diagnostic = AnalyzerHarness.Run(GeneratorHarness.Compilation(), new[] { template }, fileOptions: options).ShouldHaveSingleItem();
        var (result, _) = GeneratorHarness.Run(new[] { template }, options);

        diagnostic.Id.ShouldBe("TG0202");
        diagnostic.GetMessage().ShouldBe("The namespace 'Reports.2021' set for this file by TemplateGenNamespace in the project has a part '2021' that is not a valid C# identifier (letters, digits and '_', not starting with a digit). Use a dotted C# name such as \"Contoso.Reports.Y2021\".");
        Analyzers.TemplateDiagnosticTests.AssertAt(diagnostic, text, text.IndexOf("\"GovDisclosure.Y2019\"", StringComparison.Ordinal), 21);
        GeneratorHarness.HintNames(result).ShouldBeEmpty();
    }
}
