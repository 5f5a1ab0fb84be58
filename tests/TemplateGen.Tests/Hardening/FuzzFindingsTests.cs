using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Fuzz;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Hardening;

/// <summary>
/// What an independent fuzz campaign broke (issue 22), each at its cause: every template gets a TG diagnostic and
/// nothing else, never an exception in the generator or analyzer and never generated code that fails to compile
/// without a TG error.
/// </summary>
public sealed class FuzzFindingsTests
{
    private static string Edit(string find, string replace) => TestTemplates.TwoTables.Contains(find, StringComparison.Ordinal)
        ? TestTemplates.TwoTables.Replace(find, replace, StringComparison.Ordinal)
        : throw new ArgumentException($"'{find}' is not in the template");

    /// <summary>The test template with one claim over Cases.Granted.Count whose patterns are <paramref name="patterns"/> (JSON strings).</summary>
    private static string Claim(string patterns) => Edit("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"x\", \"cells\": [ \"Cases.Granted.Count\" ], \"patterns\": [ " + patterns + " ] } ],");

    public static TheoryData<string, string, string> Cases => new()
    {
        { "a lone surrogate in an id", Edit("\"id\": \"Granted\"", "\"id\": \"Gr\\uD800anted\""), "TG0202" },
        { "a lone surrogate in the namespace", Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"Test.Re\\uDC00ports\""), "TG0202" },
        { "Chinese numbering that breaks at 九十九", Edit("{ \"id\": \"Granted\", \"label\": \"予以公开\" }", "{ \"id\": \"Granted\", \"number\": \"九十九、\", \"label\": \"予以公开\" }").Replace("{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"number\": \"一、\", \"label\": \"不予公开\" }", StringComparison.Ordinal), "" },
        { "two tables with the same former id", Edit("\"id\": \"Cases\",", "\"id\": \"Cases\", \"was\": \"Old\",").Replace("\"id\": \"Other\",", "\"id\": \"Other\", \"was\": \"Old\",", StringComparison.Ordinal), "TG0202" },
        { "a row named like another row's accessor", Edit("\"id\": \"Refused\"", "\"id\": \"get_Granted\""), "TG0202" },
        { "a table named like the Report's accessor", Edit("\"id\": \"Other\"", "\"id\": \"get_Tables\""), "TG0202" },
        { "a row's former id named like the table's accessor (fuzz seed 276)", Edit("\"id\": \"Refused\"", "\"id\": \"Refused\", \"was\": \"get_Metadata\""), "TG0202" },
        { "a row named like another row's former id's accessor", Edit("\"id\": \"Refused\"", "\"id\": \"Refused\", \"was\": \"Old\"").Replace("\"id\": \"Granted\"", "\"id\": \"get_Old\"", StringComparison.Ordinal), "TG0202" },
        { "a namespace and table the generated code uses", Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"System.CodeDom.Compiler\"").Replace("\"id\": \"Other\"", "\"id\": \"GeneratedCodeAttribute\"", StringComparison.Ordinal), "TG0202" },
        { "System / Attribute", Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"System\"").Replace("\"id\": \"Other\"", "\"id\": \"Attribute\"", StringComparison.Ordinal), "TG0202" },
        { "System / String", Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"System\"").Replace("\"id\": \"Other\"", "\"id\": \"String\"", StringComparison.Ordinal), "TG0202" },
        { "a claim pattern nested 100,000 deep", Claim("\"" + new string('(', 100_000) + new string(')', 100_000) + "\""), "TG0602" },
        { "a claim pattern that backtracks without end", Claim("\"(a+)+$\""), "" },
        { "a claim pattern with a huge repeat", Claim("\"(\\\\d{2147483646})\""), "" },
        { "a claim cell with a lone surrogate", Edit("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"x\", \"cells\": [ \"Cases.Gr\\uD800anted.Count\" ], \"patterns\": [ \"(\\\\d+)件\" ] } ],"), "TG0604" },
        { "a namespace over the metadata limit", Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"" + string.Join(".", Enumerable.Repeat(new string('N', 150), 8)) + "\""), "TG0202" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_template_the_campaign_broke_gets_a_TG_diagnostic_and_nothing_else(string what, string template, string id)
    {
        TemplateFuzzTests.Check(template).ShouldBeNull(what);
        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/fuzz.template.json", template));
        if (id.Length > 0)
        {
            diagnostics.Select(d => d.Id).ShouldContain(id, what);
        }
    }

    [Fact]
    public void A_table_that_would_hide_a_framework_type_is_TG0202_at_its_id_and_is_not_generated()
    {
        var template = Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"System\"").Replace("\"id\": \"Other\"", "\"id\": \"Attribute\"", StringComparison.Ordinal);
        var file = new InMemoryAdditionalText("/p/clash.template.json", template);

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file });
        var diagnostic = AnalyzerHarness.Run(output, new AdditionalText[] { file }).Single(d => d.Id == "TG0202");

        diagnostic.GetMessage().ShouldBe("Table 'Attribute' in namespace 'System' would declare System.Attribute, a type this project or its references already have: the generated type would hide it (CS0436), and code that needs it (the generated code's own attributes among it) would no longer find it, so the table is not generated. Choose another id or namespace.");
        var span = diagnostic.Location.GetLineSpan();
        (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Character).ShouldBe((24, 16, 27));
        template.Split('\n')[24].Substring(16, 11).ShouldBe("\"Attribute\"");
        GeneratorHarness.HintNames(result).ShouldBe(new[] { "System.Cases.g.cs", "System.__Report.g.cs" });
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void A_namespace_that_is_a_type_of_the_project_is_TG0202_at_the_namespace_and_nothing_is_generated()
    {
        var template = Edit("\"namespace\": \"Test.Reports\"", "\"namespace\": \"Consumer.Program\"");
        var file = new InMemoryAdditionalText("/p/clash.template.json", template);

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file }, "namespace Consumer { public static class Program { } }");
        var diagnostic = AnalyzerHarness.Run(output, new AdditionalText[] { file }).Single(d => d.Id == "TG0202");

        diagnostic.GetMessage().ShouldBe("The namespace 'Consumer.Program' runs through 'Consumer.Program', a type this project or its references already have, so the generated namespace cannot be declared (CS0101) and nothing is generated. Choose another namespace.");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(4);
        GeneratorHarness.HintNames(result).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_template_path_given_twice_is_one_template()
    {
        var file = new InMemoryAdditionalText("/p/twice.template.json", TestTemplates.TwoTables);

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file, file });

        result.Results.Single().Exception.ShouldBeNull();
        GeneratorHarness.HintNames(result).ShouldBe(new[] { "Test.Reports.Cases.g.cs", "Test.Reports.Other.g.cs", "Test.Reports.__Report.g.cs" });
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void A_generated_file_name_past_what_file_systems_allow_is_shortened_with_a_hash()
    {
        var ns = string.Join(".", Enumerable.Repeat(new string('N', 100), 4));
        var file = new InMemoryAdditionalText("/p/long.template.json", Edit("\"namespace\": \"Test.Reports\"", $"\"namespace\": \"{ns}\""));

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file });

        var hints = GeneratorHarness.HintNames(result);
        hints.Length.ShouldBe(3);
        hints.ShouldAllBe(h => System.Text.Encoding.UTF8.GetByteCount(h) <= 200 && h.EndsWith(".g.cs", StringComparison.Ordinal));
        hints.Distinct().Count().ShouldBe(3);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void A_loader_that_throws_is_one_TG0007_for_its_template_and_the_other_templates_are_still_generated()
    {
        var broken = new InMemoryAdditionalText("/p/broken.template.json", TestTemplates.TwoTables.Replace("Test.Reports", "Test.Broken", StringComparison.Ordinal));
        var fine = new InMemoryAdditionalText("/p/fine.template.json", TestTemplates.TwoTables);
        var generatorLoader = global::TemplateGen.Generator.TemplateGenerator.Loader;
        var analyzerLoader = global::TemplateGen.Analyzers.TemplateAnalyzer.Loader;
        Func<string, string?, string?, global::TemplateGen.Templates.TemplateLoadResult> faulty = (text, ns, access) => text.Contains("Test.Broken", StringComparison.Ordinal) ? throw new IndexOutOfRangeException("injected") : global::TemplateGen.Templates.TemplateLoader.Load(text, ns, access);
        try
        {
            global::TemplateGen.Generator.TemplateGenerator.Loader = faulty;
            global::TemplateGen.Analyzers.TemplateAnalyzer.Loader = faulty;

            var (result, output) = GeneratorHarness.Run(new AdditionalText[] { broken, fine });
            var analyzer = AnalyzerHarness.Run(output, new AdditionalText[] { broken, fine });

            result.Results.Single().Exception.ShouldBeNull();
            result.Diagnostics.Select(d => (d.Id, d.GetMessage())).ShouldBe(new[] { ("TG0007", "TemplateGen could not process 'broken.template.json' while loading: IndexOutOfRangeException: injected; its types are not generated. Please report it with the template.") });
            GeneratorHarness.HintNames(result).ShouldBe(new[] { "Test.Reports.Cases.g.cs", "Test.Reports.Other.g.cs", "Test.Reports.__Report.g.cs" });
            analyzer.Where(d => d.Id == "TG0007").Select(d => (d.GetMessage(), d.Location.GetLineSpan().Path)).ShouldBe(new[] { ("TemplateGen could not process 'broken.template.json' while loading: IndexOutOfRangeException: injected; its diagnostics may be incomplete. Please report it with the template.", "/p/broken.template.json") });
        }
        finally
        {
            global::TemplateGen.Generator.TemplateGenerator.Loader = generatorLoader;
            global::TemplateGen.Analyzers.TemplateAnalyzer.Loader = analyzerLoader;
        }
    }

    [Theory]
    [InlineData("Test.Reports.Cases")]
    [InlineData("Test.Reports.Report")]
    [InlineData("Test.Reports.CasesRow")]
    public void A_namespace_through_a_type_another_template_generates_is_a_TG_error_and_nothing_else(string ns)
    {
        var first = new InMemoryAdditionalText("/p/a.template.json", TestTemplates.TwoTables);
        var second = new InMemoryAdditionalText("/p/b.template.json", TestTemplates.TwoTables.Replace("\"namespace\": \"Test.Reports\"", $"\"namespace\": \"{ns}\"", StringComparison.Ordinal).Replace("\"id\": \"test\"", "\"id\": \"other\"", StringComparison.Ordinal));

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { first, second });
        var diagnostics = AnalyzerHarness.Run(output, new AdditionalText[] { first, second });

        result.Results.Single().Exception.ShouldBeNull();
        diagnostics.ShouldContain(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("TG", StringComparison.Ordinal));
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + d.GetMessage()).ShouldBeEmpty();
    }
}
