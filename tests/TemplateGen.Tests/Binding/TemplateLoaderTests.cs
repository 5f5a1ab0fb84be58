using Shouldly;
using TemplateGen.Templates;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Model;
using TemplateGen.Tests.Infrastructure;
using TemplateGen.Templates.Lineage;
using Xunit;

namespace TemplateGen.Tests.Binding;

public sealed class TemplateLoaderTests
{
    [Theory]
    [InlineData(ShippedTemplates.Format2021)]
    [InlineData(ShippedTemplates.Format2019)]
    public void Shipped_templates_load_without_any_problem(string fileName)
    {
        var result = TemplateLoader.Load(ShippedTemplates.Text(fileName));

        result.Problems.ShouldBeEmpty();
        result.Template.ShouldNotBeNull().Tables.Select(t => t.Rules.Count).Sum().ShouldBe(4);
    }

    [Fact]
    public void Lineage_reaches_the_model_and_the_lineage_the_analyzers_check()
    {
        var text = TestTemplates.TwoTables
            .Replace("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"supersedes\": \"grouped\",", StringComparison.Ordinal)
            .Replace("\"id\": \"Cases\",", "\"id\": \"Cases\", \"was\": \"Requests\",", StringComparison.Ordinal)
            .Replace("\"id\": \"Refused\"", "\"id\": \"Refused\", \"was\": \"Denied\"", StringComparison.Ordinal);

        var result = TemplateLoader.Load(text);

        result.Problems.ShouldBeEmpty();
        result.Template!.Supersedes.ShouldBe("grouped");
        result.Template.Tables[0].Was.ShouldBe("Requests");
        result.Template.Tables[0].Rows.Single(r => r.Id == "Refused").Was.ShouldBe("Denied");
        result.Template.Tables[1].Was.ShouldBeNull();
        result.Lineage!.Links.Select(l => (l.Kind, l.TableId, l.PredecessorTableId, l.Id, l.Was)).ShouldBe(new[]
        {
            (LineageLinkKind.Table, "Cases", "Requests", "Cases", "Requests"),
            (LineageLinkKind.Row, "Cases", "Requests", "Refused", "Denied"),
        });
        text.Substring(result.Lineage.SupersedesSpan!.Value.Start, result.Lineage.SupersedesSpan.Value.Length).ShouldBe("\"grouped\"");
    }

    [Fact]
    public void The_model_is_value_equal_for_equal_text_and_ignores_layout()
    {
        var text = ShippedTemplates.Text(ShippedTemplates.Format2021);

        var reformatted = TemplateLoader.Load(text.Replace("\n", "\n  ", StringComparison.Ordinal)).Template;

        reformatted.ShouldBe(TemplateLoader.Load(text).Template);
        reformatted!.GetHashCode().ShouldBe(TemplateLoader.Load(text).Template!.GetHashCode());
    }

    [Fact]
    public void A_group_named_as_a_part_stands_for_its_data_rows()
    {
        var applications = TemplateLoader.Load(ShippedTemplates.Text(ShippedTemplates.Format2021)).Template!.Tables.Single(t => t.Id == "Applications");

        var i1 = applications.Rules.Single(r => r.Id == "I1").Equations.Single();

        i1.Right.Count.ShouldBe(21);
        i1.IsTotal.ShouldBeTrue();
    }

    [Fact]
    public void Rules_across_reports_are_kept_apart_with_their_terms_of_the_previous_report_as_headers()
    {
        var template = TemplateLoader.Load(ShippedTemplates.Text(ShippedTemplates.Format2019)).Template!;
        var applications = template.Tables.Single(t => t.Id == "Applications");
        var licensing = template.Tables.Single(t => t.Id == "Licensing");

        applications.Rules.Select(r => r.Id).ShouldBe(new[] { "S1", "I1", "I2" });
        var x1 = applications.RulesAcrossReports.ShouldHaveSingleItem().Equations.Single();
        x1.Left.ShouldBe(new[] { applications.Rows.Single(r => r.Id == "CarriedOver").DataIndex });
        x1.Right.ShouldBeEmpty();
        x1.PreviousLeft.ShouldBeEmpty();
        x1.PreviousRight.ShouldBe(new[] { applications.Rows.ToList().FindIndex(r => r.Id == "CarriedForward") });

        // X2: this year's 上一年项目数量 is last year's plus last year's 本年增/减; none of its cells is this report's part.
        var x2 = licensing.RulesAcrossReports.ShouldHaveSingleItem();
        x2.Severity.ShouldBe(TemplateGen.Templates.Model.RuleSeverity.Error);
        x2.Equations.Single().Right.ShouldBeEmpty();
        x2.Equations.Single().PreviousRight.Select(i => licensing.Columns[i].Id).ShouldBe(new[] { "PreviousYearItems", "Change" });
        licensing.Rules.ShouldBeEmpty();
    }

    [Fact]
    public void A_rule_across_reports_is_no_cycle_and_no_total_that_leaves_out_a_part()
    {
        // Total = previous.Total + Granted would be a total that includes itself within one report; across reports it is not.
        var text = TestTemplates.TwoTablesWith("\"total\": \"Total\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"total\": \"Total\", \"parts\": [ \"previous.Total\", \"Granted\" ]");

        var result = TemplateLoader.Load(text);

        result.Problems.ShouldBeEmpty();
        var cases = result.Template!.Tables.Single(t => t.Id == "Cases");
        cases.Rules.Select(r => r.Id).ShouldBe(new[] { "T2" });
        cases.RulesAcrossReports.Select(r => r.Id).ShouldBe(new[] { "T1" });
    }

    [Theory]
    [InlineData("\"Refused\" ] },", "\"Refusd\" ] },", TemplateProblemKind.UnknownReference, "Rule 'T1' names 'Refusd', which is not a row of table 'Cases'. Did you mean 'Refused'?")]
    [InlineData("\"total\": \"Total\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"total\": \"Total\", \"parts\": [ \"Granted\", \"Total\" ]", TemplateProblemKind.CyclicTotal, "The total 'Total' of rule 'T1' includes itself through 'Total'. Remove it from the parts.")]
    [InlineData("\"total\": \"Total\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"total\": \"Total\", \"parts\": [ \"Granted\", \"Granted\" ]", TemplateProblemKind.DuplicatePart, "Rule 'T1' counts the row 'Granted' twice (through 'Granted' and 'Granted'). Name each part once.")]
    [InlineData("{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"2.\", \"label\": \"不予公开\" }", TemplateProblemKind.UnknownProperty, "'nubmer' is not a property of a row; it is ignored. Did you mean 'number'? Known properties: id, was, number, label, rows.")]
    [InlineData("\"id\": \"Other\"", "\"id\": \"class\"", TemplateProblemKind.InvalidIdentifier, "Table id 'class' is a C# keyword; it becomes a C# name. Use letters, digits and '_', e.g. \"NewApplications\".")]
    [InlineData("\"between\": \"rows\", \"message\": \"规则二\"", "\"between\": \"row\", \"message\": \"规则二\"", TemplateProblemKind.InvalidValue, "'row' is not a valid 'between' of a rule; use one of: \"rows\", \"columns\". Did you mean 'rows'?")]
    public void A_mistake_is_reported_with_its_kind_and_a_message_that_says_how_to_fix_it(string find, string replace, TemplateProblemKind kind, string message)
    {
        var text = TestTemplates.TwoTablesWith(find, replace);

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Kind.ShouldBe(kind);
        problem.Message.ShouldBe(message);
        text.Substring(problem.Span.Start, problem.Span.Length).ShouldBe(SpanTextFor(kind, replace));
    }

    [Fact]
    public void A_rule_with_both_a_total_and_an_equation_is_refused_rather_than_half_checked()
    {
        var text = TestTemplates.TwoTablesWith("\"total\": \"Total\", \"parts\": [ \"Granted\", \"Refused\" ]", "\"total\": \"Total\", \"parts\": [ \"Granted\", \"Refused\" ], \"left\": [ \"Total\" ]");

        var result = TemplateLoader.Load(text);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(TemplateProblemKind.InvalidValue);
        problem.Message.ShouldBe("Rule 'T1' states a total (\"total\", \"parts\") and an equation (\"left\", \"right\") at once. Keep one, or list both under \"equations\".");
        text.Substring(problem.Span.Start, problem.Span.Length).ShouldBe("\"left\"");
        result.Template!.Tables.Single(t => t.Id == "Cases").Rules.Select(r => r.Id).ShouldBe(new[] { "T2" });
    }

    [Fact]
    public void A_cycle_through_two_totals_is_reported_on_each_rule_and_both_rules_are_dropped()
    {
        var text = TestTemplates.TwoTablesWith(
            "\"left\": [ \"Granted\" ], \"right\": [ \"Refused\" ]",
            "\"total\": \"Granted\", \"parts\": [ \"Total\" ]");

        var result = TemplateLoader.Load(text);

        result.Problems.Select(p => p.Kind).ShouldBe(new[] { TemplateProblemKind.CyclicTotal, TemplateProblemKind.CyclicTotal });
        result.Problems[0].Message.ShouldBe("The total 'Granted' of rule 'T2' depends on itself through other totals (Granted → Total → Granted). Break the cycle: a total may not be part of its own parts.");
        result.Template!.Tables.Single(t => t.Id == "Cases").Rules.ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_row_id_points_at_the_duplicate_and_back_at_the_first()
    {
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }, { \"id\": \"Granted\", \"label\": \"重复\" }");

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Kind.ShouldBe(TemplateProblemKind.DuplicateId);
        var lines = new Templates.Text.LineMap(text);
        lines.Position(problem.Span.Start).Line.ShouldBe(lines.Position(problem.RelatedSpan!.Value.Start).Line + 1);
        text.Substring(problem.Span.Start, problem.Span.Length).ShouldBe("\"Granted\"");
        text.Substring(problem.RelatedSpan.Value.Start, problem.RelatedSpan.Value.Length).ShouldBe("\"Granted\"");
    }

    [Fact]
    public void Adding_counts_to_an_amount_is_a_mixed_kind_problem()
    {
        var text = TestTemplates.TwoTablesWith(
                "{ \"id\": \"Count\", \"label\": \"件数\" } ]",
                "{ \"id\": \"Count\", \"label\": \"件数\" }, { \"id\": \"Money\", \"label\": \"金额\", \"kind\": \"amount\", \"unit\": \"万元\" }, { \"id\": \"Sum\", \"label\": \"合计\" } ]")
            .Replace("{ \"id\": \"T1\",", "{ \"id\": \"C1\", \"between\": \"columns\", \"message\": \"m\", \"total\": \"Sum\", \"parts\": [ \"Count\", \"Money\" ] }, { \"id\": \"T1\",", StringComparison.Ordinal);

        var problems = TemplateLoader.Load(text).Problems;

        problems.ShouldHaveSingleItem().Kind.ShouldBe(TemplateProblemKind.MixedValueKinds);
        problems[0].Message
            .ShouldBe("Rule 'C1' adds 'Money' (amount in 万元) to 'Sum' (count). The terms of a rule must have the same kind and unit.");
    }

    private static string SpanTextFor(TemplateProblemKind kind, string replace) => kind switch
    {
        TemplateProblemKind.UnknownReference => "\"Refusd\"",
        TemplateProblemKind.CyclicTotal => "\"Total\"",
        TemplateProblemKind.DuplicatePart => "\"Granted\"",
        TemplateProblemKind.UnknownProperty => "\"nubmer\"",
        TemplateProblemKind.InvalidIdentifier => "\"class\"",
        TemplateProblemKind.InvalidValue => "\"row\"",
        _ => replace,
    };
}
