using System.Globalization;
using TemplateGen;

namespace TemplateGen.Sample.Reading;

/// <summary>Reads one published cell into a value for a column: 增49 and 减15 as signed numbers, units the column states dropped.</summary>
internal static class CellValue
{
    /// <summary>Whether <paramref name="text"/> reads as a value (for any column).</summary>
    public static bool IsValue(string text) => TryParse(text, unit: null, out _);

    public static bool TryParse(string text, string? unit, out decimal value)
    {
        value = 0;
        var s = LabelText.Normalize(text).Replace(",", "", StringComparison.Ordinal);
        if (unit is not null && s.EndsWith(unit, StringComparison.Ordinal))
        {
            s = s[..^unit.Length];
        }

        var sign = 1m;
        if (s.StartsWith('增') || s.StartsWith('+'))
        {
            s = s[1..];
        }
        else if (s.StartsWith('减') || s.StartsWith('-'))
        {
            sign = -1m;
            s = s[1..];
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = sign * number;
        return true;
    }

    /// <summary>Whether a value fits the column: whole numbers for counts, non-negative for non-negative counts.</summary>
    public static string? Misfit(decimal value, HeaderMetadata column) => column.Kind switch
    {
        ValueKind.Amount => null,
        _ when decimal.Truncate(value) != value => $"{value.ToString(CultureInfo.InvariantCulture)} is not a whole number",
        _ => null,
    };
}
