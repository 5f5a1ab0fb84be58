using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TemplateGen.Reading.Text;

namespace TemplateGen.Reading;

/// <summary>A format the reader may read a report into: a generated report type, known by its metadata.</summary>
public sealed class ReportFormat
{
    private static readonly Regex NoticeYear = new(@"(19|20)\d\d", RegexOptions.CultureInvariant);
    private static readonly Regex NoticeNumber = new(@"〔[^〕]{1,12}〕\d{1,6}号", RegexOptions.CultureInvariant);
    private readonly Func<IReport> _create;
    private IReadOnlyList<string>? _labels;

    private ReportFormat(TemplateMetadata template, Func<IReport> create)
    {
        Template = template;
        _create = create;
        var year = NoticeYear.Match(template.Notice);
        Year = year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var citation = NoticeNumber.Match(template.Notice);
        NoticeCitation = citation.Success ? LabelText.Normalize(citation.Value) : null;
    }

    /// <summary>The format's metadata.</summary>
    public TemplateMetadata Template { get; }

    /// <summary>The year of the notice that set the format (国办公开办函〔2021〕30号 → 2021), when the notice names one.</summary>
    public int? Year { get; }

    /// <summary>The notice as reports cite it, normalized (〔2021〕30号 → (2021)30号), when the notice has that form.</summary>
    internal string? NoticeCitation { get; }

    /// <summary>The format's table numbers and row and column labels, normalized, computed once: what its shape is recognized by.</summary>
    internal IReadOnlyList<string> Labels => _labels ??= Template.Tables
        .SelectMany(t => t.Rows.Select(r => r.FullLabel).Concat(new[] { t.Number }).Concat(t.Columns.Select(c => c.Label)))
        .Select(LabelText.Normalize)
        .Where(label => label.Length > 1)
        .Distinct()
        .ToList();

    /// <summary>The format of a generated report type.</summary>
    /// <typeparam name="TReport">A report class TemplateGen generated.</typeparam>
    /// <returns>The format, which creates blank instances of <typeparamref name="TReport"/>.</returns>
    public static ReportFormat Of<TReport>()
        where TReport : IReport, new()
    {
        var report = new TReport();
        return new ReportFormat(report.Metadata, () => new TReport());
    }

    /// <summary>A new report of this format with every cell blank.</summary>
    /// <returns>The report.</returns>
    public IReport CreateReport() => _create();

    /// <inheritdoc/>
    public override string ToString() => Template.ToString();
}
