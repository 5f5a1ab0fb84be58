using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TemplateGen.Reading.Text;

/// <summary>One value read from a cell's text, with the unit printed after it, if any.</summary>
internal readonly record struct CellToken(decimal Value, string Text, string? Unit);

/// <summary>How a row's cell text splits into exactly one value per data column.</summary>
/// <param name="Count">How many splits respect the value kinds (capped at <see cref="CellSplitter.MaxCandidates"/> + 1).</param>
/// <param name="Candidates">Every split, when there are at most <see cref="CellSplitter.MaxCandidates"/>; else empty.</param>
/// <param name="MostValues">The most values the text can hold whatever the columns: tells a lost cell from a run-on.</param>
internal sealed record CellSplit(long Count, IReadOnlyList<CellToken[]> Candidates, int MostValues);

/// <summary>
/// Splits the text of a row's cells into one value per data column. Separators (spaces, '|', tabs, line
/// breaks) always end a value; where digits run together every split that respects the columns' value kinds
/// is counted by dynamic programming (a count has no leading zero unless it is 0; 增/减 and a sign start a
/// signed count; an amount may carry decimals and a unit), so the work is linear in the text, whatever its length.
/// </summary>
internal static class CellSplitter
{
    /// <summary>The most splits listed; a row with more is reported, not enumerated.</summary>
    public const int MaxCandidates = 256;

    private const int MaxDigits = 18;
    private static readonly string[] CountUnits = { "件", "个", "次", "项", "人" };
    private static readonly string[] AmountUnits = { "万元", "元", "%" };
    private static readonly (int Length, CellToken Token)[] NoTokens = Array.Empty<(int, CellToken)>();

    public static CellSplit Split(string text, IReadOnlyList<HeaderMetadata> columns)
    {
        var s = text;
        var n = s.Length;
        var columnCount = columns.Count;
        var width = columnCount + 1;

        // tokens[p * 3 + kind]: every value that can start at p (p at a non-separator), by value kind; each an exact
        // array built in one list reused for the whole row. ways[p * width + c]: the splits of s[p..] into columns c..
        // (p after separators), capped. Both tables are this thread's, cleared for the row: a row's tables were a
        // sixth of what reading a report allocated.
        var tables = Tables.ForThisThread(n, width);
        var tokens = tables.Tokens;
        var ways = tables.Ways;
        var scratch = tables.Scratch;
        (int Length, CellToken Token)[] TokensAt(int p, ValueKind kind) =>
            tokens[(p * 3) + (int)kind] ??= Tokenize(scratch, s, p, kind);

        try
        {
            for (var p = n; p >= 0; p--)
            {
                if (p < n && IsSeparator(s[p]))
                {
                    continue;
                }

                for (var c = columnCount; c >= 0; c--)
                {
                    if (c == columnCount)
                    {
                        ways[(p * width) + c] = p == n ? 1 : 0;
                        continue;
                    }

                    if (p == n)
                    {
                        continue;
                    }

                    long total = 0;
                    foreach (var (length, _) in TokensAt(p, columns[c].Kind))
                    {
                        total = Math.Min(MaxCandidates + 1L, total + ways[(SkipSeparators(s, p + length) * width) + c + 1]);
                    }

                    ways[(p * width) + c] = total;
                }
            }

            var first = SkipSeparators(s, 0);
            var count = ways[first * width];
            var candidates = new List<CellToken[]>();
            if (count is > 0 and <= MaxCandidates)
            {
                Enumerate(first, 0, new CellToken[columnCount]);
            }

            return new CellSplit(count, candidates, MostValues(s));

            void Enumerate(int p, int c, CellToken[] chosen)
            {
                if (c == columnCount)
                {
                    candidates.Add((CellToken[])chosen.Clone());
                    return;
                }

                foreach (var (length, token) in TokensAt(p, columns[c].Kind))
                {
                    var next = SkipSeparators(s, p + length);
                    if (ways[(next * width) + c + 1] > 0)
                    {
                        chosen[c] = token;
                        Enumerate(next, c + 1, chosen);
                    }
                }
            }
        }
        finally
        {
            tables.Release(n, width);
        }
    }

    /// <summary>
    /// One thread's tables for splitting a row, grown to the largest row it has split (up to a limit: a longer row
    /// gets tables of its own, so a freak row never stays in memory) and cleared after each row.
    /// </summary>
    private sealed class Tables
    {
        private const int MaxKeptPositions = 2048;

        [ThreadStatic]
        private static Tables? _ofThisThread;

        private Tables(int positions, int width)
        {
            Tokens = new (int Length, CellToken Token)[]?[positions * 3];
            Ways = new long[(positions + 1) * width];
        }

        public (int Length, CellToken Token)[]?[] Tokens { get; }

        public long[] Ways { get; }

        public List<(int Length, CellToken Token)> Scratch { get; } = new();

        /// <summary>Tables for a row of <paramref name="positions"/> characters and <paramref name="width"/> columns (one more than the data columns), all empty.</summary>
        public static Tables ForThisThread(int positions, int width)
        {
            if (positions > MaxKeptPositions)
            {
                return new Tables(positions, width);
            }

            var kept = _ofThisThread;
            if (kept is null || kept.Tokens.Length < positions * 3 || kept.Ways.Length < (positions + 1) * width)
            {
                var size = Math.Max(positions, Math.Max(64, (kept?.Tokens.Length ?? 0) / 3));
                kept = new Tables(size, Math.Max(width, 8));
            }

            // In use until released: a split inside a split (never today) would get tables of its own.
            _ofThisThread = null;
            return kept;
        }

        /// <summary>Empties what a row of this size used and keeps the tables for the thread's next row.</summary>
        public void Release(int positions, int width)
        {
            if (positions > MaxKeptPositions)
            {
                return; // a freak row's own tables: dropped, not cleared
            }

            Array.Clear(Tokens, 0, positions * 3);
            Array.Clear(Ways, 0, (positions + 1) * width);
            Scratch.Clear();
            _ofThisThread = this;
        }
    }

    /// <summary>Whether a character can be part of a row's cell text.</summary>
    public static bool IsValueChar(char c) =>
        LabelText.IsAsciiDigit(c) || IsSeparator(c) || c is '.' or ',' or '增' or '减' or '+' or '-' or '%' or '万' or '元' || Array.IndexOf(CountUnits, c.ToString()) >= 0;

    public static bool IsSeparator(char c) => c is ' ' or '|' or '\t' or '\n' or '\r';

    private static int SkipSeparators(string s, int p)
    {
        while (p < s.Length && IsSeparator(s[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>The values that can start at <paramref name="p"/> for a column of <paramref name="kind"/>.</summary>
    private static (int Length, CellToken Token)[] Tokenize(List<(int Length, CellToken Token)> result, string s, int p, ValueKind kind)
    {
        var sign = 1m;
        var q = p;
        if (kind == ValueKind.SignedCount && q < s.Length && s[q] is '增' or '减' or '+' or '-')
        {
            sign = s[q] is '减' or '-' ? -1m : 1m;
            q++;
        }

        if (q >= s.Length || !LabelText.IsAsciiDigit(s[q]))
        {
            // Most positions start no value: they share one empty array.
            return NoTokens;
        }

        result.Clear();

        var digitsEnd = q;
        while (digitsEnd < s.Length && LabelText.IsAsciiDigit(s[digitsEnd]) && digitsEnd - q < MaxDigits)
        {
            digitsEnd++;
        }

        // A whole number: "0" alone, or digits without a leading zero; any prefix of the run can end the value.
        // Each prefix's value is the one before times ten plus its digit: exact in decimal, and no string to parse.
        var lastEnd = s[q] == '0' ? q + 1 : digitsEnd;
        var whole = 0m;
        for (var end = q + 1; end <= lastEnd; end++)
        {
            whole = (whole * 10) + (s[end - 1] - '0');
            if (kind == ValueKind.Amount && end < s.Length && s[end] == '.')
            {
                // Decimals: every length of the digit run after the point.
                for (var decimalsEnd = end + 2; decimalsEnd <= s.Length && LabelText.IsAsciiDigit(s[decimalsEnd - 1]) && decimalsEnd - end <= MaxDigits; decimalsEnd++)
                {
                    var number = decimal.Parse(s.Substring(q, decimalsEnd - q), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    AddWithUnits(result, s, p, decimalsEnd, sign * number, AmountUnits);
                }
            }

            AddWithUnits(result, s, p, end, sign * whole, kind == ValueKind.Amount ? AmountUnits : CountUnits);
        }

        AddThousandsGrouped(result, s, p, q, sign, kind);
        return result.ToArray();
    }

    /// <summary>A whole number written with thousands separators (1,234,567): one to three digits, then groups of three.</summary>
    private static void AddThousandsGrouped(List<(int, CellToken)> result, string s, int p, int q, decimal sign, ValueKind kind)
    {
        var end = q;
        while (end < s.Length && end - q < 3 && LabelText.IsAsciiDigit(s[end]))
        {
            end++;
        }

        // Most numbers have no separator after their first digits: no builder for them.
        if (s[q] == '0' || !IsThousandsGroup(s, end))
        {
            return;
        }

        var digits = new System.Text.StringBuilder(s, q, end - q, MaxDigits + 3);
        while (IsThousandsGroup(s, end) && digits.Length < MaxDigits)
        {
            digits.Append(s, end + 1, 3);
            end += 4;
            AddWithUnits(result, s, p, end, sign * decimal.Parse(digits.ToString(), CultureInfo.InvariantCulture), kind == ValueKind.Amount ? AmountUnits : CountUnits);
        }
    }

    /// <summary>Whether a thousands group (",ddd") is written at <paramref name="at"/>.</summary>
    private static bool IsThousandsGroup(string s, int at) =>
        at + 3 < s.Length && s[at] == ',' && LabelText.IsAsciiDigit(s[at + 1]) && LabelText.IsAsciiDigit(s[at + 2]) && LabelText.IsAsciiDigit(s[at + 3]);

    private static void AddWithUnits(List<(int, CellToken)> result, string s, int start, int end, decimal value, string[] units)
    {
        var text = s.Substring(start, end - start);
        result.Add((end - start, new CellToken(value, text, null)));
        foreach (var unit in units)
        {
            if (StartsWith(s, end, unit))
            {
                result.Add((end + unit.Length - start, new CellToken(value, text + unit, unit)));
            }
        }
    }

    /// <summary>Whether <paramref name="unit"/> is written in <paramref name="s"/> at <paramref name="at"/>.</summary>
    private static bool StartsWith(string s, int at, string unit)
    {
        if (at + unit.Length > s.Length)
        {
            return false;
        }

        for (var i = 0; i < unit.Length; i++)
        {
            if (s[at + i] != unit[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most values a text can hold: each value needs at least one digit.</summary>
    private static int MostValues(string s)
    {
        var digits = 0;
        foreach (var c in s)
        {
            digits += LabelText.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }
}
