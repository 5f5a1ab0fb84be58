using System.Globalization;

namespace TemplateGen.Sample.Resources;

/// <summary>Fills a <see cref="Strings"/> format in the current UI language; numbers and years stay as the reports print them (no grouping).</summary>
internal static class Localized
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>The culture <c>--lang zh-CN|en</c> (or <c>--lang=…</c>) asks for on a command line; null when it asks for none the checker speaks.</summary>
    public static CultureInfo? Requested(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is "zh-CN" or "en")
            {
                return CultureInfo.GetCultureInfo(value);
            }
        }

        return null;
    }

    /// <summary>Whether what is written for people is in Chinese (zh-CN, zh-Hans …), by the current UI culture.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The language of an HTML page's words, as its lang attribute names it.</summary>
    public static string HtmlLanguage => IsChinese ? "zh-CN" : "en";

    /// <summary>A year's verdict in the reader's language: "fails", or "fails (2 reports)".</summary>
    public static string Verdict(Checking.YearVerdict verdict) =>
        verdict.Reports > 1 ? Format(Strings.Index_Reports, Outcome(verdict.Outcome), verdict.Reports) : Outcome(verdict.Outcome);

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
