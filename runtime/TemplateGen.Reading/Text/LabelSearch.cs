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
        return allowed == 0 ? null : Approximate(text, label, from, to, allowed);
    }

    /// <summary>
    /// Sellers' algorithm: the edit distance of the label to its best match ending at each position, with the
    /// match's start carried along. O(label × window); callers keep windows short. The best is the fewest edits,
    /// then the earliest, then the longest.
    /// </summary>
    private static LabelMatch? Approximate(string text, string label, int from, int to, int allowed)
    {
        var m = label.Length;
        var distance = new int[m + 1];
        var start = new int[m + 1];
        var previousDistance = new int[m + 1];
        var previousStart = new int[m + 1];
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
}
