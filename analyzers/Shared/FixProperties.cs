using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace TemplateGen.Diagnostics;

/// <summary>
/// Carries a template fix from the analyzer to the code fix through Diagnostic.Properties, so the fix is
/// computed once, where the template is understood, and the code-fix assembly needs no template model.
/// </summary>
internal static class FixProperties
{
    private const string TitleKey = "TemplateGen.Fix.Title";
    private const string CountKey = "TemplateGen.Fix.Count";

    public static ImmutableDictionary<string, string?> Encode(string title, IReadOnlyList<(int Start, int Length, string NewText)> edits)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[TitleKey] = title;
        properties[CountKey] = edits.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < edits.Count; i++)
        {
            properties[$"TemplateGen.Fix.{i}.Start"] = edits[i].Start.ToString(CultureInfo.InvariantCulture);
            properties[$"TemplateGen.Fix.{i}.Length"] = edits[i].Length.ToString(CultureInfo.InvariantCulture);
            properties[$"TemplateGen.Fix.{i}.Text"] = edits[i].NewText;
        }

        return properties.ToImmutable();
    }

    /// <summary>The fix a diagnostic carries, or null when it carries none (or a malformed one).</summary>
    public static (string Title, List<(int Start, int Length, string NewText)> Edits)? Decode(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(TitleKey, out var title) || title is null
            || !properties.TryGetValue(CountKey, out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var edits = new List<(int, int, string)>(count);
        for (var i = 0; i < count; i++)
        {
            if (!properties.TryGetValue($"TemplateGen.Fix.{i}.Start", out var start) || !int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                || !properties.TryGetValue($"TemplateGen.Fix.{i}.Length", out var length) || !int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                || !properties.TryGetValue($"TemplateGen.Fix.{i}.Text", out var text) || text is null)
            {
                return null;
            }

            edits.Add((s, l, text));
        }

        return (title, edits);
    }
}
