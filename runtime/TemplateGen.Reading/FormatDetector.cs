using System;
using System.Collections.Generic;
using System.Linq;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>
/// Decides which format a report follows: the shape of its tables first (the rows and columns that only one
/// format has), then the notice it cites, then its year; and says when these disagree.
/// </summary>
internal static class FormatDetector
{
    /// <summary>How many more of its own labels one format must show than another for the shape to decide.</summary>
    private const int ShapeMargin = 3;

    /// <param name="text">The report's label view (<see cref="FlatText.Key"/>).</param>
    /// <param name="year">The report year, if it states one.</param>
    /// <param name="formats">The formats to choose among.</param>
    public static (ReportFormat Format, FormatEvidence Evidence, string? Disagreement) Detect(string text, int? year, IReadOnlyList<ReportFormat> formats)
    {
        var cited = formats.Where(f => f.NoticeCitation is { } citation && text.IndexOf(citation, StringComparison.Ordinal) >= 0).ToList();
        var byNotice = cited.Count == 1 ? cited[0] : null;
        var byYear = year is { } y ? formats.Where(f => f.Year <= y).OrderBy(f => f.Year).LastOrDefault() : null;
        var found = new HashSet<string>(formats.SelectMany(f => f.Labels).Distinct().Where(label => text.IndexOf(label, StringComparison.Ordinal) >= 0));
        var byShape = Shape(found, formats);

        if (byShape is not null)
        {
            var other = byNotice is not null && byNotice != byShape ? Say.Format(ReadingText.CitesNotice, byNotice.Template.Notice)
                : byNotice is null && byYear is not null && byYear != byShape ? Say.Format(ReadingText.YearFallsUnder, year, byYear.Template.Notice)
                : null;
            return (byShape, FormatEvidence.Shape, other is null ? null : Say.Format(ReadingText.ShapeWins, other, byShape.Template.Notice));
        }

        if (byNotice is not null)
        {
            return (byNotice, FormatEvidence.Notice, null);
        }

        if (byYear is not null)
        {
            return (byYear, FormatEvidence.Year, null);
        }

        // Nothing decides clearly: the format with the most of its own labels, the newest on a tie.
        var best = formats.Select(f => (Format: f, Score: OwnLabelsFound(found, f, formats))).OrderByDescending(f => f.Score).ThenByDescending(f => f.Format.Year ?? 0).First();
        return (best.Format, FormatEvidence.Shape, null);
    }

    /// <summary>The format whose own labels (those no other format has) the text shows clearly more of, or null.</summary>
    private static ReportFormat? Shape(HashSet<string> found, IReadOnlyList<ReportFormat> formats)
    {
        var scores = formats.Select(f => (Format: f, Score: OwnLabelsFound(found, f, formats))).OrderByDescending(s => s.Score).ToList();
        return scores.Count > 1 && scores[0].Score - scores[1].Score >= ShapeMargin ? scores[0].Format : null;
    }

    /// <summary>How many of the labels only this format has are among those <paramref name="found"/> in the report.</summary>
    private static int OwnLabelsFound(HashSet<string> found, ReportFormat format, IReadOnlyList<ReportFormat> formats)
    {
        var others = new HashSet<string>(formats.Where(f => f != format).SelectMany(f => f.Labels));
        return format.Labels.Count(label => !others.Contains(label) && found.Contains(label));
    }
}
