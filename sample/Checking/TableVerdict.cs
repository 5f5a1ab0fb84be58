using TemplateGen.Reading;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Checking;

/// <summary>What the rules say about one table.</summary>
internal enum RuleOutcome
{
    /// <summary>Every rule could be evaluated and held.</summary>
    Holds,

    /// <summary>At least one rule failed.</summary>
    Fails,

    /// <summary>No rule failed, but a blank cell kept at least one from being evaluated.</summary>
    Incomplete,

    /// <summary>The table was not read, so its rules say nothing.</summary>
    NotChecked,
}

/// <summary>
/// One table's verdict: how it was read and what its rules say, and which rules read cells (to split run-together
/// digits or fill a lost cell) rather than checked them: a rule used for reading is no evidence that those rows balance.
/// </summary>
internal sealed record TableVerdict(TableReading Reading, RuleOutcome Outcome, IReadOnlyList<Violation> Violations, IReadOnlyList<string> RulesUsedForReading, IReadOnlyList<string> RulesChecked)
{
    public static TableVerdict Of(TableReading reading, IReadOnlyList<Violation> all)
    {
        var violations = all.Where(v => v.Table == reading.Metadata).ToList();
        var used = reading.Decoded.SelectMany(d => d.Rules).Concat(reading.Inferred.Select(i => i.Rule)).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var outcome = !reading.IsRead ? RuleOutcome.NotChecked
            : violations.Any(v => v.Status == ViolationStatus.Failed) ? RuleOutcome.Fails
            : violations.Count > 0 ? RuleOutcome.Incomplete
            : RuleOutcome.Holds;
        var rules = reading.Metadata.Rules.Select(r => r.Id).ToList();
        return new TableVerdict(reading, outcome, violations, used, reading.IsRead ? rules : Array.Empty<string>());
    }

    /// <summary>How the table was read, in words: read, read with decoded or inferred cells, incomplete, or missing.</summary>
    public string ReadingText => Reading.State switch
    {
        TableState.Complete when Reading.Decoded.Count + Reading.Inferred.Count > 0 => Strings.Reading_ReadDecoded,
        TableState.Complete => Strings.Reading_Read,
        TableState.Incomplete => Strings.Reading_Incomplete,
        TableState.Empty => Strings.Reading_Empty,
        _ => Strings.Reading_Missing,
    };

    /// <summary>What the rules say, naming those used for reading apart from those checked.</summary>
    public string OutcomeText
    {
        get
        {
            var text = Outcome switch
            {
                RuleOutcome.Holds => Strings.Verdict_RulesHold,
                RuleOutcome.Fails => Localized.Format(Strings.Verdict_Fails, string.Join(", ", Violations.Where(v => v.Status == ViolationStatus.Failed).Select(v => v.RuleId).Distinct())),
                RuleOutcome.Incomplete => Localized.Format(Strings.Verdict_Incomplete, string.Join(", ", Violations.Select(v => v.RuleId).Distinct())),
                _ => Strings.Verdict_NotChecked,
            };
            return RulesUsedForReading.Count == 0 ? text : Localized.Format(Strings.Verdict_UsedForReading, text, string.Join(", ", RulesUsedForReading));
        }
    }
}
