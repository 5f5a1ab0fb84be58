using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>
/// Every id either generates code that compiles or is a TG diagnostic at the id: the causes a fuzzing run found,
/// each once. The names the generated code uses come from one place (GeneratedNames) that the validator checks too.
/// </summary>
public sealed class GeneratedNameTests
{
    /// <summary>Ids that used to break the generated code and are now legal: the code compiles and works.</summary>
    [Theory]
    [InlineData("Granted", "l0")]
    [InlineData("Granted", "r0")]
    [InlineData("Granted", "p0")]
    [InlineData("Granted", "row")]
    [InlineData("Granted", "Row")]
    [InlineData("Granted", "violations")]
    [InlineData("Granted", "left")]
    [InlineData("Cases", "Row")]
    public void Ids_that_match_generated_locals_and_helpers_compile(string oldId, string newId)
    {
        // Renamed everywhere, so the rules that name the row follow it.
        var text = TestTemplates.TwoTablesWith($"\"{oldId}\"", $"\"{newId}\"");
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        AnalyzerHarness.Templates(file).Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var (_, output) = GeneratorHarness.Run(new AdditionalText[] { file });
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("value")]
    [InlineData("column")]
    [InlineData("Cases")]
    public void A_column_named_like_a_parameter_or_its_table_stores_and_reads_its_cell(string columnId)
    {
        // The first column named Count is table Cases' only column.
        var text = TestTemplates.TwoTables;
        var count = text.IndexOf("\"Count\"", StringComparison.Ordinal);
        text = text[..count] + $"\"{columnId}\"" + text[(count + "\"Count\"".Length)..];

        var (_, output) = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText("/p/t.template.json", text) },
            "public static class Probe { public static decimal? Run() { var cases = new Test.Reports.Cases(); cases.SetValue(0, 0, 7); return cases.GetValue(0, 0); } }");

        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        ((decimal?)CompiledProbe.Call(output, "Probe")).ShouldBe(7m);
    }

    /// <summary>Ids that cannot be generated: a TG error at the id, with what is wrong, instead of a compile error.</summary>
    [Theory]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"var\"", "TG0202", "Table id 'var' has only lower-case ASCII letters")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"report\"", "TG0202", "Table id 'report' has only lower-case ASCII letters")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"required\"", "TG0202", "Table id 'required' has only lower-case ASCII letters")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"ToString\"", "TG0202", "Table id 'ToString' collides with the generated Report class or a member of it or of the table class")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"GetHashCode\"", "TG0202", "Table id 'GetHashCode' collides with the generated Report class")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"GetValue\"", "TG0202", "Table id 'GetValue' collides with the generated Report class or a member of it or of the table class")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"SetValue\"", "TG0202", "Table id 'SetValue' collides with the generated Report class or a member of it or of the table class")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"OtherRow\"", "TG0202", "Table id 'OtherRow' collides with the row class 'OtherRow' generated for table 'Other'")]
    [InlineData("\"id\": \"Cases\"", "\"id\": \"OTHER\"", "TG0201", "Table id 'Other' differs from table id 'OTHER' only in case", "\"Other\"")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"Equals\"", "TG0202", "The row id 'Equals' in table 'Other' collides with a generated member of the same name")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"Other\"", "TG0202", "The row id 'Other' in table 'Other' collides with a generated member of the same name")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"On\\u200Bly\"", "TG0202", "contains the invisible formatting character U+200B")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"On\\u00ADly\"", "TG0202", "contains the invisible formatting character U+00AD")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"__Only\"", "TG0202", "starts with '__', which TemplateGen keeps for the names it generates")]
    [InlineData("\"namespace\": \"Test.Reports\"", "\"namespace\": \"Test.nameof\"", "TG0202", "has a part 'nameof' that is a C# contextual keyword")]
    [InlineData("\"namespace\": \"Test.Reports\"", "\"namespace\": \"TemplateGen.ViolationStatus\"", "TG0202", "names the runtime type 'TemplateGen.ViolationStatus', which the generated code would no longer find")]
    [InlineData("\"namespace\": \"Test.Reports\"", "\"namespace\": \"TemplateGen\"", "TG0202", "is 'TemplateGen', the namespace of TemplateGen's runtime types")]
    public void Ids_that_cannot_be_generated_get_a_TG_error_instead_of_a_compile_error(string find, string replace, string id, string message, string? reportedAt = null)
    {
        var text = TestTemplates.TwoTablesWith(find, replace);
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        var diagnostic = AnalyzerHarness.Templates(file).Where(d => d.Severity == DiagnosticSeverity.Error).ShouldHaveSingleItem();
        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file });

        diagnostic.Id.ShouldBe(id);
        diagnostic.GetMessage().ShouldContain(message, Case.Sensitive);
        var at = text.LastIndexOf(reportedAt ?? replace.Split(':')[1].Trim(), StringComparison.Ordinal);
        diagnostic.Location.SourceSpan.Start.ShouldBe(at);
        result.Results.Single().Exception.ShouldBeNull();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void A_ten_thousand_character_id_is_a_TG_error_not_a_CS7013()
    {
        var id = new string('L', 10_000);
        var text = TestTemplates.TwoTablesWith("\"id\": \"Other\"", $"\"id\": \"{id}\"");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0202");
        diagnostic.GetMessage().ShouldContain("is 10000 characters long; TemplateGen allows at most 200", Case.Sensitive);
    }

    [Fact]
    public void An_unknown_fifty_thousand_character_rule_term_is_TG0301_without_a_suggestion()
    {
        var term = new string('G', 50_000);
        var text = TestTemplates.TwoTablesWith("\"parts\": [ \"Granted\", \"Refused\" ]", $"\"parts\": [ \"{term}\", \"Refused\" ]");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0301");
        diagnostic.GetMessage().ShouldNotContain("Did you mean");
    }

    [Fact]
    public void An_official_number_of_ten_digits_neither_throws_nor_loses_the_template()
    {
        var text = TestTemplates.GroupedWith("\"number\": \"三、\"", "\"number\": \"12345678901.\"");
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        var diagnostics = AnalyzerHarness.Templates(file); // throws on AD0001
        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file });

        diagnostics.ShouldNotContain(d => d.Severity == DiagnosticSeverity.Error);
        result.Results.Single().Exception.ShouldBeNull();
        GeneratorHarness.HintNames(result).ShouldContain("Test.Grouped.__Report.g.cs");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("R.X", "r.x", "differs from 'R.X' only in case")]
    [InlineData("A", "A.Cases", "but 'A.Cases' is a class generated from the other")]
    public void Templates_whose_namespaces_would_clash_in_files_or_types_generate_only_the_first_and_TG0203_says_why(string first, string second, string why)
    {
        var a = new InMemoryAdditionalText("/p/a.template.json", TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\"", $"\"namespace\": \"{first}\""));
        var b = new InMemoryAdditionalText("/p/b.template.json", TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\"", $"\"namespace\": \"{second}\""));

        var diagnostic = AnalyzerHarness.Templates(a, b).ShouldHaveSingleItem();
        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { b, a });

        diagnostic.Id.ShouldBe("TG0203");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/p/b.template.json");
        diagnostic.GetMessage().ShouldContain(why, Case.Sensitive);
        result.Results.Single().Exception.ShouldBeNull();
        GeneratorHarness.HintNames(result).ShouldAllBe(n => n.StartsWith(first + ".", StringComparison.Ordinal));
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
