using System.Globalization;
using System.Text;

namespace TemplateGen.Generator.Emit;

/// <summary>Escapes template text for C# string literals and XML doc comments.</summary>
internal static class Literals
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
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
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment line.</summary>
    public static string Xml(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    text.Append(' ');
                    break;
                default:
                    text.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Text safe on one line of a // comment.</summary>
    public static string SingleLine(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }

        return text.ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
