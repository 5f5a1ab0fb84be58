using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Analyzers;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>
/// A table, row or column renamed with "was" keeps its former id as an obsolete member that forwards to the new
/// one: code written against the earlier format compiles, with a warning that says what to write instead.
/// </summary>
public sealed class FormerNameTests
{
    /// <summary>The 2021 template with row CarriedOver, column NaturalPersons and table Applications renamed, each saying its former id.</summary>
    private static string Renamed() => ShippedTemplates.Text(ShippedTemplates.Format2021)
        .Replace("\"CarriedOver\"", "\"FromLastYear\"", StringComparison.Ordinal)
        .Replace("\"id\": \"FromLastYear\",", "\"id\": \"FromLastYear\", \"was\": \"CarriedOver\",", StringComparison.Ordinal)
        .Replace("\"NaturalPersons\"", "\"Persons\"", StringComparison.Ordinal)
        .Replace("\"id\": \"Persons\",", "\"id\": \"Persons\", \"was\": \"NaturalPersons\",", StringComparison.Ordinal)
        .Replace("\"id\": \"Applications\",", "\"id\": \"Requests\", \"was\": \"Applications\",", StringComparison.Ordinal)
        // Claims name cells by their current ids: a rename renames them too.
        .Replace("\"Applications.", "\"Requests.", StringComparison.Ordinal)
        .Replace(".CarriedOver.", ".FromLastYear.", StringComparison.Ordinal);

    [Fact]
    public void Code_written_against_the_former_ids_compiles_with_warnings_that_name_the_new_ones_and_reaches_the_same_cells()
    {
        var template = new InMemoryAdditionalText("/p/renamed.template.json", Renamed());
        const string user = """
            public static class Probe
            {
                public static string Run()
                {
                    var report = new GovDisclosure.Y2021.Report();
                    report.Applications.CarriedOver.NaturalPersons = 7;
                    return report.Requests.FromLastYear.Persons + " " + report.Requests.GetValue(1, 0);
                }
            }
            """;

        var (_, output) = GeneratorHarness.Run(new AdditionalText[] { template }, user);

        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Id == "CS0618").Select(d => d.GetMessage()).ShouldBe(new[]
        {
            "'Report.Applications' is obsolete: 'Applications was renamed to Requests in 国办公开办函〔2021〕30号; use Requests.'",
            "'Requests.CarriedOver' is obsolete: 'CarriedOver was renamed to FromLastYear in 国办公开办函〔2021〕30号; use FromLastYear.'",
            "'RequestsRow.NaturalPersons' is obsolete: 'NaturalPersons was renamed to Persons in 国办公开办函〔2021〕30号; use Persons.'",
        }, ignoreOrder: true);
        CompiledProbe.Call(output, "Probe").ShouldBe("7 7");
        AnalyzerHarness.Templates(template).Where(d => d.Severity != DiagnosticSeverity.Info).ShouldBeEmpty();
    }

    [Fact]
    public void A_former_id_that_another_row_now_has_is_TG0202_at_was_and_no_member_is_kept()
    {
        // Granted says it was Refused's id: an obsolete Granted→Refused member would clash with the row Refused.
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Granted\", \"label\": \"予以公开\" }", "{ \"id\": \"Granted\", \"was\": \"Refused\", \"label\": \"予以公开\" }")
            .Replace("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"supersedes\": \"grouped\",", StringComparison.Ordinal);
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        var diagnostic = AnalyzerHarness.Templates(file).Where(d => d.Id != "TG0501").ShouldHaveSingleItem();
        var (_, output) = GeneratorHarness.Run(new AdditionalText[] { file });

        diagnostic.Id.ShouldBe("TG0202");
        diagnostic.GetMessage().ShouldBe("The former id 'Refused' of the row 'Granted' in table 'Cases' is already the id or former id of a row, or a generated member, in this template, so it cannot be kept as an obsolete member that forwards to the new one. Correct 'was', or rename the other item.");
        TemplateDiagnosticTests.AssertAt(diagnostic, text, text.IndexOf("\"Refused\", \"label\": \"予以公开\"", StringComparison.Ordinal), 9);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
