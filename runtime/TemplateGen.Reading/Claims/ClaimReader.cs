using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Claims;

/// <summary>
/// Finds the figures a report's narrative states (the template's claims) and compares each with the sum of its cells.
/// Only the narrative is searched: a line that is a row of a document's table, a line read as one table row, and any
/// sentence holding two or more of the format's row labels (a table run into the text) are left out. Text is matched
/// in its comparable form (full-width digits and traditional characters read as their plain forms, one character for
/// one, so positions stay those of the printed text).
/// </summary>
internal static class ClaimReader
{
    /// <summary>How far before a match a word of the claim's notNear list still counts as near.</summary>
    private const int NearWindow = 16;

    /// <summary>The longest sentence quoted; a longer one is cut around the number.</summary>
    private const int QuoteLength = 120;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);
    private static readonly char[] SentenceEnds = { '。', '！', '？', '；', '!', '?', ';' };

    public static IReadOnlyList<ClaimResult> Check(ReportReading reading)
    {
        var claims = reading.Report.Metadata.Claims;
        if (claims.Count == 0)
        {
            return Array.Empty<ClaimResult>();
        }

        var narrative = Narrative(reading);
        var labels = reading.Report.Tables.SelectMany(t => t.Metadata.DataRows).Select(r => LabelText.Normalize(r.FullLabel)).Where(l => l.Length >= 6).Distinct().ToList();
        return claims.Select(claim => Check(reading, claim, narrative, labels)).ToList();
    }

    /// <summary>The lines that may hold narrative, each in its comparable form.</summary>
    private static List<(int Line, string Printed, string Comparable)> Narrative(ReportReading reading)
    {
        // A line that holds one row is a table row; one that holds many is a body run together, searched by sentence.
        var rowsPerLine = reading.Tables.SelectMany(t => t.Metadata.DataRows.Select(t.LineOf)).Where(l => l is not null).GroupBy(l => l!.Value).ToDictionary(g => g.Key, g => g.Count());
        var lines = new List<(int, string, string)>();
        foreach (var line in reading.Document.Lines)
        {
            if (line.IsTableRow || (rowsPerLine.TryGetValue(line.Number, out var rows) && rows == 1))
            {
                continue;
            }

            var printed = line.Text;
            if (printed.Length > 0)
            {
                lines.Add((line.Number, printed, Comparable(printed)));
            }
        }

        return lines;
    }

    private static ClaimResult Check(ReportReading reading, ClaimMetadata claim, List<(int Line, string Printed, string Comparable)> narrative, List<string> labels)
    {
        var found = new List<(int At, ClaimMention Mention)>();
        var seen = new HashSet<(int Line, int At)>();
        foreach (var regex in claim.Patterns.Select(Compiled).Where(r => r is not null))
        {
            foreach (var (line, printed, comparable) in narrative)
            {
                foreach (var (value, at, start, end) in Matches(regex!, comparable))
                {
                    var (from, to) = Sentence(comparable, start);
                    if (!seen.Add((line, at)) || IsNear(comparable, claim.NotNear, NearFrom(comparable, from, start), end) || IsTable(comparable.Substring(from, to - from), labels))
                    {
                        continue;
                    }

                    found.Add((at, new ClaimMention(value, Quote(printed, from, to, at), line, reading.PageOf(line))));
                }
            }
        }

        // In the order the text states them, whichever pattern found them.
        var mentions = found.OrderBy(f => f.Mention.Line).ThenBy(f => f.At).Select(f => f.Mention).ToList();
        var (sum, amount, why) = Sum(reading, claim);
        var status = mentions.Count == 0 ? ClaimStatus.NotStated
            : mentions.Select(m => m.Value).Distinct().Count() > 1 ? ClaimStatus.Ambiguous
            : sum is null ? ClaimStatus.NotComparable
            : Agrees(mentions[0].Value, sum.Value, amount) ? ClaimStatus.Holds
            : ClaimStatus.Fails;
        return new ClaimResult(claim, status, mentions, sum, status == ClaimStatus.NotComparable ? why : null);
    }

    private static IEnumerable<(decimal Value, int At, int Start, int End)> Matches(Regex regex, string text)
    {
        var found = new List<(decimal, int, int, int)>();
        try
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                var number = match.Groups[1];
                if (number.Success && number.Length > 0 && decimal.TryParse(number.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    found.Add((value, number.Index, match.Index, match.Index + match.Length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that backtracks without end on this text finds nothing more in it.
        }

        return found;
    }

    /// <summary>The sentence around <paramref name="at"/>: from after the previous sentence end to the next one.</summary>
    private static (int From, int To) Sentence(string text, int at)
    {
        var from = at == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, at - 1) + 1;
        var to = text.IndexOfAny(SentenceEnds, at);
        return (from, to < 0 ? text.Length : to + 1);
    }

    /// <summary>
    /// Where words before a match still count as near it: within <see cref="NearWindow"/> characters and the same clause
    /// ("共有行政诉讼案件1件、行政复议案件2件": the 诉讼 of the clause before says nothing of the 复议 figure).
    /// </summary>
    private static int NearFrom(string text, int sentenceFrom, int start)
    {
        var clause = start == 0 ? 0 : text.LastIndexOfAny(ClauseEnds, start - 1) + 1;
        return Math.Max(Math.Max(sentenceFrom, clause), start - NearWindow);
    }

    private static readonly char[] ClauseEnds = { '，', ',', '、', '：', ':' };

    private static bool IsNear(string text, IReadOnlyList<string> words, int from, int to) =>
        words.Any(word => text.IndexOf(LabelText.Normalize(word), from, Math.Max(0, to - from), StringComparison.Ordinal) >= 0);

    /// <summary>Whether a sentence is table text run into the narrative: it holds two or more row labels of the format.</summary>
    private static bool IsTable(string sentence, List<string> labels)
    {
        var key = LabelText.Normalize(sentence);
        var found = 0;
        foreach (var label in labels)
        {
            if (key.IndexOf(label, StringComparison.Ordinal) >= 0 && ++found >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static string Quote(string printed, int from, int to, int at)
    {
        var sentence = printed.Substring(from, to - from).Trim();
        if (sentence.Length <= QuoteLength)
        {
            return sentence;
        }

        var start = Math.Max(from, Math.Min(at - (QuoteLength / 2), to - QuoteLength));
        return "…" + printed.Substring(start, QuoteLength).Trim() + "…";
    }

    /// <summary>
    /// Whether a stated figure agrees with the cells: counts exactly; an amount stands for half a unit of its last
    /// stated decimal either way (the text rounds: "12.5万元" for 12.54), the tolerance the rules give a reported amount.
    /// </summary>
    private static bool Agrees(decimal stated, decimal sum, HeaderMetadata? amountColumn) =>
        Math.Abs(stated - sum) <= (amountColumn?.RoundingOf(stated) ?? 0m);

    /// <summary>The sum of the claim's cells and an amount column among them (null for counts), or null with why not.</summary>
    private static (decimal? Sum, HeaderMetadata? AmountColumn, string Why) Sum(ReportReading reading, ClaimMetadata claim)
    {
        decimal sum = 0;
        HeaderMetadata? amount = null;
        foreach (var cell in claim.Cells)
        {
            var table = reading.Tables.FirstOrDefault(t => t.Metadata.Id == cell.Table);
            var row = table?.Metadata.DataRows.FirstOrDefault(r => r.Id == cell.Row);
            var column = table?.Metadata.DataColumns.FirstOrDefault(c => c.Id == cell.Column);
            if (table is null || row is null || column is null)
            {
                return (null, null, Say.Format(ReadingText.NoSuchCell, cell));
            }

            if (!table.IsRead)
            {
                return (null, null, $"{table.Metadata.ShortTitle} {table.Why}");
            }

            if (table.Table.GetValue(row.DataIndex, column.DataIndex) is not { } value)
            {
                return (null, null, Say.Format(ReadingText.CellBlank, row.DisplayLabel, column.DisplayLabel));
            }

            sum += value;
            amount ??= column.Kind == ValueKind.Amount ? column : null;
        }

        return (sum, amount, "");
    }

    private static Regex? Compiled(string pattern) => Patterns.GetOrAdd(pattern, p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null; // the template's diagnostics (TG0601) say why; the generator never emits such a pattern
        }
    });

    private static string Comparable(string printed)
    {
        var text = new StringBuilder(printed.Length);
        foreach (var c in printed)
        {
            text.Append(LabelText.NormalizeChar(c));
        }

        return text.ToString();
    }
}
