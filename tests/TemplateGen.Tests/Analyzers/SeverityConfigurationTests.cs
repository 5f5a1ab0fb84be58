using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>Users change severities the usual way, in .globalconfig or .editorconfig.</summary>
public sealed class SeverityConfigurationTests
{
    [Fact]
    public void A_globalconfig_raises_a_warning_to_an_error_and_silences_another()
    {
        var text = TestTemplates.GroupedWith("{ \"id\": \"Refused\", \"number\": \"（二）\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"（四）\", \"number\": \"（四）\", \"label\": \"不予公开\" }");
        var config = AnalyzerConfig.Parse(
            "is_global = true\ndotnet_diagnostic.TG0101.severity = error\ndotnet_diagnostic.TG0402.severity = none\n",
            "/p/.globalconfig");
        var globalOptions = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions;
        var compilation = GeneratorHarness.Compilation();

        var unconfigured = AnalyzerHarness.Run(compilation, new AdditionalText[] { new InMemoryAdditionalText("/p/t.template.json", text) });
        var configured = AnalyzerHarness.Run(
            compilation,
            new AdditionalText[] { new InMemoryAdditionalText("/p/t.template.json", text) },
            compilation.Options.WithSpecificDiagnosticOptions(globalOptions.TreeOptions));

        unconfigured.Select(d => (d.Id, d.Severity)).ShouldBe(new[] { ("TG0101", DiagnosticSeverity.Warning), ("TG0402", DiagnosticSeverity.Warning) });
        configured.Select(d => (d.Id, d.Severity)).ShouldBe(new[] { ("TG0101", DiagnosticSeverity.Error) });
    }
}
