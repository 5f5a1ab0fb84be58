namespace TemplateGen.Templates.Binding;

/// <summary>
/// An official number as printed on the forms: 一、 （一） 1. (also (一) and 1、). Knowing the style and the
/// value lets siblings be checked for sequence and renumbered.
/// </summary>
internal readonly record struct OfficialNumber(string Prefix, int Value, string Suffix, bool IsChinese)
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>Two numbers are in the same series when they are printed the same way.</summary>
    public string Style => Prefix + (IsChinese ? "一" : "1") + Suffix;

    /// <summary>
    /// Reads an optional opening bracket, digits (all Chinese or all Arabic) and an optional closing bracket, 、 or
    /// period; a bracket needs its pair. Scanned by hand: it runs for every header of every template.
    /// </summary>
    public static OfficialNumber? Parse(string text)
    {
        var start = text.Length > 0 && text[0] is '（' or '(' ? 1 : 0;
        var end = start;
        var isChinese = end < text.Length && IsChineseDigit(text[end]);
        while (end < text.Length && (isChinese ? IsChineseDigit(text[end]) : text[end] is >= '0' and <= '9'))
        {
            end++;
        }

        var suffixLength = text.Length - end;
        if (end == start || suffixLength > 1 || (suffixLength == 1 && text[end] is not ('）' or ')' or '、' or '.' or '．')))
        {
            return null;
        }

        var closes = suffixLength == 1 && text[end] is '）' or ')';
        if ((start == 1) != closes)
        {
            return null;
        }

        var digits = text.Substring(start, end - start);
        // More digits than an int holds is no official number either (TryParse, not Parse: a template must never throw).
        var value = isChinese ? FromChinese(digits) : int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic) ? arabic : -1;
        return value is > 0 and < 100 ? new OfficialNumber(text.Substring(0, start), value, text.Substring(end), isChinese) : null;
    }

    private static bool IsChineseDigit(char c) => c == '十' || Digits.IndexOf(c) >= 0;

    /// <summary>The number <paramref name="value"/> printed in this number's style.</summary>
    public string Format(int value) =>
        Prefix + (IsChinese ? ToChinese(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture)) + Suffix;

    private static int FromChinese(string text)
    {
        // 一..九, 十, 十一..十九, 二十..九十九
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? Digits.IndexOf(text[0]) + 1 : -1;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digits.IndexOf(text[0]) + 1 : -1;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digits.IndexOf(text[ten + 1]) + 1 : -1;
        return tens <= 0 || ones < 0 || text.IndexOf('十', ten + 1) >= 0 ? -1 : (tens * 10) + ones;
    }

    /// <summary>
    /// A number in Chinese numerals as official forms print them: 十, 十一, 二十, 九十九; past 九十九 (where a sequence
    /// that broke there is expected to go on) 一百, 一百零一, 一百一十, up to 九百九十九; further, in Arabic digits.
    /// </summary>
    private static string ToChinese(int value)
    {
        if (value is <= 0 or >= 1000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var ones = value % 10;
        var text = hundreds == 0 ? "" : Digits[hundreds - 1] + "百";
        if (tens > 0)
        {
            text += (tens == 1 && hundreds == 0 ? "" : Digits[tens - 1].ToString()) + "十";
        }
        else if (hundreds > 0 && ones > 0)
        {
            text += "零";
        }

        return ones == 0 ? text : text + Digits[ones - 1];
    }
}
