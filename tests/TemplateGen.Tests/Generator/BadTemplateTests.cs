using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>For a template with errors the generator neither throws nor overflows, and still generates what the errors do not touch.</summary>
public sealed class BadTemplateTests
{
    [Fact]
    public void Malformed_json_inside_a_table_leaves_out_that_table_only()
    {
        var broken = new InMemoryAdditionalText("/p/broken.template.json", TestTemplates.TwoTablesWith("\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", ]"));

        var (result, output) = RunWithoutFailure(broken, GeneratorHarness.Shipped(ShippedTemplates.Format2021));

        GeneratorHarness.HintNames(result).ShouldNotContain("Test.Reports.Cases.g.cs");
        GeneratorHarness.HintNames(result).ShouldContain("Test.Reports.Other.g.cs");
        GeneratorHarness.HintNames(result).ShouldContain("GovDisclosure.Y2021.Applications.g.cs");
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void Malformed_json_outside_every_table_generates_nothing_for_that_template_and_everything_for_the_others()
    {
        var broken = new InMemoryAdditionalText("/p/broken.template.json", TestTemplates.TwoTablesWith("\"title\": \"测试\",", "\"title\": \"测试\",,"));

        var (result, output) = RunWithoutFailure(broken, GeneratorHarness.Shipped(ShippedTemplates.Format2021));

        GeneratorHarness.HintNames(result).ShouldNotContain(n => n.StartsWith("Test.Reports", StringComparison.Ordinal));
        GeneratorHarness.HintNames(result).ShouldContain("GovDisclosure.Y2021.Applications.g.cs");
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void A_rule_naming_an_unknown_row_drops_that_rule_only()
    {
        var text = TestTemplates.TwoTablesWith("\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refusd\" ]");

        var (result, output) = RunWithoutFailure(new InMemoryAdditionalText("/p/t.template.json", text));

        var cases = Generated(result, "Test.Reports.Cases.g.cs");
        cases.ShouldNotContain("\"T1\"");
        cases.ShouldContain("\"T2\"");
        GeneratorHarness.HintNames(result).ShouldContain("Test.Reports.Other.g.cs");
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void A_cyclic_total_drops_the_rules_in_the_cycle_and_keeps_the_tables()
    {
        var text = TestTemplates.TwoTablesWith(
            "{ \"id\": \"T2\", \"between\": \"rows\", \"message\": \"规则二\", \"left\": [ \"Granted\" ], \"right\": [ \"Refused\" ] }",
            "{ \"id\": \"T2\", \"between\": \"rows\", \"message\": \"规则二\", \"total\": \"Granted\", \"parts\": [ \"Total\" ] }");

        var (result, output) = RunWithoutFailure(new InMemoryAdditionalText("/p/t.template.json", text));

        var cases = Generated(result, "Test.Reports.Cases.g.cs");
        cases.ShouldNotContain("\"T1\"");
        cases.ShouldNotContain("\"T2\"");
        cases.ShouldContain("public global::Test.Reports.CasesRow Granted => ");
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void A_table_with_a_duplicate_row_id_is_still_generated_so_code_that_uses_it_gets_only_the_TG_error()
    {
        // Leaving the table out made every use of report.Cases a CS1061 beside the TG0201 that explains it.
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Total\",", "{ \"id\": \"Granted\", \"label\": \"重复\" }, { \"id\": \"Total\",");
        const string user = "class User { long? M(Test.Reports.Report r) => r.Cases.Granted.Count + r.Cases.Total.Count; }";

        var (result, output) = RunWithoutFailure(new[] { new InMemoryAdditionalText("/p/t.template.json", text) }, user);

        var cases = Generated(result, "Test.Reports.Cases.g.cs");
        cases.ShouldContain("public global::Test.Reports.CasesRow Granted => this.__rows[0]");
        cases.ShouldNotContain("Granted => this.__rows[2]");
        cases.ShouldContain("public global::Test.Reports.CasesRow Total => this.__rows[3]");
        cases.ShouldContain("\"T1\"");
        Errors(output).ShouldBeEmpty();
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Ten_thousand_nested_brackets_neither_throw_nor_overflow_the_stack(char open, char close)
    {
        var text = new string(open, 10_000) + new string(close, 10_000);
        if (open == '{')
        {
            text = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        }

        var (result, output) = RunWithoutFailure(new InMemoryAdditionalText("/p/deep.template.json", text), GeneratorHarness.Shipped(ShippedTemplates.Format2019));

        GeneratorHarness.HintNames(result).ShouldContain("GovDisclosure.Y2019.__Report.g.cs");
        Errors(output).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"namespace\": 5}")]
    [InlineData("{\"namespace\": \"class.Bad\", \"sections\": []}")]
    public void Degenerate_templates_generate_no_table_and_no_error(string text)
    {
        var (result, output) = RunWithoutFailure(new InMemoryAdditionalText("/p/odd.template.json", text));

        GeneratorHarness.HintNames(result).ShouldBeEmpty();
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void A_chain_of_ten_thousand_totals_neither_overflows_the_stack_nor_hides_the_cycle_that_closes_it()
    {
        const int length = 10_000;
        var rows = string.Join(", ", Enumerable.Range(0, length + 1).Select(i => $"{{ \"id\": \"R{i}\", \"label\": \"行{i}\" }}"));
        var rules = string.Join(", ", Enumerable.Range(0, length).Select(i => $"{{ \"id\": \"C{i}\", \"between\": \"rows\", \"message\": \"链\", \"total\": \"R{i}\", \"parts\": [ \"R{i + 1}\" ] }}"));
        var closing = $"{{ \"id\": \"Back\", \"between\": \"rows\", \"message\": \"回\", \"total\": \"R{length}\", \"parts\": [ \"R0\" ] }}";
        var text = $$"""
            { "id": "chain", "title": "链", "notice": "测试", "namespace": "Test.Chain", "sections": [ { "number": "一、", "label": "链", "tables": [
              { "id": "Chain", "columns": [ { "id": "Count", "label": "件数" } ], "rows": [ {{rows}} ], "rules": [ {{rules}}, {{closing}} ] } ] } ] }
            """;

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/chain.template.json", text));

        diagnostics.Where(d => d.Id == "TG0302").ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Id == "TG0302" || d.Severity != DiagnosticSeverity.Error);
    }

    [Fact]
    public void Twenty_thousand_rows_with_one_id_are_each_reported_once_with_a_rename_fix()
    {
        // Each rename fix used to gather every id of the list again: quadratic in the number of duplicates.
        const int count = 20_000;
        var rows = string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ \"id\": \"Same\", \"label\": \"行{i}\" }}"));
        var text = $$"""
            { "id": "dup", "title": "重复", "notice": "测试", "namespace": "Test.Dup", "sections": [ { "number": "一、", "label": "重复", "tables": [
              { "id": "Dup", "columns": [ { "id": "Count", "label": "件数" } ], "rows": [ {{rows}} ] } ] } ] }
            """;

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/dup.template.json", text));

        diagnostics.Length.ShouldBe(count - 1);
        diagnostics.ShouldAllBe(d => d.Id == "TG0201" && d.Properties.Values.Any(v => v != null && v.Contains("Same2")));
    }

    /// <summary>Runs the generator and asserts it neither threw nor reported anything itself.</summary>
    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithoutFailure(params AdditionalText[] files) => RunWithoutFailure(files, Array.Empty<string>());

    /// <summary>Runs the generator over <paramref name="files"/> beside user <paramref name="sources"/>, asserting it neither threw nor reported anything itself.</summary>
    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithoutFailure(AdditionalText[] files, params string[] sources)
    {
        var (result, output) = GeneratorHarness.Run(files, sources);
        result.Results.Single().Exception.ShouldBeNull();
        result.Diagnostics.ShouldBeEmpty();
        return (result, output);
    }

    private static string Generated(GeneratorDriverRunResult result, string hintName) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static string[] Errors(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
}
