using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TemplateGen.Reading.Text;

/// <summary>Reads the place and year from a report's title (…区2021年政府信息公开工作年度报告) or first sentence.</summary>
internal static class ReportHeaderReader
{
    private const string TitleEnd = "政府信息公开工作年度报告";

    /// <summary>How far before the title's end the place and year may start; bounds the regex's work on one-line bodies.</summary>
    private const int TitleWindow = 40;

    private const int SentenceWindow = 200;
    private const int LinesToSearch = 10;

    private static readonly Regex Title = new(@"《?(?<place>[^《》\s\d]*?)\s*(?<year>(19|20)\d\d)\s*年度?$", RegexOptions.CultureInvariant);
    private static readonly Regex Sentence = new(@"(?<year>(19|20)\d\d)年[,，]?(?<place>[\u4e00-\u9fff]{1,8}?(省|市|区|县|州|旗))", RegexOptions.CultureInvariant);

    public static ReportHeader Read(IReadOnlyList<SourceLine> lines)
    {
        var texts = lines.Take(LinesToSearch).Select(l => string.Concat(l.Text.Select(TraditionalChinese.ToSimplified))).ToList();
        foreach (var text in texts)
        {
            // The title's fixed end is found first; the regex then only reads the few characters before it.
            for (var end = text.IndexOf(TitleEnd, StringComparison.Ordinal); end >= 0; end = text.IndexOf(TitleEnd, end + 1, StringComparison.Ordinal))
            {
                var start = Math.Max(0, end - TitleWindow);
                if (Title.Match(text.Substring(start, end - start)) is { Success: true } title)
                {
                    var place = title.Groups["place"].Value.Replace("人民政府", "");
                    return new ReportHeader(place.Length > 0 ? place : null, Year(title));
                }
            }
        }

        foreach (var text in texts)
        {
            var window = text.Length > SentenceWindow ? text.Substring(0, SentenceWindow) : text;
            if (Sentence.Match(window) is { Success: true } sentence)
            {
                return new ReportHeader(sentence.Groups["place"].Value, Year(sentence));
            }
        }

        return ReportHeader.Unknown;
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
}
