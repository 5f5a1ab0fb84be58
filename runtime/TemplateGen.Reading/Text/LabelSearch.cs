using System;

namespace TemplateGen.Reading.Text;

/// <summary>Where a label was found in a text, and how many edits it took.</summary>
internal readonly record struct LabelMatch(int Start, int End, int Distance);

/// <summary>Finds a label in a window of the label view: exactly, else within a few edits (approximate substring matching).</summary>
internal static class LabelSearch
{
    /// <summary>The edits a label may need to match loosely: one in five characters, so a label of under five matches only exactly.</summary>
    public static int AllowedEdits(string label) => label.Length / 5;

    public static LabelMatch? Find(string text, string label, int from, int to, bool allowEdits = true)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (label.Length == 0 || to - from <= 0)
        {
            return null;
        }

        var exact = text.IndexOf(label, from, to - from, StringComparison.Ordinal);
        if (exact >= 0)
        {
            return new LabelMatch(exact, exact + label.Length, 0);
        }

        var allowed = allowEdits ? AllowedEdits(label) : 0;
        if (allowed == 0)
        {
            return null;
        }

        return to - from <= FilterThreshold * label.Length ? Approximate(text, label, from, to, allowed, new Buffers(label.Length)) : Filtered(text, label, from, to, allowed);
    }

    /// <summary>Windows longer than this many label lengths are searched through the piece filter.</summary>
    private const int FilterThreshold = 8;

    /// <summary>
    /// Approximate matching over a long text, kept near linear: a match with at most k edits contains one of the
    /// label's k + 1 pieces unchanged (pigeonhole), so only windows around exact occurrences of a piece are searched.
    /// </summary>
    private static LabelMatch? Filtered(string text, string label, int from, int to, int allowed)
    {
        var pieces = allowed + 1;
        var pieceLength = label.Length / pieces;
        var buffers = new Buffers(label.Length);
        LabelMatch? best = null;
        for (var piece = 0; piece < pieces; piece++)
        {
            var offset = piece * pieceLength;
            var pieceText = label.Substring(offset, piece == pieces - 1 ? label.Length - offset : pieceLength);
            for (var at = text.IndexOf(pieceText, from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(pieceText, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                var windowFrom = Math.Max(from, at - offset - allowed);
                var windowTo = Math.Min(to, at - offset + label.Length + allowed);
                if (Approximate(text, label, windowFrom, windowTo, allowed, buffers) is { } match
                    && (best is not { } b || match.Distance < b.Distance || (match.Distance == b.Distance && match.Start < b.Start)))
                {
                    best = match;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Sellers' algorithm: the edit distance of the label to its best match ending at each position, with the
    /// match's start carried along. O(label × window); callers keep windows short. The best is the fewest edits,
    /// then the earliest, then the longest.
    /// </summary>
    private static LabelMatch? Approximate(string text, string label, int from, int to, int allowed, Buffers buffers)
    {
        var m = label.Length;
        var (distance, start, previousDistance, previousStart) = (buffers.Distance, buffers.Start, buffers.PreviousDistance, buffers.PreviousStart);
        for (var j = 0; j <= m; j++)
        {
            previousDistance[j] = j;
            previousStart[j] = from;
        }

        LabelMatch? best = null;
        for (var i = from; i < to; i++)
        {
            distance[0] = 0;
            start[0] = i + 1;
            for (var j = 1; j <= m; j++)
            {
                var substitute = previousDistance[j - 1] + (text[i] == label[j - 1] ? 0 : 1);
                var delete = previousDistance[j] + 1; // a character of the text not in the label
                var insert = distance[j - 1] + 1;     // a character of the label not in the text
                if (substitute <= delete && substitute <= insert)
                {
                    distance[j] = substitute;
                    start[j] = j == 1 ? i : previousStart[j - 1];
                }
                else if (delete <= insert)
                {
                    distance[j] = delete;
                    start[j] = previousStart[j];
                }
                else
                {
                    distance[j] = insert;
                    start[j] = start[j - 1];
                }
            }

            // Fewer edits win; equally many win too when they extend the best match by one character ("案件" for
            // "案卷" is one substitution, not a deletion that leaves "件" behind).
            if (distance[m] <= allowed && (best is not { } b || distance[m] < b.Distance || (distance[m] == b.Distance && b.End == i)))
            {
                best = new LabelMatch(start[m], i + 1, distance[m]);
            }

            (distance, previousDistance) = (previousDistance, distance);
            (start, previousStart) = (previousStart, start);
        }

        return best;
    }

    /// <summary>The four rows of Sellers' table, allocated once per search, not once per window.</summary>
    private sealed class Buffers
    {
        public Buffers(int labelLength)
        {
            Distance = new int[labelLength + 1];
            Start = new int[labelLength + 1];
            PreviousDistance = new int[labelLength + 1];
            PreviousStart = new int[labelLength + 1];
        }

        public int[] Distance { get; }

        public int[] Start { get; }

        public int[] PreviousDistance { get; }

        public int[] PreviousStart { get; }
    }
}
