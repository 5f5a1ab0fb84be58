using System.Text.RegularExpressions;

namespace TemplateGen.Sample.Reading;

/// <summary>The place and year a report is about, read from its title (…区2021年政府信息公开工作年度报告) or first sentence.</summary>
internal sealed record ReportHeader(string? Place, int? Year)
{
    private static readonly Regex Title = new(@"《?(?<place>[^《》\s\d]*?)\s*(?<year>(19|20)\d\d)\s*年度?政府信息公开工作年度报告", RegexOptions.CultureInvariant);
    private static readonly Regex Sentence = new(@"(?<year>(19|20)\d\d)年[,，]?(?<place>[\u4e00-\u9fff]{1,8}?(省|市|区|县|州|旗))", RegexOptions.CultureInvariant);

    public static ReportHeader Read(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Take(10))
        {
            var text = string.Concat(line.Text.Select(Reading.TraditionalChinese.ToSimplified));
            if (Title.Match(text) is { Success: true } title)
            {
                var place = title.Groups["place"].Value.Replace("人民政府", "", StringComparison.Ordinal);
                return new ReportHeader(place.Length > 0 ? place : null, int.Parse(title.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var line in lines.Take(10))
        {
            var text = string.Concat(line.Text.Select(Reading.TraditionalChinese.ToSimplified));
            if (Sentence.Match(text) is { Success: true } sentence)
            {
                return new ReportHeader(sentence.Groups["place"].Value, int.Parse(sentence.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new ReportHeader(null, null);
    }
}
