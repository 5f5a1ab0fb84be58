using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>For every template diagnostic: a minimal template that triggers it, and its ID, severity, message and exact span.</summary>
public sealed class TemplateDiagnosticTests
{
    /// <summary>One mistake: in which test template, the edit that makes it, and where the diagnostic must point.</summary>
    public sealed record Mistake(string Id, DiagnosticSeverity Severity, string Template, string Find, string Replace, string Anchor, int Offset, int Length, string Message)
    {
        public override string ToString() => Id;
    }

    public static TheoryData<Mistake> Mistakes() => new()
    {
        new("TG0001", DiagnosticSeverity.Error, "two", "\"id\": \"test\"", "\"id\": test", "test,", 0, 1,
            "Unexpected 't'; expected a value (object, array, string, number, true, false or null)."),
        new("TG0002", DiagnosticSeverity.Error, "two", "\"notice\": \"测试通知\",", "\"notice\": \"测试通知,", "\"测试通知,", 0, 6,
            "This string is not closed before the end of the line. Add the closing '\"' (write a line break inside a string as \\n)."),
        new("TG0003", DiagnosticSeverity.Error, "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", ]", ", ]", 0, 1,
            "Trailing comma before ']': JSON does not allow a comma after the last item. Remove the comma."),
        new("TG0004", DiagnosticSeverity.Error, "two", "\"title\": \"测试\"", "\"title\": \"测\\q试\"", "\\q", 0, 2,
            "'\\q' is not a JSON escape. Use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or write the character itself."),
        new("TG0005", DiagnosticSeverity.Error, "two", "\"notice\": \"测试通知\",", "\"notice\": \"测试通知\", \"title\": \"x\",", "\"title\": \"x\"", 0, 7,
            "The key \"title\" appears twice in one object; first at (3,3). Remove or rename one of them."),
        new("TG0101", DiagnosticSeverity.Warning, "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"2.\", \"label\": \"不予公开\" }", "\"nubmer\"", 0, 8,
            "'nubmer' is not a property of a row; it is ignored. Did you mean 'number'? Known properties: id, was, number, label, rows."),
        new("TG0102", DiagnosticSeverity.Error, "two", "\"between\": \"rows\", \"message\": \"规则二\"", "\"between\": \"row\", \"message\": \"规则二\"", "\"row\"", 0, 5,
            "'row' is not a valid 'between' of a rule; use one of: \"rows\", \"columns\". Did you mean 'rows'?"),
        new("TG0103", DiagnosticSeverity.Error, "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\" }", "{ \"id\": \"Refused\" }", 0, 1,
            "A row has no 'label'; add \"label\": \"...\"."),
        new("TG0201", DiagnosticSeverity.Error, "two", "{ \"id\": \"Only\", \"label\": \"唯一\" }", "{ \"id\": \"Only\", \"label\": \"唯一\" }, { \"id\": \"Only\", \"label\": \"唯二\" }", "\"Only\", \"label\": \"唯二\"", 0, 6,
            "The row id 'Only' is used twice in table 'Other'. Give each row its own id."),
        new("TG0202", DiagnosticSeverity.Error, "two", "\"id\": \"Other\"", "\"id\": \"class\"", "\"class\"", 0, 7,
            "Table id 'class' is a C# keyword; it becomes a C# name. Use letters, digits and '_', e.g. \"NewApplications\"."),
        new("TG0301", DiagnosticSeverity.Error, "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refusd\" ]", "\"Refusd\"", 0, 8,
            "Rule 'T1' names 'Refusd', which is not a row of table 'Cases'. Did you mean 'Refused'?"),
        new("TG0302", DiagnosticSeverity.Error, "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"ResultsTotal\" ]", "\"ResultsTotal\" ]", 0, 14,
            "The total 'ResultsTotal' of rule 'R1' includes itself through 'ResultsTotal'. Remove it from the parts."),
        new("TG0301", DiagnosticSeverity.Error, "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"previous.Refusd\" ]", "\"previous.Refusd\"", 0, 17,
            "Rule 'T1' names 'previous.Refusd', which is not a row of table 'Cases'. Did you mean 'previous.Refused'?"),
        new("TG0308", DiagnosticSeverity.Error, "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"prev.Refused\" ]", "\"prev.Refused\"", 0, 14,
            "Rule 'T1' in table 'Cases' names 'prev.Refused', but 'prev' is not a report a rule can name. A term names a row of this report ('Refused') or of the previous year's report of the same body ('previous.Refused'), in this template's ids."),
        new("TG0303", DiagnosticSeverity.Error, "grouped", "{ \"id\": \"Companies\", \"label\": \"法人\" }", "{ \"id\": \"Companies\", \"label\": \"法人\", \"kind\": \"amount\", \"unit\": \"万元\" }", "\"Companies\" ]", 0, 11,
            "Rule 'C1' adds 'Companies' (amount in 万元) to 'Total' (count). The terms of a rule must have the same kind and unit."),
        new("TG0304", DiagnosticSeverity.Error, "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", \"Granted\" ]", "\"Granted\" ]", 0, 9,
            "Rule 'R1' counts the row 'Granted' twice (through 'Granted' and 'Granted'). Name each part once."),
        new("TG0305", DiagnosticSeverity.Error, "grouped", "\"total\": \"ResultsTotal\"", "\"total\": \"Results\"", "\"total\": \"Results\"", 9, 9,
            "The total of rule 'R1' is 'Results', a header-only group with no cells of its own. Name the data row that holds the total."),
        new("TG0306", DiagnosticSeverity.Warning, "grouped", "\"total\": \"ResultsTotal\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"left\": [ \"Granted\", \"Refused\" ], \"right\": [ \"Refused\", \"Granted\" ]", "\"R1\"", 0, 4,
            "Rule 'R1' in table 'Requests' has the same rows on both sides, so it can never fail. Check its terms against the official rule."),
        new("TG0307", DiagnosticSeverity.Warning, "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\" ]", "\"ResultsTotal\", \"parts\"", 0, 14,
            "The total 'ResultsTotal' of rule 'R1' leaves out 'Refused' (（二）不予公开), under the same group '二、办理结果'. Add it to the parts, or move it out of the group."),
        new("TG0309", DiagnosticSeverity.Warning, "grouped", "\"parts\": [ \"Granted\", \"Refused\" ] }", "\"parts\": [ \"Granted\", \"Refused\" ] }, { \"id\": \"R2\", \"between\": \"rows\", \"message\": \"予以公开等于总计\", \"left\": [ \"Granted\" ], \"right\": [ \"ResultsTotal\" ] }", "\"R2\"", 0, 4,
            "Rules 'R1' and 'R2' in table 'Requests' together force the row 'Refused' to be 0 in every column: no values that may not be negative satisfy them otherwise. Check their terms against the official rules."),
        new("TG0310", DiagnosticSeverity.Info, "grouped", "\"parts\": [ \"Granted\", \"Refused\" ] }", "\"parts\": [ \"Granted\", \"Refused\" ] }, { \"id\": \"R2\", \"between\": \"rows\", \"message\": \"总计\", \"left\": [ \"ResultsTotal\" ], \"right\": [ \"Refused\", \"Granted\" ] }", "\"R2\"", 0, 4,
            "Rule 'R2' in table 'Requests' follows from rule 'R1': it holds wherever that holds, so it never fails on its own. Remove it to keep the rules minimal, or check its terms against the official rule."),
        new("TG0311", DiagnosticSeverity.Info, "grouped", "\"total\": \"ResultsTotal\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"left\": [ \"ResultsTotal\" ], \"right\": [ \"Granted\", \"Refused\" ]", "\"ResultsTotal\", \"number\"", 0, 14,
            "The row 'ResultsTotal' in table 'Requests' is always the sum 'Granted' + 'Refused' under rule 'R1', but no rule marks it as a total. If it is one, declare it with \"total\" and \"parts\"; if not, a part is probably wrong."),
        new("TG0602", DiagnosticSeverity.Error, "two", "\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Cases.Granted.Count\" ], \"patterns\": [ \"(予以)公开(\\\\d+)件\" ] } ],", "\"(予以)公开(\\\\d+)件\"", 0, 15,
            "A pattern of claim 'C1' has 2 capture groups; it needs exactly one, around the number, e.g. \"收到[^。]{0,20}?申请(\\\\d+)件\". Make the other groups non-capturing: (?:...)."),
        new("TG0603", DiagnosticSeverity.Error, "two", "\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Cases.Granted.Count\" ], \"patterns\": [ \"(\\\\d*)\" ] } ],", "\"(\\\\d*)\"", 0, 8,
            "A pattern of claim 'C1' matches the empty string, so it would find the claim anywhere. Require the words around the number and at least one digit, e.g. (\\\\d+)件."),
        new("TG0604", DiagnosticSeverity.Error, "two", "\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Cases.Granted.Cnt\" ], \"patterns\": [ \"予以公开(\\\\d+)件\" ] } ],", "\"Cases.Granted.Cnt\"", 0, 19,
            "Claim 'C1' names 'Cnt', which is not a column of table 'Cases'. Did you mean 'Count'?"),
        new("TG0605", DiagnosticSeverity.Error, "grouped", "\"namespace\": \"Test.Grouped\",", "\"namespace\": \"Test.Grouped\", \"claims\": [ { \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Requests.Results.Total\" ], \"patterns\": [ \"予以公开(\\\\d+)件\" ] } ],", "\"Requests.Results.Total\"", 0, 24,
            "Claim 'C1' names the row 'Results' of table 'Requests', a header-only group with no cells of its own. Name its data rows ('Granted', 'Refused', 'ResultsTotal') as cells of the claim, each in full."),
        new("TG0401", DiagnosticSeverity.Warning, "two", "{ \"id\": \"Only\", \"label\": \"唯一\" }", "{ \"id\": \"Only\", \"label\": \"唯一\" }, { \"id\": \"Empty\", \"label\": \"空\", \"rows\": [] }", "\"rows\": []", 0, 6,
            "'Empty' has an empty \"rows\" list, which makes it a group with no rows and no cells. Add its rows, or remove \"rows\" to make it a data row."),
        new("TG0402", DiagnosticSeverity.Warning, "grouped", "\"number\": \"（二）\"", "\"number\": \"（四）\"", "\"（四）\"", 0, 5,
            "The row 'Refused' in table 'Requests' is numbered （四） after （一）; expected （二）. Renumber the siblings so the official numbers run in sequence."),
        new("TG0403", DiagnosticSeverity.Warning, "grouped", "\"label\": \"不予公开\"", "\"label\": \"予以公开\"", "\"（二）\", \"label\": \"予以公开\"", 16, 6,
            "The rows 'Granted' and 'Refused' in table 'Requests' are both labelled '予以公开' under the same parent. Readers match rows by label; give each its official label."),
        new("TG0405", DiagnosticSeverity.Warning, "grouped", "{ \"id\": \"Applicants\", \"label\": \"申请人情况\",", "{ \"id\": \"Applicants\", \"label\": \"申请人情况\", \"unit\": \"件\",", "\"unit\"", 0, 6,
            "Column group 'Applicants' has \"unit\", but a group has no cells of its own and its columns do not inherit it. Put \"unit\" on its data columns."),
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_template_with_one_mistake_gets_exactly_one_diagnostic_at_the_mistake(Mistake mistake)
    {
        var text = mistake.Template == "two" ? TestTemplates.TwoTablesWith(mistake.Find, mistake.Replace) : TestTemplates.GroupedWith(mistake.Find, mistake.Replace);

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(mistake.Id);
        diagnostic.Severity.ShouldBe(mistake.Severity);
        diagnostic.GetMessage().ShouldBe(mistake.Message);
        AssertAt(diagnostic, text, text.IndexOf(mistake.Anchor, StringComparison.Ordinal) + mistake.Offset, mistake.Length);
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith($"docs/diagnostics/{mistake.Id}.md");
    }

    [Fact]
    public void TG0103_a_misspelled_required_property_is_one_error_at_the_misspelling_not_also_an_unknown_property()
    {
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"lable\": \"不予公开\" }");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0103");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("A row has no 'label'; 'lable' looks like a misspelling of it. Rename it to \"label\".");
        AssertAt(diagnostic, text, text.IndexOf("\"lable\"", StringComparison.Ordinal), 7);
    }

    [Fact]
    public void TG0201_a_duplicate_row_id_does_not_hide_the_other_mistakes_of_its_table()
    {
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Total\",", "{ \"id\": \"Granted\", \"label\": \"重复\" }, { \"id\": \"Total\",")
            .Replace("\"right\": [ \"Refused\" ]", "\"right\": [ \"Refusd\" ]", StringComparison.Ordinal);

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text));

        diagnostics.Select(d => d.Id).ShouldBe(new[] { "TG0201", "TG0301" });
        diagnostics[1].GetMessage().ShouldBe("Rule 'T2' names 'Refusd', which is not a row of table 'Cases'. Did you mean 'Refused'?");
        AssertAt(diagnostics[1], text, text.IndexOf("\"Refusd\"", StringComparison.Ordinal), 8);
    }

    /// <summary><see cref="TestTemplates.TwoTables"/> superseding the grouped template, its table Cases continuing Requests.</summary>
    private static string Successor(string supersedes = "grouped") => TestTemplates.TwoTables
        .Replace("\"namespace\": \"Test.Reports\",", $"\"namespace\": \"Test.Reports\", \"supersedes\": \"{supersedes}\",", StringComparison.Ordinal)
        .Replace("\"id\": \"Cases\",", "\"id\": \"Cases\", \"was\": \"Requests\",", StringComparison.Ordinal);

    [Fact]
    public void A_template_that_supersedes_one_of_the_project_and_continues_its_tables_gets_no_diagnostic()
    {
        var text = Successor().Replace("\"id\": \"Granted\"", "\"id\": \"Granted\", \"was\": \"Granted\"", StringComparison.Ordinal);

        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldBeEmpty();
    }

    [Fact]
    public void TG0501_a_superseded_template_missing_from_the_project_is_information_with_the_closest_id()
    {
        var text = Successor(supersedes: "groupd");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0501");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe("This template supersedes 'groupd', which is not in the project, so reports in that format cannot be checked against reports in this one. Did you mean 'grouped'? Add the superseded template as an AdditionalFile if you check reports across the format change, or correct the id.");
        AssertAt(diagnostic, text, text.IndexOf("\"groupd\"", StringComparison.Ordinal), 8);
    }

    [Fact]
    public void TG0502_a_former_row_id_the_superseded_table_does_not_have_points_at_was_with_the_closest_id()
    {
        var text = Successor().Replace("\"id\": \"Granted\"", "\"id\": \"Granted\", \"was\": \"Grantd\"", StringComparison.Ordinal);

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0502");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("The row 'Granted' of table 'Cases' was 'Grantd' in 'grouped', whose table 'Requests' has no row 'Grantd'. Did you mean 'Granted'?");
        AssertAt(diagnostic, text, text.IndexOf("\"Grantd\"", StringComparison.Ordinal), 8);
    }

    [Theory]
    [InlineData("\"id\": \"Other\",", "\"id\": \"Other\", \"was\": \"Requets\",", "\"Requets\"", "Table 'Other' was 'Requets' in 'grouped', which has no table 'Requets'. Did you mean 'Requests'?")]
    [InlineData("\"id\": \"Only\"", "\"id\": \"Only\", \"was\": \"New\"", "\"New\"", "The row 'Only' of table 'Other' names 'New' in 'grouped', but that template has no table 'Other' for table 'Other' to continue. Give the table \"was\" with its old id, or remove 'was'.")]
    public void TG0502_every_kind_of_former_id_is_looked_up_in_the_superseded_template(string find, string replace, string anchor, string message)
    {
        var text = Successor().Replace(find, replace, StringComparison.Ordinal);
        text.ShouldContain(anchor, Case.Sensitive);

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0502");
        diagnostic.GetMessage().ShouldBe(message);
        AssertAt(diagnostic, text, text.IndexOf(anchor, StringComparison.Ordinal), anchor.Length);
    }

    [Fact]
    public void TG0502_a_former_column_id_is_looked_up_among_the_superseded_tables_columns()
    {
        var text = Successor();
        var column = text.IndexOf("\"id\": \"Count\"", StringComparison.Ordinal); // Cases' column comes first
        text = text[..column] + "\"id\": \"Count\", \"was\": \"Totl\"" + text[(column + "\"id\": \"Count\"".Length)..];

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0502");
        diagnostic.GetMessage().ShouldBe("The column 'Count' of table 'Cases' was 'Totl' in 'grouped', whose table 'Requests' has no column 'Totl'. Did you mean 'Total'?");
        AssertAt(diagnostic, text, text.IndexOf("\"Totl\"", StringComparison.Ordinal), 6);
    }

    [Fact]
    public void TG0502_was_in_a_template_that_supersedes_none_is_an_error_at_was()
    {
        var text = TestTemplates.TwoTablesWith("\"id\": \"Granted\"", "\"id\": \"Granted\", \"was\": \"Given\"");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0502");
        diagnostic.GetMessage().ShouldBe("'was' names 'Given' in the template this one supersedes, but this template supersedes none. Add \"supersedes\": \"<id of the previous template>\" to the template, or remove 'was'.");
        AssertAt(diagnostic, text, text.IndexOf("\"Given\"", StringComparison.Ordinal), 7);
    }

    [Fact]
    public void TG0503_two_templates_that_supersede_each_other_are_both_reported_with_the_circle()
    {
        var first = Successor();
        var second = TestTemplates.Grouped.Replace("\"namespace\": \"Test.Grouped\",", "\"namespace\": \"Test.Grouped\", \"supersedes\": \"test\",", StringComparison.Ordinal);

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/a.template.json", first), new InMemoryAdditionalText("/p/b.template.json", second));

        diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.GetMessage())).ShouldBe(new[]
        {
            ("TG0503", "/p/a.template.json", "Templates supersede each other in a circle (test → grouped → test): a format cannot precede itself. Remove the 'supersedes' that closes the circle."),
            ("TG0503", "/p/b.template.json", "Templates supersede each other in a circle (grouped → test → grouped): a format cannot precede itself. Remove the 'supersedes' that closes the circle."),
        });
        AssertAt(diagnostics[0], first, first.IndexOf("\"grouped\"", StringComparison.Ordinal), 9);
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void TG0006_nesting_too_deep_points_at_the_first_bracket_past_the_limit()
    {
        var text = "{\"sections\": " + new string('[', 70) + new string(']', 70) + "}";

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0006");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("Arrays and objects are nested more than 64 levels deep here. A template needs only a few levels; check for unbalanced brackets.");
        AssertAt(diagnostic, text, "{\"sections\": ".Length + 63, 1);
    }

    [Fact]
    public void TG0203_two_templates_with_one_namespace_point_at_the_later_namespace_and_back_at_the_first()
    {
        var first = new InMemoryAdditionalText("/p/a.template.json", TestTemplates.TwoTables);
        var second = new InMemoryAdditionalText("/p/b.template.json", TestTemplates.TwoTables);

        var diagnostic = AnalyzerHarness.Templates(second, first).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0203");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("This template and 'a.template.json' (earlier by path) clash: this template generates namespace 'Test.Reports' with Test.Reports.Cases, Test.Reports.CasesRow, Test.Reports.Other, Test.Reports.OtherRow, Test.Reports.Report too; it is not generated. Give it its own namespace.");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/p/b.template.json");
        AssertAt(diagnostic, TestTemplates.TwoTables, TestTemplates.TwoTables.IndexOf("\"Test.Reports\"", StringComparison.Ordinal), 14);
        diagnostic.AdditionalLocations.ShouldHaveSingleItem().GetLineSpan().Path.ShouldBe("/p/a.template.json");
    }

    [Fact]
    public void A_template_listed_twice_is_reported_once_and_does_not_collide_with_itself()
    {
        var text = TestTemplates.TwoTablesWith("\"Refused\" ]", "\"Refusd\" ]");
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        var diagnostics = AnalyzerHarness.Templates(file, new InMemoryAdditionalText("/p/t.template.json", text));

        diagnostics.Select(d => d.Id).ShouldBe(new[] { "TG0301", "TG0301" }); // T1's parts and T2's right side, once each
    }

    [Fact]
    public void TG0404_a_table_with_no_data_cells_is_an_error_beside_the_empty_group_that_causes_it()
    {
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Only\", \"label\": \"唯一\" }", "{ \"id\": \"Only\", \"label\": \"唯一\", \"rows\": [] }");

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text));

        diagnostics.Select(d => d.Id).ShouldBe(new[] { "TG0404", "TG0401" }, ignoreOrder: true);
        var noCells = diagnostics.Single(d => d.Id == "TG0404");
        noCells.Severity.ShouldBe(DiagnosticSeverity.Error);
        noCells.GetMessage().ShouldBe("Table 'Other' has no data cells: it needs at least one row and one column without children.");
        AssertAt(noCells, text, text.IndexOf("\"Other\"", StringComparison.Ordinal), 7);
    }

    [Fact]
    public void TG0601_a_claim_pattern_that_is_no_regular_expression_quotes_the_parsers_reason_at_the_pattern()
    {
        var text = TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"claims\": [ { \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Cases.Granted.Count\" ], \"patterns\": [ \"予以公开(\\\\d+件\" ] } ],");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0601");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        // The reason is the regular-expression parser's own, in the words of the runtime the compiler runs on.
        diagnostic.GetMessage().ShouldStartWith("A pattern of claim 'C1' is not a valid regular expression: ");
        diagnostic.GetMessage().ShouldContain("Not enough )'s");
        AssertAt(diagnostic, text, text.IndexOf("\"予以公开(", StringComparison.Ordinal), "\"予以公开(\\\\d+件\"".Length);
    }

    [Fact]
    public void A_valid_claim_gets_no_diagnostic_and_a_duplicate_claim_id_is_TG0201()
    {
        const string Claim = "{ \"id\": \"C1\", \"label\": \"予以公开\", \"cells\": [ \"Cases.Granted.Count\", \"Cases.Refused.Count\" ], \"patterns\": [ \"公开(\\\\d+)件\" ], \"notNear\": [ \"同比\" ] }";
        var valid = TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\",", $"\"namespace\": \"Test.Reports\", \"claims\": [ {Claim} ],");
        var twice = TestTemplates.TwoTablesWith("\"namespace\": \"Test.Reports\",", $"\"namespace\": \"Test.Reports\", \"claims\": [ {Claim}, {Claim} ],");

        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", valid)).ShouldBeEmpty();
        var duplicate = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", twice)).ShouldHaveSingleItem();
        duplicate.Id.ShouldBe("TG0201");
        duplicate.GetMessage().ShouldBe("Claim id 'C1' is already used. Give each claim its own id.");
        AssertAt(duplicate, twice, twice.LastIndexOf("\"C1\"", StringComparison.Ordinal), 4);
    }

    [Fact]
    public void Every_diagnostic_the_analyzer_can_report_has_a_test_here()
    {
        // TG0007 (a step failed) is tested in Hardening/FuzzFindingsTests, with a loader made to throw.
        var tested = ((IEnumerable<object[]>)Mistakes()).Select(row => ((Mistake)row[0]).Id).Concat(new[] { "TG0006", "TG0007", "TG0601", "TG0203", "TG0204", "TG0205", "TG0404", "TG0501", "TG0502", "TG0503", "TG0504" }).Distinct();

        new TemplateGen.Analyzers.TemplateAnalyzer().SupportedDiagnostics.Select(d => d.Id).ShouldBe(tested, ignoreOrder: true);
    }

    [Fact]
    public void The_shipped_templates_together_only_note_that_X4_cannot_be_checked_against_a_2019_format_report()
    {
        var diagnostic = AnalyzerHarness.Templates(GeneratorHarness.Shipped(ShippedTemplates.Format2021), GeneratorHarness.Shipped(ShippedTemplates.Format2019)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0504");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe("Rule 'X4' of table 'Regulations' is not checked against a previous report in the format of 'gov-info-disclosure-2019': table 'Regulations' of 'gov-info-disclosure-2019' has no column 'InForce'. It is checked when the previous report is in this template's format; give a renamed table, row or column \"was\" with its old id if it continues one.");
        var text = File.ReadAllText(RepositoryFiles.Path("templates/" + ShippedTemplates.Format2021));
        AssertAt(diagnostic, text, text.IndexOf("\"previous.InForce\"", StringComparison.Ordinal), "\"previous.InForce\"".Length);
    }

    /// <summary><paramref name="text"/> with the first <paramref name="find"/> replaced (Cases comes before Other).</summary>
    private static string FirstReplaced(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    /// <summary><see cref="Successor"/> with a rule across reports in Cases: its Granted against the previous report's <paramref name="previousTerm"/>.</summary>
    private static string SuccessorWithRuleAcrossReports(string previousTerm) => Successor().Replace(
        "{ \"id\": \"T2\",",
        $"{{ \"id\": \"X1\", \"between\": \"rows\", \"message\": \"跨年\", \"left\": [ \"Granted\" ], \"right\": [ \"{previousTerm}\" ] }},\n{{ \"id\": \"T2\",",
        StringComparison.Ordinal);

    [Fact]
    public void TG0303_a_rule_across_reports_may_not_add_an_amount_of_the_previous_report_to_counts()
    {
        var text = TestTemplates.GroupedWith("{ \"id\": \"Companies\", \"label\": \"法人\" }", "{ \"id\": \"Companies\", \"label\": \"法人\", \"kind\": \"amount\" }")
            .Replace("\"total\": \"Total\", \"parts\": [ \"Persons\", \"Companies\" ]", "\"total\": \"Total\", \"parts\": [ \"Persons\" ] }, { \"id\": \"X9\", \"between\": \"columns\", \"message\": \"跨年\", \"left\": [ \"Persons\" ], \"right\": [ \"previous.Companies\" ]", StringComparison.Ordinal);
        text.ShouldContain("previous.Companies", Case.Sensitive);

        var diagnostics = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text)).Where(d => d.Id == "TG0303").ToList();

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.GetMessage().ShouldBe("Rule 'X9' adds 'Companies' (amount) to 'Persons' (count). The terms of a rule must have the same kind and unit.");
        AssertAt(diagnostic, text, text.IndexOf("\"previous.Companies\"", StringComparison.Ordinal), "\"previous.Companies\"".Length);
    }

    [Fact]
    public void TG0504_a_term_of_the_previous_report_the_superseded_table_does_not_have_is_information_at_the_term()
    {
        var text = FirstReplaced(SuccessorWithRuleAcrossReports("previous.Total"), "\"id\": \"Count\"", "\"id\": \"Count\", \"was\": \"Persons\"");

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0504");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe("Rule 'X1' of table 'Cases' is not checked against a previous report in the format of 'grouped': table 'Requests' of 'grouped' has no row 'Total'. It is checked when the previous report is in this template's format; give a renamed table, row or column \"was\" with its old id if it continues one.");
        AssertAt(diagnostic, text, text.IndexOf("\"previous.Total\"", StringComparison.Ordinal), "\"previous.Total\"".Length);
    }

    [Fact]
    public void TG0504_a_rule_checked_only_in_the_lines_the_superseded_table_has_names_the_new_ones_at_the_rule()
    {
        // Cases' column (the first "Count") continues Persons; a second column is new in this format.
        var text = FirstReplaced(SuccessorWithRuleAcrossReports("previous.Granted"), "{ \"id\": \"Count\", \"label\": \"件数\" }", "{ \"id\": \"Count\", \"label\": \"件数\", \"was\": \"Persons\" }, { \"id\": \"Extra\", \"label\": \"新增\" }");
        text.ShouldContain("\"Extra\"", Case.Sensitive);

        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0504");
        diagnostic.GetMessage().ShouldBe("Rule 'X1' of table 'Cases' is checked against a previous report in the format of 'grouped' only where both formats have the line: table 'Requests' of 'grouped' has no column 'Extra'. Give a renamed line \"was\" with its old id if it continues one.");
        AssertAt(diagnostic, text, text.IndexOf("\"X1\"", StringComparison.Ordinal), 4);
    }

    [Fact]
    public void A_rule_across_reports_whose_cells_all_continue_in_the_superseded_template_gets_no_diagnostic()
    {
        var text = FirstReplaced(SuccessorWithRuleAcrossReports("previous.Granted"), "\"id\": \"Count\"", "\"id\": \"Count\", \"was\": \"Persons\"");

        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", text), new InMemoryAdditionalText("/p/g.template.json", TestTemplates.Grouped)).ShouldBeEmpty();
    }

    [Fact]
    public void The_2021_template_alone_only_notes_that_the_2019_template_it_supersedes_is_not_in_the_project()
    {
        AnalyzerHarness.Templates(GeneratorHarness.Shipped(ShippedTemplates.Format2019)).ShouldBeEmpty();
        var diagnostic = AnalyzerHarness.Templates(GeneratorHarness.Shipped(ShippedTemplates.Format2021)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TG0501");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_grouped_test_template_is_clean()
    {
        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", TestTemplates.Grouped)).ShouldBeEmpty();
    }

    internal static void AssertAt(Diagnostic diagnostic, string text, int start, int length)
    {
        start.ShouldBeGreaterThanOrEqualTo(0, "the anchor must be in the text");
        var source = SourceText.From(text);
        diagnostic.Location.SourceSpan.ShouldBe(new TextSpan(start, length));
        diagnostic.Location.GetLineSpan().Span.ShouldBe(source.Lines.GetLinePositionSpan(new TextSpan(start, length)));
    }
}
