using System.Text.RegularExpressions;
using TemplateGen;

namespace TemplateGen.Sample.Reading;

/// <summary>A report format this program knows: the generated template metadata and a way to make an empty report.</summary>
internal sealed record KnownFormat(TemplateMetadata Template, Func<IReadOnlyList<IReportTable>> CreateTables)
{
    /// <summary>The year of the notice that set the format (国办公开办函〔2021〕30号 → 2021).</summary>
    public int Year { get; } = int.Parse(Regex.Match(Template.Notice, @"(?<year>(19|20)\d\d)").Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The notice as it is cited in reports, normalized: (2021)30号.</summary>
    public string NoticeCitation { get; } = LabelText.Normalize(Regex.Match(Template.Notice, @"〔.+〕\d+号").Value);

    /// <summary>Every format generated into this program, oldest first.</summary>
    public static IReadOnlyList<KnownFormat> All { get; } = new[]
    {
        new KnownFormat(GovDisclosure.Y2019.Report.Metadata, () => new GovDisclosure.Y2019.Report().Tables),
        new KnownFormat(GovDisclosure.Y2021.Report.Metadata, () => new GovDisclosure.Y2021.Report().Tables),
    }.OrderBy(f => f.Year).ToList();
}
