using TemplateGen.Reading;

namespace TemplateGen.Sample.Checking;

/// <summary>What one rule of one table says about one report: holds, fails, is incomplete, or was not checked (its table was not read).</summary>
/// <param name="Table">The table's verdict the rule belongs to.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Status">The rule's outcome over every line it applies to.</param>
/// <param name="Violations">Its failed or incomplete lines; empty when it holds or was not checked.</param>
internal sealed record RuleResult(TableVerdict Table, RuleMetadata Rule, RuleOutcome Status, IReadOnlyList<Violation> Violations)
{
    /// <summary>Every rule of every table of <paramref name="check"/>, in template order.</summary>
    public static IEnumerable<RuleResult> Of(ReportCheck check) =>
        check.Tables.SelectMany(table => RulesOf(table.Reading.Metadata).Select(rule =>
        {
            var violations = table.Violations.Where(v => v.Rule == rule).ToList();
            var status = !table.Reading.IsRead ? RuleOutcome.NotChecked
                : violations.Any(v => v.Status == ViolationStatus.Failed) ? RuleOutcome.Fails
                : violations.Count > 0 ? RuleOutcome.Incomplete
                : RuleOutcome.Holds;
            return new RuleResult(table, rule, status, violations);
        }));

    /// <summary>The table's rules, then the format's rule on every cell (no negative counts) when it has one.</summary>
    private static IEnumerable<RuleMetadata> RulesOf(TableMetadata table) =>
        table.DomainRule is { } domain ? table.Rules.Append(domain) : table.Rules;
}
