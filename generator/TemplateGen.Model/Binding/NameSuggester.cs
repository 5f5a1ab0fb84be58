using System;
using System.Collections.Generic;

namespace TemplateGen.Templates.Binding;

/// <summary>Finds the known name nearest to a misspelled one (edit distance, case-insensitive).</summary>
internal static class NameSuggester
{
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, name.Length / 3);
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
