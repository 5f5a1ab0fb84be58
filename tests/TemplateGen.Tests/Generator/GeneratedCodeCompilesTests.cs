using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

public sealed class GeneratedCodeCompilesTests
{
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Use
            {
                public static bool Check()
                {
                    var y2021 = new GovDisclosure.Y2021.Report();
                    y2021.Applications.NewApplications.NaturalPersons = 1;
                    y2021.Fees.AdministrativeFees.Amount = 11568.31m;
                    var y2019 = new GovDisclosure.Y2019.Report();
                    y2019.Licensing.AdministrativeLicensing.Change = -15;
                    y2019.ComputeTotals();
                    return y2021.Validate().IsValid && y2019.Validate().IsValid;
                }
            }
        }
        """;

    [Fact]
    public void Both_shipped_templates_compile_side_by_side_with_no_diagnostic_at_any_warning_level()
    {
        var (result, output) = GeneratorHarness.Run(
            new[] { GeneratorHarness.Shipped(ShippedTemplates.Format2021), GeneratorHarness.Shipped(ShippedTemplates.Format2019) },
            Consumer);

        result.Diagnostics.ShouldBeEmpty();
        var diagnostics = output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => d.ToString()).ToArray();
        diagnostics.ShouldBeEmpty();
        using var stream = new MemoryStream();
        output.Emit(stream).Success.ShouldBeTrue();
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_the_additional_files()
    {
        var a = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var b = GeneratorHarness.Shipped(ShippedTemplates.Format2019);

        var forward = GeneratorHarness.Run(new[] { a, b }).Result;
        var backward = GeneratorHarness.Run(new[] { b, a }).Result;

        GeneratorHarness.Snapshot(backward).ShouldBe(GeneratorHarness.Snapshot(forward));
    }

    [Fact]
    public void The_same_template_listed_twice_generates_once_with_no_error()
    {
        var template = GeneratorHarness.Shipped(ShippedTemplates.Format2021);

        var (result, output) = GeneratorHarness.Run(new[] { template, template });

        result.Results.Single().Exception.ShouldBeNull();
        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.HintNames(result).Count(n => n == "GovDisclosure.Y2021.__Report.g.cs").ShouldBe(1);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Of_two_templates_with_the_same_namespace_only_the_first_by_path_is_generated()
    {
        var text = ShippedTemplates.Text(ShippedTemplates.Format2021);
        var later = new InMemoryAdditionalText("/p/b.template.json", text.Replace("规章", "规章（副本）", StringComparison.Ordinal));
        var files = new[] { later, new InMemoryAdditionalText("/p/a.template.json", text) };

        var (result, output) = GeneratorHarness.Run(files);

        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.HintNames(result).Count(n => n == "GovDisclosure.Y2021.Regulations.g.cs").ShouldBe(1);
        GeneratorHarness.Snapshot(result).ShouldNotContain("规章（副本）");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
