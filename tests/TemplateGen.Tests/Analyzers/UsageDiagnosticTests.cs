using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>The C# usage analyzers fire on the mistake and stay quiet on the right way to do it.</summary>
public sealed class UsageDiagnosticTests
{
    private static readonly AdditionalText[] Templates =
    {
        GeneratorHarness.Shipped(ShippedTemplates.Format2021),
        GeneratorHarness.Shipped(ShippedTemplates.Format2019),
    };

    [Fact]
    public void TG1001_fires_when_the_result_of_Validate_is_dropped()
    {
        const string source = "class C { void M(GovDisclosure.Y2021.Report r) { r.Validate(); } }";

        var diagnostic = AnalyzerHarness.Usage(source, Templates).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG1001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldBe("The result of Report.Validate() is ignored; Validate() reports violations only through what it returns. Check IsValid or read Violations.");
        Spanned(source, diagnostic).ShouldBe("r.Validate()");
    }

    [Fact]
    public void TG1001_is_quiet_when_the_result_is_used()
    {
        const string source = "class C { bool M(GovDisclosure.Y2021.Report r) { var result = r.Validate(); return result.IsValid && r.Applications.Validate().IsBalanced; } }";

        AnalyzerHarness.Usage(source, Templates).ShouldBeEmpty();
    }

    [Fact]
    public void TG1002_fires_when_a_cell_is_set_to_a_hand_written_sum_of_cells()
    {
        const string source = "class C { void M(GovDisclosure.Y2021.Applications t) { t.ResultsTotal.NaturalPersons = t.Granted.NaturalPersons + t.PartiallyGranted.NaturalPersons + 1; } }";

        var diagnostic = AnalyzerHarness.Usage(source, Templates).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG1002");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldBe("'t.ResultsTotal.NaturalPersons' is set to a sum of other cells written by hand; call ComputeTotals(), which adds exactly the parts the template's rules name");
        Spanned(source, diagnostic).ShouldStartWith("t.ResultsTotal.NaturalPersons = t.Granted");
    }

    [Fact]
    public void TG1002_is_quiet_for_values_read_from_a_report_and_for_ComputeTotals()
    {
        const string source = "class C { void M(GovDisclosure.Y2021.Applications t, long reported) { t.ResultsTotal.NaturalPersons = reported; t.Granted.NaturalPersons = t.Granted.NaturalPersons + 1; t.ComputeTotals(); } }";

        AnalyzerHarness.Usage(source, Templates).ShouldBeEmpty();
    }

    [Fact]
    public void TG1003_fires_when_a_cell_is_copied_by_index_between_format_versions()
    {
        const string source = "class C { void M(GovDisclosure.Y2019.Applications old, GovDisclosure.Y2021.Applications current) { current.SetValue(3, 0, old.GetValue(3, 0)); } }";

        var diagnostic = AnalyzerHarness.Usage(source, Templates).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG1003");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldBe("A value read from GovDisclosure.Y2019.Applications by index is written to GovDisclosure.Y2021.Applications by index; data indexes differ between tables and format versions. Match rows and columns by Id through Metadata.");
        Spanned(source, diagnostic).ShouldBe("current.SetValue(3, 0, old.GetValue(3, 0))");
    }

    [Fact]
    public void TG1003_is_quiet_when_copying_within_one_table_type()
    {
        const string source = "class C { void M(GovDisclosure.Y2021.Applications a, GovDisclosure.Y2021.Applications b) { b.SetValue(3, 0, a.GetValue(3, 0)); b.NewApplications.SetValue(0, a.NewApplications.GetValue(0)); } }";

        AnalyzerHarness.Usage(source, Templates).ShouldBeEmpty();
    }

    private static string Spanned(string source, Diagnostic diagnostic) =>
        source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
