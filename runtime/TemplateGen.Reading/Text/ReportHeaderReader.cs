using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TemplateGen.Reading.Text;

/// <summary>Reads the place and year from a report's title (…区2021年政府信息公开工作年度报告) or first sentence, in time linear in the text.</summary>
internal static class ReportHeaderReader
{
    private const string TitleEnd = "政府信息公开工作年度报告";

    /// <summary>How many characters a place name may have before the year; bounds the work on one-line bodies.</summary>
    private const int MaxPlaceLength = 30;

    /// <summary>How many occurrences of the title's end are tried: the title is near the top, the rest is narrative.</summary>
    private const int TitlesTried = 8;

    private const int SentenceWindow = 200;
    private const int LinesToSearch = 10;

    private static readonly Regex Sentence = new(@"(?<year>(19|20)\d\d)年[,，]?(?<place>[\u4e00-\u9fff]{1,8}?(省|市|区|县|州|旗))", RegexOptions.CultureInvariant);

    public static ReportHeader Read(IReadOnlyList<SourceLine> lines)
    {
        var texts = lines.Take(LinesToSearch).Select(l => string.Concat(l.Text.Select(TraditionalChinese.ToSimplified))).Where(t => t.Trim().Length > 0).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            // A title wrapped anywhere (…2021年政府信息公 / 开工作年度报告) is read across the break.
            var text = texts[i].IndexOf(TitleEnd, StringComparison.Ordinal) < 0 && i + 1 < texts.Count && texts[i + 1].IndexOf(TitleEnd, StringComparison.Ordinal) < 0
                ? texts[i].TrimEnd() + texts[i + 1].TrimStart()
                : texts[i];
            var tried = 0;
            for (var end = text.IndexOf(TitleEnd, StringComparison.Ordinal); end >= 0 && tried < TitlesTried; end = text.IndexOf(TitleEnd, end + 1, StringComparison.Ordinal), tried++)
            {
                if (Title(text, end) is { } header)
                {
                    // A title set over two lines (洪泽区人民政府 / 2023年政府信息公开工作年度报告): the body is the line above.
                    return header.Place is null && i > 0 && PlaceLine(texts[i - 1]) is { } place ? new ReportHeader(place, header.Year) : header;
                }
            }
        }

        foreach (var text in texts)
        {
            var window = text.Length > SentenceWindow ? text.Substring(0, SentenceWindow) : text;
            if (Sentence.Match(window) is { Success: true } sentence)
            {
                return new ReportHeader(sentence.Groups["place"].Value, int.Parse(sentence.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return ReportHeader.Unknown;
    }

    /// <summary>
    /// 《…区2021年度政府信息公开工作年度报告: read backwards from the title's fixed end, so the work is bounded:
    /// an optional 年度 or 年, spaces, a year 19xx or 20xx, spaces, then the place (no digits, spaces or 《》).
    /// </summary>
    private static ReportHeader? Title(string text, int end)
    {
        var i = end;
        if (i > 0 && text[i - 1] == '度')
        {
            i--;
        }

        if (i > 0 && text[i - 1] == '年')
        {
            i--;
        }

        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i < 4 || !text.Substring(i - 4, 4).All(LabelText.IsAsciiDigit) || !(text.Substring(i - 4, 2) is "19" or "20") || (i > 4 && LabelText.IsAsciiDigit(text[i - 5])))
        {
            return null;
        }

        var year = int.Parse(text.Substring(i - 4, 4), System.Globalization.CultureInfo.InvariantCulture);
        i -= 4;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        var placeEnd = i;
        while (i > 0 && placeEnd - i < MaxPlaceLength && !(char.IsWhiteSpace(text[i - 1]) || LabelText.IsAsciiDigit(text[i - 1]) || text[i - 1] is '《' or '》'))
        {
            i--;
        }

        var place = text.Substring(i, placeEnd - i).Replace("人民政府", "");
        return new ReportHeader(place.Length > 0 ? place : null, year);
    }

    /// <summary>
    /// A line that holds only a body's name, as a title's first line does: Chinese characters (spaced out by the layout
    /// or not), no digits or sentence punctuation, short; null otherwise.
    /// </summary>
    private static string? PlaceLine(string line)
    {
        var place = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
        if (place.Length is 0 or > MaxPlaceLength || !place.All(c => c is >= '\u4e00' and <= '\u9fff' or '（' or '）' or '(' or ')'))
        {
            return null;
        }

        place = place.Replace("人民政府", "");
        return place.Length > 0 ? place : null;
    }

}
