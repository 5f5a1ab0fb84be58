using System.Globalization;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Text;

/// <summary>Reads one published cell into a value for a column: 增49 and 减15 as signed numbers, units the column states dropped.</summary>
internal static class CellValue
{
    /// <summary>
    /// The marks reports print in a cell that does not apply: slashes, dashes (a lone hyphen too: a sign needs digits),
    /// 不适用 and 无. Such a cell is neither a value nor blank.
    /// </summary>
    private static readonly string[] NotApplicableMarks = { "/", "\\", "-", "--", "—", "——", "―", "–", "不适用", "无" };

    /// <summary>The not-applicable mark <paramref name="text"/> is, trimmed as printed, or null when it is none.</summary>
    public static string? NotApplicableMark(string text)
    {
        var s = LabelText.Normalize(text).Trim();
        return System.Array.IndexOf(NotApplicableMarks, s) >= 0 ? text.Trim() : null;
    }

    /// <summary>Whether <paramref name="text"/> reads as a value (for any column).</summary>
    public static bool IsValue(string text) => TryParse(text, unit: null, out _);

    public static bool TryParse(string text, string? unit, out decimal value)
    {
        // Most cells are plain ASCII digits, which normalizing leaves as they are: read them without the copies.
        if (text.Length is > 0 and <= 18 && IsPlainDigits(text))
        {
            value = 0;
            foreach (var c in text)
            {
                value = (value * 10) + (c - '0');
            }

            return true;
        }

        value = 0;
        var s = LabelText.Normalize(text).Replace(",", "");
        if (unit is { Length: > 0 } && s.EndsWith(unit, System.StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - unit.Length);
        }

        var sign = 1m;
        if (s.Length > 0 && s[0] is '增' or '+')
        {
            s = s.Substring(1);
        }
        else if (s.Length > 0 && s[0] is '减' or '-')
        {
            sign = -1m;
            s = s.Substring(1);
        }

        if (s.Length == 0 || !LabelText.IsAsciiDigit(s[0]) || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = sign * number;
        return true;
    }

    private static bool IsPlainDigits(string text)
    {
        foreach (var c in text)
        {
            if (!LabelText.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why a value cannot go into the column (a fraction, or a count too large for it), or null when it fits.</summary>
    public static string? Misfit(decimal value, HeaderMetadata column) => column.Kind switch
    {
        ValueKind.Amount => null,
        _ when decimal.Truncate(value) != value => Say.Format(ReadingText.NotWhole, Format(value)),
        _ when value > long.MaxValue || value < long.MinValue => Say.Format(ReadingText.TooLarge, Format(value)),
        _ => null,
    };

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
