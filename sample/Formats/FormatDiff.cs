using System.Text;
using TemplateGen.Templates;
using TemplateGen.Templates.Lineage;

namespace TemplateGen.Sample.Formats;

/// <summary>
/// `diff OLD NEW`: what changed between two versions of a format, table by table, as a user reads it when a new
/// notice arrives. Tables, rows and columns match by id or by the former id their "was" names.
/// </summary>
internal static class FormatDiff
{
    /// <summary>The changes as text, or null with <paramref name="error"/> when a template cannot be loaded.</summary>
    public static string? Write(string earlierPath, string earlierText, string laterPath, string laterText, out string? error)
    {
        var earlier = Load(earlierPath, earlierText, out error);
        var later = error is null ? Load(laterPath, laterText, out error) : null;
        if (earlier is null || later is null)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("# ").Append(earlier.Id).Append(" (").Append(earlier.Notice).Append(") → ").Append(later.Id).Append(" (").Append(later.Notice).Append(")\n");
        if (later.Supersedes != earlier.Id)
        {
            text.Append('\n').Append(later.Id).Append(" does not say it supersedes ").Append(earlier.Id).Append("; tables, rows and columns are matched by id only.\n");
        }

        var changes = TemplateDiff.Compare(earlier, later);
        if (changes.Count == 0)
        {
            text.Append("\nNo changes.\n");
        }

        foreach (var table in changes.GroupBy(c => c.Table))
        {
            text.Append("\n## ").Append(table.Key).Append('\n');
            foreach (var change in table)
            {
                text.Append("- ").Append(change.Description).Append('\n');
            }
        }

        return text.ToString();
    }

    private static TemplateGen.Templates.Model.Template? Load(string path, string text, out string? error)
    {
        var result = TemplateLoader.Load(text);
        var first = result.Problems.FirstOrDefault(p => p.Severity == TemplateGen.Templates.Binding.TemplateProblemSeverity.Error);
        if (result.Template is null || first is not null)
        {
            error = first is null
                ? $"{path}: not a template that can be compared"
                : $"{path}{new TemplateGen.Templates.Text.LineMap(text).Describe(first.Span.Start)}: {first.Message}";
            return null;
        }

        error = null;
        return result.Template;
    }
}
