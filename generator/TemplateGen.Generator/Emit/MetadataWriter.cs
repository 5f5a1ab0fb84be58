using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>
/// Writes a table's metadata: one line per header and per rule, arguments named where a bare number would not say
/// what it is. The rules are data here; the runtime compiles them into the table's checks.
/// </summary>
internal static class MetadataWriter
{
    private const string Runtime = RuntimeContract.TypePrefix;

    public static void WriteTable(CodeWriter w, Table table, DomainRule? domainRule)
    {
        w.Summary("Layout, labels and rules of this table.");
        w.Line($"public static {Runtime}TableMetadata Metadata {{ get; }} = new {Runtime}TableMetadata(");
        w.Indent();
        w.Start().Text("id: ").Literal(table.Id).End(",");
        w.Start().Text("sectionNumber: ").Literal(table.SectionNumber).End(",");
        w.Start().Text("sectionLabel: ").Literal(table.SectionLabel).End(",");
        w.Start().Text("number: ").Literal(table.Number).End(",");
        w.Start().Text("label: ").Literal(table.Label).End(",");
        w.Start().Text("corner: ").Literal(table.Corner).End(",");
        WriteHeaders(w, "columns", table.Columns);
        WriteHeaders(w, "rows", table.Rows);
        WriteRules(w, "rules", table.Rules, close: "},");
        if (domainRule is null)
        {
            w.Start().Text("domainRule: null");
        }
        else
        {
            w.Start().Text("domainRule: ");
            WriteRule(w, domainRule.Id, domainRule.Severity, domainRule.Message, RuleDirection.BetweenRows);
            w.Text(" })");
        }

        // Rules across reports and former ids are named arguments that only the tables having them write.
        if (table.RulesAcrossReports.Count > 0)
        {
            w.End(",");
            WriteRules(w, "rulesAcrossReports", table.RulesAcrossReports, close: table.Was is null ? "});" : "},");
            if (table.Was is not null)
            {
                w.Start().Text("was: ").Literal(table.Was).End(");");
            }
        }
        else
        {
            if (table.Was is not null)
            {
                w.Text(", was: ").Literal(table.Was);
            }

            w.End(");");
        }

        w.Outdent();
    }

    private static void WriteHeaders(CodeWriter w, string parameter, EquatableArray<Header> headers)
    {
        w.Line($"{parameter}: new {Runtime}HeaderMetadata[]");
        w.Line("{");
        foreach (var h in headers)
        {
            w.Start().Text("    new ").Text(Runtime).Text("HeaderMetadata(").Literal(h.Id).Text(", ").Literal(h.Number).Text(", ").Literal(h.Label)
                .Text(", parentIndex: ").Int(h.Parent).Text(", depth: ").Int(h.Depth).Text(", dataIndex: ").Int(h.DataIndex)
                .Text(", kind: ").Text(Runtime).Text(Kind(h.Kind));
            if (h.Unit is not null)
            {
                w.Text(", unit: ").Literal(h.Unit);
            }

            if (h.Decimals is { } decimals)
            {
                w.Text(", decimals: ").Int(decimals);
            }

            if (h.Was is not null)
            {
                w.Text(", was: ").Literal(h.Was);
            }

            w.End("),");
        }

        w.Line("},");
    }

    /// <summary>Writes a named array of rules, closed by <paramref name="close"/>.</summary>
    private static void WriteRules(CodeWriter w, string parameter, EquatableArray<Rule> rules, string close)
    {
        w.Line($"{parameter}: new {Runtime}RuleMetadata[]");
        w.Line("{");
        foreach (var rule in rules)
        {
            w.Start().Text("    ");
            WriteRule(w, rule.Id, rule.Severity, rule.Message, rule.Direction);
            w.End();
            foreach (var equation in rule.Equations)
            {
                w.Start().Text("        new ").Text(Runtime).Text("EquationMetadata(isTotal: ").Text(equation.IsTotal ? "true" : "false").Text(", left: ");
                WriteInts(w, equation.Left);
                w.Text(", right: ");
                WriteInts(w, equation.Right);
                if (equation.PreviousLeft.Count + equation.PreviousRight.Count > 0)
                {
                    w.Text(", previousLeft: ");
                    WriteInts(w, equation.PreviousLeft);
                    w.Text(", previousRight: ");
                    WriteInts(w, equation.PreviousRight);
                }

                w.End("),");
            }

            w.Line("    }),");
        }

        w.Line(close);
    }

    /// <summary>Writes a rule up to the opening of its equation array.</summary>
    private static void WriteRule(CodeWriter w, string id, RuleSeverity severity, string message, RuleDirection direction) =>
        w.Text("new ").Text(Runtime).Text("RuleMetadata(").Literal(id)
            .Text(", ").Text(Runtime).Text(Severity(severity))
            .Text(", ").Literal(message)
            .Text(", ").Text(Runtime).Text(Direction(direction))
            .Text(", new ").Text(Runtime).Text("EquationMetadata[] {");

    // Spelled out rather than Enum.ToString(), which allocates on every call.
    private static string Kind(ValueKind kind) => kind switch
    {
        ValueKind.Count => "ValueKind.Count",
        ValueKind.SignedCount => "ValueKind.SignedCount",
        _ => "ValueKind.Amount",
    };

    internal static string Severity(RuleSeverity severity) =>
        severity == RuleSeverity.Error ? "RuleSeverity.Error" : "RuleSeverity.Warning";

    private static string Direction(RuleDirection direction) =>
        direction == RuleDirection.BetweenRows ? "RuleDirection.BetweenRows" : "RuleDirection.BetweenColumns";

    private static void WriteInts(CodeWriter w, EquatableArray<int> values)
    {
        w.Text("new int[] {");
        for (var i = 0; i < values.Count; i++)
        {
            w.Text(i == 0 ? " " : ", ").Int(values[i]);
        }

        w.Text(" }");
    }
}
