using System.Globalization;
using TemplateGen.Localization;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Output;

/// <summary>
/// Which cells are most likely wrong, in the reader's language. The runtime describes its findings in English, with
/// every detail; in another language the words are composed here from what it found (cells, values, the slip they look
/// like).
/// </summary>
internal static class SuspectText
{
    private static bool English => !Localized.IsChinese;

    public static string Summary(LocalizationResult localization) => English ? localization.Summary : localization.Outcome switch
    {
        LocalizationOutcome.Found => Describe(localization.Suspects[0]) + (localization.Suspects.Count > 1 ? Localized.Format(Strings.Suspect_Others, localization.TiedSets) : ""),
        LocalizationOutcome.NoneWithinLimit => Localized.Format(Strings.Suspect_None, localization.MaxCells),
        LocalizationOutcome.StoppedAtBound => Localized.Format(Strings.Suspect_Stopped, localization.TiedSets),
        _ => "",
    };

    /// <summary>One suspect set: each cell with its reported and suggested value, the rules it restores, the slip it looks like.</summary>
    public static string Describe(SuspectSet set)
    {
        if (English)
        {
            return set.Description;
        }

        var cells = string.Join(Strings.ListSeparator, set.Cells.Select(c => Localized.Format(Strings.Suspect_Cell, c.Row, c.Column, Value(c.Reported), Value(c.Suggested))));
        return Localized.Format(Strings.Suspect_Summary, cells, string.Join(", ", set.RulesRestored), Pattern(set.Pattern));
    }

    private static string Pattern(CorrectionPattern pattern) => pattern switch
    {
        CorrectionPattern.RowShifted => Strings.Pattern_RowShifted,
        CorrectionPattern.RowsSwapped => Strings.Pattern_RowsSwapped,
        CorrectionPattern.DigitsSwapped => Strings.Pattern_DigitsSwapped,
        CorrectionPattern.OneDigitWrong => Strings.Pattern_OneDigitWrong,
        CorrectionPattern.SignSlip => Strings.Pattern_SignSlip,
        CorrectionPattern.ValuesSwapped => Strings.Pattern_ValuesSwapped,
        CorrectionPattern.MovedToNeighbour => Strings.Pattern_MovedToNeighbour,
        _ => Strings.Pattern_Other,
    };

    private static string Value(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
