using Shouldly;
using TemplateGen.Templates;
using TemplateGen.Templates.Binding;
using TemplateGen.Testing;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Binding;

/// <summary>A table's rules checked as one system: implied rules, rules that force cells to 0, cells the rules make a sum.</summary>
public sealed class RuleSetTests
{
    /// <summary>A table of rows A, B, C, D, T (one count column, one signed) with the given rules between rows.</summary>
    private static string Table(string rules, string secondKind = "count") => $$"""
        { "id": "set", "title": "规则集", "notice": "测试", "namespace": "Test.RuleSet",
          "sections": [ { "number": "一、", "label": "统计", "tables": [ { "id": "Ledger",
            "columns": [ { "id": "Count", "label": "件数" }, { "id": "Change", "label": "增减", "kind": "{{secondKind}}" } ],
            "rows": [ { "id": "A", "label": "甲" }, { "id": "B", "label": "乙" }, { "id": "C", "label": "丙" }, { "id": "D", "label": "丁" }, { "id": "T", "label": "合计" } ],
            "rules": [ {{rules}} ] } ] } ] }
        """;

    private static string Rule(string id, string body) => $$"""{ "id": "{{id}}", "between": "rows", "message": "规则", {{body}} }""";

    private static string At(string text, TemplateProblem problem) => text.Substring(problem.Span.Start, problem.Span.Length);

    [Fact]
    public void A_rule_that_follows_from_two_earlier_rules_names_both()
    {
        // T = A + B + C, C = D; so T = A + B + D follows from both.
        var text = Table(string.Join(", ",
            Rule("I1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\", \"C\" ]"),
            Rule("I2", "\"left\": [ \"C\" ], \"right\": [ \"D\" ]"),
            Rule("I4", "\"total\": \"T\", \"parts\": [ \"A\", \"B\", \"D\" ]")));

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Kind.ShouldBe(TemplateProblemKind.RuleImplied);
        problem.Severity.ShouldBe(TemplateProblemSeverity.Info);
        problem.Message.ShouldBe("Rule 'I4' in table 'Ledger' follows from rules 'I1' and 'I2': it holds wherever those hold, so it never fails on its own. Remove it to keep the rules minimal, or check its terms against the official rule.");
        At(text, problem).ShouldBe("\"I4\"");
        var removal = problem.Fix.ShouldNotBeNull().Edits.ShouldHaveSingleItem();
        var fixedText = text.Remove(removal.Start, removal.Length);
        TemplateLoader.Load(fixedText).Problems.ShouldBeEmpty();
        fixedText.ShouldNotContain("I4");
    }

    [Fact]
    public void The_first_of_the_rules_removes_cleanly_too()
    {
        // Listed first, the duplicate is the earlier one; the later is reported, and removing it leaves valid JSON.
        var text = Table(string.Join(", ", Rule("R1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\", \"C\", \"D\" ]"), Rule("R2", "\"left\": [ \"T\" ], \"right\": [ \"D\", \"C\", \"B\", \"A\" ]")));

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        At(text, problem).ShouldBe("\"R2\"");
        var removal = problem.Fix!.Edits.Single();
        TemplateLoader.Load(text.Remove(removal.Start, removal.Length)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Rules_that_leave_a_row_no_value_but_zero_are_a_warning_naming_the_rules_and_the_row()
    {
        // T = A + B and A = T + C: B + C = 0, and counts are never negative.
        var text = Table(string.Join(", ", Rule("S1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\" ]"), Rule("R7", "\"left\": [ \"A\" ], \"right\": [ \"T\", \"C\" ]")));

        var problems = TemplateLoader.Load(text).Problems;

        var problem = problems.Single(p => p.Kind == TemplateProblemKind.RulesForceZero);
        problem.Severity.ShouldBe(TemplateProblemSeverity.Warning);
        problem.Message.ShouldBe("Rules 'S1' and 'R7' in table 'Ledger' together force the rows 'B', 'C' to be 0 in every column: no values that may not be negative satisfy them otherwise. Check their terms against the official rules.");
        At(text, problem).ShouldBe("\"R7\"");
        problems.ShouldNotContain(p => p.Kind == TemplateProblemKind.CellFixedByRules); // the contradiction is what to mend
    }

    [Fact]
    public void Values_that_may_be_negative_are_not_forced_to_zero_by_signs()
    {
        var text = Table(string.Join(", ", Rule("S1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\" ]"), Rule("R7", "\"left\": [ \"A\" ], \"right\": [ \"T\", \"C\" ]")), secondKind: "signedCount")
            .Replace("\"kind\": \"signedCount\" }", "\"kind\": \"signedCount\" }", StringComparison.Ordinal)
            .Replace("{ \"id\": \"Count\", \"label\": \"件数\" }", "{ \"id\": \"Count\", \"label\": \"件数\", \"kind\": \"signedCount\" }", StringComparison.Ordinal);

        TemplateLoader.Load(text).Problems.ShouldNotContain(p => p.Kind == TemplateProblemKind.RulesForceZero);
    }

    [Fact]
    public void A_row_the_rules_pin_to_zero_whatever_the_signs_is_reported()
    {
        // T = A + B and T = A + B + C: C = 0 even where values may be negative.
        var text = Table(string.Join(", ", Rule("S1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\" ]"), Rule("S2", "\"left\": [ \"T\" ], \"right\": [ \"A\", \"B\", \"C\" ]")), secondKind: "signedCount");

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Message.ShouldBe("Rules 'S1' and 'S2' in table 'Ledger' together force the row 'C' to be 0 in every column: no values that may not be negative satisfy them otherwise. Check their terms against the official rules.");
    }

    [Fact]
    public void Two_totals_of_one_row_make_two_parts_equal_which_is_reported_at_the_part()
    {
        // T = A + C and T = A + D: C always equals D, which usually means one part is wrong.
        var text = Table(string.Join(", ", Rule("I1", "\"total\": \"T\", \"parts\": [ \"A\", \"C\" ]"), Rule("I2", "\"total\": \"T\", \"parts\": [ \"A\", \"D\" ]")));

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Kind.ShouldBe(TemplateProblemKind.CellFixedByRules);
        problem.Message.ShouldBe("The row 'C' in table 'Ledger' is always equal to 'D' under rules 'I1' and 'I2', but no rule marks it as a total. If it is one, declare it with \"total\" and \"parts\"; if not, a part is probably wrong.");
        At(text, problem).ShouldBe("\"C\"");
    }

    [Fact]
    public void Rules_between_columns_are_analyzed_as_their_own_system()
    {
        var text = TestTemplates.GroupedWith(
            "\"total\": \"Total\", \"parts\": [ \"Persons\", \"Companies\" ] }",
            "\"total\": \"Total\", \"parts\": [ \"Persons\", \"Companies\" ] }, { \"id\": \"C2\", \"between\": \"columns\", \"message\": \"总计\", \"left\": [ \"Total\", \"Persons\" ], \"right\": [ \"Persons\", \"Persons\", \"Companies\" ] }");

        var problems = TemplateLoader.Load(text).Problems;

        problems.Select(p => p.Kind).ShouldBe(new[] { TemplateProblemKind.DuplicatePart });
    }

    [Fact]
    public void An_implied_rule_between_columns_is_reported_at_its_id()
    {
        var text = TestTemplates.GroupedWith(
            "\"total\": \"Total\", \"parts\": [ \"Persons\", \"Companies\" ] }",
            "\"total\": \"Total\", \"parts\": [ \"Persons\", \"Companies\" ] }, { \"id\": \"C2\", \"between\": \"columns\", \"message\": \"总计\", \"left\": [ \"Companies\", \"Persons\" ], \"right\": [ \"Total\" ], \"severity\": \"warning\" }");

        var problem = TemplateLoader.Load(text).Problems.ShouldHaveSingleItem();

        problem.Kind.ShouldBe(TemplateProblemKind.RuleImplied);
        problem.Message.ShouldStartWith("Rule 'C2' in table 'Requests' follows from rule 'C1'");
        At(text, problem).ShouldBe("\"C2\"");
    }

    [Fact]
    public void Rules_across_reports_are_not_part_of_one_reports_system()
    {
        var text = Table(string.Join(", ", Rule("S1", "\"total\": \"T\", \"parts\": [ \"A\", \"B\" ]"), Rule("X1", "\"left\": [ \"T\" ], \"right\": [ \"previous.T\" ]")));

        TemplateLoader.Load(text).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_ten_thousand_row_synthetic_template_comes_out_clean()
    {
        // Nested totals: the 合计 reduces to the sum of every row, once; the analysis stays linear in practice.
        TemplateLoader.Load(SyntheticTemplate.Json(10_000)).Problems.ShouldBeEmpty();
    }
}
