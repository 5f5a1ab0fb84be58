namespace TemplateGen.Sample.Reading;

/// <summary>How the format of a report was decided.</summary>
internal enum FormatEvidence
{
    /// <summary>Given with --format.</summary>
    Override,
    /// <summary>The report cites the notice that set the format.</summary>
    Notice,
    /// <summary>The report's year falls under the format (the newest format not newer than the year).</summary>
    Year,
    /// <summary>The report's tables and labels match the format best.</summary>
    Shape,
}

/// <summary>Decides which format a report follows: the notice it cites, else its year, else the shape of its tables.</summary>
internal static class FormatDetector
{
    public static (KnownFormat Format, FormatEvidence Evidence) Detect(IReadOnlyList<SourceLine> lines, int? year)
    {
        var text = LabelText.Normalize(string.Concat(lines.Select(l => l.Text)));
        var cited = KnownFormat.All.Where(f => text.Contains(f.NoticeCitation, StringComparison.Ordinal)).ToList();
        if (cited.Count == 1)
        {
            return (cited[0], FormatEvidence.Notice);
        }

        if (year is { } y && KnownFormat.All.LastOrDefault(f => f.Year <= y) is { } byYear)
        {
            return (byYear, FormatEvidence.Year);
        }

        // Shape: the format whose table numbers and row labels the report contains most of.
        var byShape = KnownFormat.All
            .Select(f => (Format: f, Score: f.Template.Tables
                .SelectMany(t => t.Rows.Select(r => r.FullLabel).Append(t.Number).Concat(t.Columns.Select(c => c.Label)))
                .Select(LabelText.Normalize)
                .Where(label => label.Length > 1)
                .Distinct()
                .Count(label => text.Contains(label, StringComparison.Ordinal))))
            .OrderByDescending(f => f.Score)
            .ThenByDescending(f => f.Format.Year)
            .First();
        return (byShape.Format, FormatEvidence.Shape);
    }
}
