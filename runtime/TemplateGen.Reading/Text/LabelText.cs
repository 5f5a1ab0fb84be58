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
        // Most labels and cells are in their comparable form already: they come back as they are, not copied.
        var first = FirstChange(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var raw = text[i];
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

    /// <summary>Where <see cref="Normalize"/> would first change <paramref name="text"/> (0 when an OCR confusion is in it), or -1.</summary>
    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var raw = text[i];
            var c = NormalizeChar(raw);
            if (c != raw || IsIgnoredInLabels(c) || (c == '、' && i > 0 && IsAsciiDigit(text[i - 1])))
            {
                return i;
            }
        }

        foreach (var (wrong, _) in OcrConfusions)
        {
            if (text.IndexOf(wrong, System.StringComparison.Ordinal) >= 0)
            {
                return 0;
            }
        }

        return -1;
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
    /// A radical as the ideograph it stands for: PDF printers (Chromium's among them) map some glyphs to radical code
    /// points, so 行 comes out of the text layer as ⾏, 工 as ⼯ and 长 as ⻓. A Kangxi radical (U+2F00–U+2FD5) has a
    /// compatibility mapping that gives the ideograph back; the supplement's (U+2E80–U+2EF3) are mapped by a table.
    /// </summary>
    public static char Unradical(char c) => c switch
    {
        >= '\u2F00' and <= '\u2FD5' when c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } unified => unified[0],
        >= '\u2E80' and <= '\u2EF3' when SupplementRadicals.TryGetValue(c, out var ideograph) => ideograph,
        _ => c,
    };

    /// <summary>
    /// CJK Radicals Supplement forms that PDF printers put for whole characters (⻓ for 长 in 长沙市), with the ideograph
    /// each stands for (Unicode's EquivalentUnifiedIdeograph data); these have no compatibility mapping to normalize by.
    /// </summary>
    private static readonly System.Collections.Generic.Dictionary<char, char> SupplementRadicals = new()
    {
        ['\u2E9F'] = '母', ['\u2EA0'] = '民', ['\u2EA7'] = '牛', ['\u2EA9'] = '王', ['\u2EAC'] = '示', ['\u2EB3'] = '网',
        ['\u2EB6'] = '羊', ['\u2EBC'] = '肉', ['\u2EC1'] = '虎', ['\u2EC4'] = '西', ['\u2EC5'] = '见', ['\u2EC6'] = '角',
        ['\u2EC9'] = '贝', ['\u2ECA'] = '足', ['\u2ECB'] = '车', ['\u2ED1'] = '長', ['\u2ED3'] = '长', ['\u2ED4'] = '门',
        ['\u2ED7'] = '雨', ['\u2ED8'] = '青', ['\u2ED9'] = '韦', ['\u2EDA'] = '页', ['\u2EDB'] = '风', ['\u2EDC'] = '飞',
        ['\u2EDD'] = '食', ['\u2EE2'] = '马', ['\u2EE3'] = '骨', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤', ['\u2EE8'] = '麦', ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEC'] = '齐', ['\u2EEE'] = '齿',
        ['\u2EF0'] = '龙', ['\u2EF3'] = '龟',
    };

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
