using System.Globalization;

namespace TemplateGen.Sample.Resources;

/// <summary>Fills a <see cref="Strings"/> format in the current UI language; numbers and years stay as the reports print them (no grouping).</summary>
internal static class Localized
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>Whether what is written for people is in Chinese (zh-CN, zh-Hans …), by the current UI culture.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The language of an HTML page's words, as its lang attribute names it.</summary>
    public static string HtmlLanguage => IsChinese ? "zh-CN" : "en";

    /// <summary>A report's verdict as the summary stores it ("holds", "fails (2 reports)"), in the reader's language.</summary>
    public static string Verdict(string verdict)
    {
        var open = verdict.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0)
        {
            return Outcome(verdict);
        }

        var count = verdict[(open + 2)..].Split(' ')[0];
        return Format(Strings.Index_Reports, Outcome(verdict[..open]), count);
    }

    /// <summary>A rule's outcome as stored in JSON ("holds", "fails", "incomplete"), in the reader's language.</summary>
    public static string Outcome(string outcome) => outcome switch
    {
        "holds" => Strings.Outcome_Holds,
        "fails" => Strings.Outcome_Fails,
        "incomplete" => Strings.Outcome_Incomplete,
        _ => outcome,
    };

    /// <summary>A page number, or the line when the document has no pages.</summary>
    public static string Where(int? page, int line) => page is { } p ? Format(Strings.Page, p) : Format(Strings.Line, line);
}
