using System;
using System.Collections.Generic;

namespace TemplateGen.Templates.Binding;

/// <summary>Finds the known name nearest to a misspelled one (edit distance, case-insensitive).</summary>
internal static class NameSuggester
{
    /// <summary>Names longer than any usable id are not compared: no suggestion is worth the quadratic work.</summary>
    private const int MaxLength = Generation.GeneratedNames.MaxIdLength * 2;

    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(2, name.Length / 3);
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: a candidate that far off is skipped unmeasured,
            // and a name longer than any usable id is not compared at all, so a 50,000-character name costs nothing.
            if (name.Length > MaxLength || candidate.Length > MaxLength || Math.Abs(candidate.Length - name.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) => Hint(Nearest(name, candidates));

    /// <summary>" Did you mean 'x'?" for a nearest name already found, or an empty string.</summary>
    public static string Hint(string? nearest) => nearest is null ? "" : $" Did you mean '{nearest}'?";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
