using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading;

/// <summary>Decides which format a report follows: the notice it cites, else its year, else the shape of its tables.</summary>
internal static class FormatDetector
{
    public static (ReportFormat Format, FormatEvidence Evidence) Detect(IReadOnlyList<SourceLine> lines, int? year, IReadOnlyList<ReportFormat> formats)
    {
        var text = LabelText.Normalize(string.Concat(lines.Select(l => l.Text)));
        var cited = formats.Where(f => f.NoticeCitation is { } citation && text.IndexOf(citation, StringComparison.Ordinal) >= 0).ToList();
        if (cited.Count == 1)
        {
            return (cited[0], FormatEvidence.Notice);
        }

        if (year is { } y && formats.Where(f => f.Year <= y).OrderBy(f => f.Year).LastOrDefault() is { } byYear)
        {
            return (byYear, FormatEvidence.Year);
        }

        // Shape: the format whose table numbers and row labels the report contains most of.
        var byShape = formats
            .Select(f => (Format: f, Score: f.Template.Tables
                .SelectMany(t => t.Rows.Select(r => r.FullLabel).Append(t.Number).Concat(t.Columns.Select(c => c.Label)))
                .Select(LabelText.Normalize)
                .Where(label => label.Length > 1)
                .Distinct()
                .Count(label => text.IndexOf(label, StringComparison.Ordinal) >= 0)))
            .OrderByDescending(f => f.Score)
            .ThenByDescending(f => f.Format.Year ?? 0)
            .First();
        return (byShape.Format, FormatEvidence.Shape);
    }
}
