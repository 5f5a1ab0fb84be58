using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Templates;
using TemplateGen.Templates.Binding;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>
/// Generated types are internal unless a template says <c>"accessibility": "public"</c> or the project sets
/// <c>TemplateGenAccessibility</c> (the template's own value wins), so a library can expose its typed report.
/// </summary>
public sealed class AccessibilityTests
{
    private static string WithAccessibility(string value) =>
        TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\",", $"\"namespace\": \"Test.Reports\", \"accessibility\": \"{value}\",");

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("public", null, true)]
    [InlineData("internal", null, false)]
    [InlineData(null, "public", true)]
    [InlineData(null, "Public", true)] // MSBuild properties are written in any case
    [InlineData("internal", "public", false)] // the template's own value wins
    [InlineData("public", "internal", true)]
    public void The_template_or_else_the_project_decides(string? template, string? project, bool isPublic)
    {
        var text = template is null ? TestTemplates.TwoTables : WithAccessibility(template);

        var result = TemplateLoader.Load(text, accessibilityDefault: project);

        result.Problems.ShouldBeEmpty();
        result.Template!.IsPublic.ShouldBe(isPublic);
    }

    [Fact]
    public void An_accessibility_that_is_neither_is_TG0102_at_its_value()
    {
        var text = WithAccessibility("protected");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0102");
        diagnostic.GetMessage().ShouldBe("'protected' is not a valid 'accessibility' of the template; use one of: \"internal\", \"public\".");
        var span = diagnostic.Location.SourceSpan;
        text.Substring(span.Start, span.Length).ShouldBe("\"protected\"");
    }

    [Fact]
    public void A_project_value_that_is_neither_is_TG0102_at_the_templates_id_and_the_types_stay_internal()
    {
        var file = new InMemoryAdditionalText("/p/t.template.json", TestTemplates.TwoTables);
        var options = TestAnalyzerConfigOptionsProvider.Global(TemplateLoader.AccessibilityKey, "protected");

        var diagnostic = AnalyzerHarness.Run(GeneratorHarness.Compilation(), new AdditionalText[] { file }, fileOptions: options).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0102");
        diagnostic.GetMessage().ShouldBe("The project sets TemplateGenAccessibility to 'protected', which is not an accessibility TemplateGen generates; the types of this template stay internal. Set it to public or internal.");
        var span = diagnostic.Location.SourceSpan;
        TestTemplates.TwoTables.Substring(span.Start, span.Length).ShouldBe("\"test\"");
        TemplateLoader.Load(TestTemplates.TwoTables, accessibilityDefault: "protected").Template!.IsPublic.ShouldBeFalse();
    }

    [Fact]
    public void Public_types_are_generated_public_and_compile_exposed_in_a_public_api()
    {
        var file = new InMemoryAdditionalText("/p/t.template.json", TestTemplates.TwoTables);
        var options = TestAnalyzerConfigOptionsProvider.Global(TemplateLoader.AccessibilityKey, "public");

        // A public member whose type is a generated type: CS0050 unless the generated types are public.
        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file }, options, "public static class Api { public static Test.Reports.Report Create() => new Test.Reports.Report(); public static Test.Reports.CasesRow Granted(Test.Reports.Report r) => r.Cases.Granted; }");

        var sources = result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        sources.ShouldContain(s => s.Contains("public sealed partial class Report : global::TemplateGen.IReport", StringComparison.Ordinal));
        sources.ShouldContain(s => s.Contains("public sealed partial class Cases : global::TemplateGen.IReportTable", StringComparison.Ordinal));
        sources.ShouldContain(s => s.Contains("public sealed partial class CasesRow", StringComparison.Ordinal));
        sources.ShouldNotContain(s => s.Contains("internal sealed partial class", StringComparison.Ordinal));
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void By_default_the_generated_types_are_internal()
    {
        var (result, _) = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText("/p/t.template.json", TestTemplates.TwoTables) });

        result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ShouldAllBe(s => !s.Contains("public sealed partial class", StringComparison.Ordinal));
    }
}
