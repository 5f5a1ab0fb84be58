using System.Text;

namespace TemplateGen.Generator.Emit;

/// <summary>Appends template text escaped for C# string literals, XML doc comments and // comments.</summary>
internal static class Literals
{
    public static void AppendString(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("null");
            return;
        }

        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        text.Append("\\u");
                        AppendHex4(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    /// <summary>Text safe inside an XML doc comment line.</summary>
    public static void AppendXml(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default:
                    text.Append(IsLineBreakOrControl(c) ? ' ' : c);
                    break;
            }
        }
    }

    /// <summary>Text safe on one line of a // comment.</summary>
    public static void AppendSingleLine(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            text.Append(IsLineBreakOrControl(c) ? ' ' : c);
        }
    }

    /// <summary>Text safe on one line of a // comment, as a string.</summary>
    public static string SingleLine(string value)
    {
        var text = new StringBuilder(value.Length);
        AppendSingleLine(text, value);
        return text.ToString();
    }

    /// <summary>Appends the digits of <paramref name="value"/> without formatting a string or consulting a culture.</summary>
    public static void AppendInt(StringBuilder text, int value)
    {
        if (value < 0)
        {
            text.Append('-');
            if (value == int.MinValue)
            {
                text.Append("2147483648");
                return;
            }

            value = -value;
        }

        var divisor = 1;
        while (value / divisor >= 10)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            text.Append((char)('0' + (value / divisor % 10)));
        }
    }

    private static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';

    private static void AppendHex4(StringBuilder text, char c)
    {
        const string digits = "0123456789ABCDEF";
        for (var shift = 12; shift >= 0; shift -= 4)
        {
            text.Append(digits[(c >> shift) & 0xF]);
        }
    }
}
