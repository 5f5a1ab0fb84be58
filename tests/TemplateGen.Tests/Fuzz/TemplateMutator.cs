using System.Text;
using System.Text.RegularExpressions;

namespace TemplateGen.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a template's text, from blind to structure-aware: character flips, deleted and duplicated
/// JSON tokens, swapped values, ids and labels replaced with hostile names, rule terms pointed elsewhere. The
/// same seed gives the same mutant, so a failure reproduces from its seed alone.
/// </summary>
internal static class TemplateMutator
{
    private const string Noise = "{}[],:\"\\ 0-aé\n\t\u200B";

    private static readonly Regex Tokens = new(@"""(?:[^""\\]|\\.)*""|-?\d+(?:\.\d+)?|[{}\[\],:]|true|false|null", RegexOptions.CultureInvariant);
    private static readonly Regex IdValues = new(@"""(?:id|total|namespace)""\s*:\s*(""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant);
    private static readonly Regex PartValues = new(@"(?<=[\[,]\s*)(""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant);
    private static readonly Regex IdProperties = new(@"""id""\s*:\s*""(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValues = new(@"""(?:label|number|title|message)""\s*:\s*(""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant);

    /// <summary>Names that have broken generated code, or look as if they might: members, locals, keywords, casing twins, invisible characters.</summary>
    public static readonly string[] HostileIds =
    {
        "Row", "row", "Rows", "Metadata", "Tables", "Report", "report", "Validate", "ComputeTotals", "GetValue", "SetValue",
        "ToString", "GetType", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "value", "column", "violations", "result",
        "l0", "r0", "p0", "var", "required", "file", "scoped", "nameof", "dynamic", "async", "await", "record", "class", "int",
        "Error", "Runtime", "T", "t", "TRow", "X", "x", "A\u200BB", "AB", "A\u00ADB", "\uFEFFA", "_", "__", "@class", "A1", "1A",
        "Ａ", "é", "TemplateGen", "System", "global", "Cases", "Total", "Applications", new string('L', 600),
        // Found by an independent campaign (issue 22): unpaired surrogates, accessor names, framework type names, long names.
        "A\uD800B", "\uDC00", "B\uDBFF", "get_Total", "set_Granted", "get_Tables", "get_Metadata", "get_Cases", "set_Applications",
        "Attribute", "String", "Object", "Decimal", "GeneratedCodeAttribute", "EditorBrowsableState", "NullableContextAttribute", "EmbeddedAttribute",
        "ObsoleteAttribute", "IReadOnlyList", new string('表', 90), new string('N', 190),
    };

    /// <summary>Namespaces whose types the generated code or the compiler rely on, and names the compiler or file systems limit.</summary>
    public static readonly string[] HostileNamespaces =
    {
        "System", "System.CodeDom.Compiler", "System.ComponentModel", "System.Runtime.CompilerServices", "Microsoft.CodeAnalysis",
        "System.Collections.Generic", "Consumer", "A\uD800.B", string.Join(".", Enumerable.Repeat(new string('N', 100), 4)), string.Join(".", Enumerable.Repeat(new string('N', 150), 8)),
    };

    /// <summary>Official numbers that break a sequence at or past 九十九.</summary>
    private static readonly string[] HostileNumbers = { "九十九、", "一百、", "（九十九）", "九十八、", "99.", "（一）", "十、" };

    private static readonly Regex NamespaceValue = new(@"""namespace""\s*:\s*(""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant);
    private static readonly Regex NumberValues = new(@"""number""\s*:\s*(""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant);

    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var mutated = text;
        // Mostly structure-aware edits, so most mutants stay valid JSON and reach the generated code.
        for (var edits = random.Next(1, 3); edits > 0; edits--)
        {
            mutated = random.Next(27) switch
            {
                22 => ReplaceValue(mutated, random, NamespaceValue, () => HostileNamespaces[random.Next(HostileNamespaces.Length)]),
                23 => ReplaceValue(mutated, random, NumberValues, () => HostileNumbers[random.Next(HostileNumbers.Length)]),
                24 => SharedFormerId(mutated, random),
                25 => ReplaceValue(mutated, random, IdValues, () => (random.Next(2) == 0 ? "get_" : "set_") + IdOf(mutated, random)),
                0 => FlipCharacters(mutated, random),
                1 or 2 => DeleteToken(mutated, random),
                3 or 4 => DuplicateToken(mutated, random),
                5 or 6 => SwapValues(mutated, random),
                < 13 => ReplaceValue(mutated, random, IdValues, () => HostileIds[random.Next(HostileIds.Length)]),
                < 15 => ReplaceValue(mutated, random, LabelValues, () => random.Next(3) switch { 0 => "", 1 => "（一）", _ => new string('字', random.Next(1, 40)) }),
                < 20 => ReplaceValue(mutated, random, random.Next(2) == 0 ? IdValues : PartValues, () => IdOf(mutated, random)),
                _ => AddFormerId(mutated, random),
            };
        }

        return mutated;
    }

    private static string FlipCharacters(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0 && chars.Length > 0; n--)
        {
            chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
        }

        return chars.ToString();
    }

    private static string DeleteToken(string text, Random random) => Pick(Tokens, text, random) is { } token ? text.Remove(token.Index, token.Length) : text;

    private static string DuplicateToken(string text, Random random) => Pick(Tokens, text, random) is { } token ? text.Insert(token.Index, token.Value) : text;

    private static string SwapValues(string text, Random random)
    {
        var strings = Tokens.Matches(text).Cast<Match>().Where(m => m.Value.StartsWith('"')).ToList();
        if (strings.Count < 2)
        {
            return text;
        }

        var (a, b) = (strings[random.Next(strings.Count)], strings[random.Next(strings.Count)]);
        if (a.Index == b.Index)
        {
            return text;
        }

        var (first, second) = a.Index < b.Index ? (a, b) : (b, a);
        return text[..first.Index] + second.Value + text[(first.Index + first.Length)..second.Index] + first.Value + text[(second.Index + second.Length)..];
    }

    /// <summary>Replaces the value of one key the pattern finds with a new string.</summary>
    private static string ReplaceValue(string text, Random random, Regex pattern, Func<string> value)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var group = matches[random.Next(matches.Count)].Groups[1];
        return text[..group.Index] + "\"" + Escape(value()) + "\"" + text[(group.Index + group.Length)..];
    }

    /// <summary>
    /// Gives a table, row or column a former id ("was"), hostile or another id of the template, so the obsolete member
    /// kept under it may clash with a generated name, another item or another former id.
    /// </summary>
    private static string AddFormerId(string text, Random random)
    {
        if (Pick(IdProperties, text, random) is not { } id)
        {
            return text;
        }

        var was = random.Next(2) == 0 ? HostileIds[random.Next(HostileIds.Length)] : IdOf(text, random);
        return text.Insert(id.Index + id.Length, ", \"was\": \"" + Escape(was) + "\"");
    }

    /// <summary>Gives two tables, rows or columns the same former id, as a table split in two in a new format would.</summary>
    private static string SharedFormerId(string text, Random random)
    {
        var ids = IdProperties.Matches(text).Cast<Match>().ToList();
        if (ids.Count < 2)
        {
            return text;
        }

        var (a, b) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
        if (a.Index == b.Index)
        {
            return text;
        }

        var was = ", \"was\": \"" + Escape(random.Next(2) == 0 ? IdOf(text, random) : "Former") + "\"";
        var (first, second) = a.Index < b.Index ? (a, b) : (b, a);
        return text.Insert(second.Index + second.Length, was).Insert(first.Index + first.Length, was);
    }

    /// <summary>Another id of the same template, so references turn cyclic, cross kinds or point at groups.</summary>
    private static string IdOf(string text, Random random)
    {
        var ids = IdValues.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value.Trim('"')).ToList();
        return ids.Count == 0 ? "Unknown" : ids[random.Next(ids.Count)];
    }

    private static Match? Pick(Regex pattern, string text, Random random)
    {
        var matches = pattern.Matches(text);
        return matches.Count == 0 ? null : matches[random.Next(matches.Count)];
    }

    private static string Escape(string value)
    {
        var escaped = new StringBuilder();
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u200B' or '\u00AD' or '\uFEFF' or (>= '\uD800' and <= '\uDFFF') => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
