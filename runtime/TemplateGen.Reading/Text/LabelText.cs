using System;
using System.Text;

namespace TemplateGen.Reading.Text;

/// <summary>
/// Brings a label as published and a label from the generated metadata to one comparable form:
/// simplified characters, half-width punctuation, no spaces or quotes, 1、 written 1., and the OCR
/// confusions seen in published PDFs (总记 for 总计).
/// </summary>
internal static class LabelText
{
    private static readonly (string Wrong, string Right)[] OcrConfusions = { ("总记", "总计") };

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = NormalizeChar(raw);
            if (IsIgnoredInLabels(c))
            {
                continue;
            }

            // 1、 → 1. (arabic numbers take a dot in the forms; Chinese numerals keep 、)
            if (c == '、' && result.Length > 0 && IsAsciiDigit(result[result.Length - 1]))
            {
                c = '.';
            }

            result.Append(c);
        }

        FixOcrConfusions(result);
        return result.ToString();
    }

    /// <summary>One character in its comparable form: simplified, half-width, one kind of bracket.</summary>
    public static char NormalizeChar(char raw)
    {
        var c = TraditionalChinese.ToSimplified(Unradical(raw));
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0); // full-width ASCII → ASCII
        }

        return c switch
        {
            '〔' or '【' or '[' => '(',
            '〕' or '】' or ']' => ')',
            '：' => ':',
            '\u3000' => ' ',
            _ => c,
        };
    }

    /// <summary>
    /// A Kangxi radical (U+2F00–U+2FD5) as the ideograph it stands for: PDF printers (Chromium's among them) map some
    /// glyphs to these code points, so 行 comes out of the text layer as ⾏ and 工 as ⼯. Their compatibility mapping
    /// gives the ideograph back.
    /// </summary>
    public static char Unradical(char c) =>
        c is >= '\u2F00' and <= '\u2FD5' && c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } unified ? unified[0] : c;

    /// <summary>Characters labels are compared without: whitespace and quotes, which published labels add and drop.</summary>
    public static bool IsIgnoredInLabels(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」';

    /// <summary>Replaces the OCR confusions seen in published PDFs (总记 for 总计), in place; each keeps its length.</summary>
    public static void FixOcrConfusions(StringBuilder text)
    {
        foreach (var (wrong, right) in OcrConfusions)
        {
            text.Replace(wrong, right);
        }
    }

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>How much of <paramref name="expected"/> appears, in order, in <paramref name="actual"/> (0 to 1).</summary>
    public static double Similarity(string actual, string expected)
    {
        if (expected.Length == 0)
        {
            return actual.Length == 0 ? 1 : 0;
        }

        // Longest common subsequence, two rows.
        var previous = new int[expected.Length + 1];
        var current = new int[expected.Length + 1];
        foreach (var a in actual)
        {
            for (var j = 1; j <= expected.Length; j++)
            {
                current[j] = a == expected[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return (double)previous[expected.Length] / Math.Max(expected.Length, actual.Length);
    }
}
