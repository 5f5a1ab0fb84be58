using TemplateGen.Localization;
using TemplateGen.Reading;

namespace TemplateGen.Sample.Checking;

/// <summary>A report read and validated: what was read, every violation, and the exit code it earns.</summary>
internal sealed record ReportCheck(ReportReading Reading, IReadOnlyList<Violation> Violations, LocalizationResult? Localization, IReadOnlyList<ClaimResult> Claims)
{
    /// <summary>When <c>--format</c> named a format the report itself contradicts: what the report says instead; else null.</summary>
    public string? FormatWarning { get; init; }

    /// <summary>The findings a person accepted (<c>--accepted</c>), which are shown as such and leave the exit code alone; null when none were given.</summary>
    public Acceptance.FindingReview? Review { get; init; }
    /// <summary>The formats this program checks against, generated from the templates it compiles.</summary>
    public static IReadOnlyList<ReportFormat> Formats { get; } = new[]
    {
        ReportFormat.Of<GovDisclosure.Y2019.Report>(),
        ReportFormat.Of<GovDisclosure.Y2021.Report>(),
    };

    /// <summary>
    /// The one place the exit code of a report is decided: 1 when a rule of error severity fails in any table that
    /// was read, even if another table is missing (the verdict users care about is not hidden), unless a person
    /// accepted that failure as it is; else 2 when a required table is missing or has no values; else 0. A failed
    /// warning is shown and changes nothing.
    /// </summary>
    public int ExitCode =>
        Violations.Any(v => v.Status == ViolationStatus.Failed && v.Severity == RuleSeverity.Error && Review?.IsAccepted(v) != true) || Claims.Any(c => c.IsError && Review?.IsAccepted(c) != true) ? ExitCodes.RuleFails
        : !Reading.AllTablesRead ? ExitCodes.Unreadable
        : ExitCodes.Holds;

    /// <summary>Why nothing of the input could be read (not a report, a scanned PDF, a legacy .doc …), or null when some table was found.</summary>
    public string? Unreadable => Reading.InputProblem is { } problem && !Reading.Tables.Any(t => t.Line is not null) ? problem : null;

    /// <summary>Each table's verdict, in template order.</summary>
    public IReadOnlyList<TableVerdict> Tables => Reading.Tables.Select(t => TableVerdict.Of(t, Violations)).ToList();

    /// <summary>Reads a file's bytes (PDF, Word, text or HTML in any encoding) as the format it follows (or <paramref name="format"/>) and checks every table read.</summary>
    public static ReportCheck Run(string source, byte[] content, ReportFormat? format = null) =>
        Check(ReportReader.Read(content, source, format is null ? Formats : new[] { format })) with { FormatWarning = Contradiction(format, () => ReportReader.Read(content, source, Formats)) };

    /// <summary>Reads <paramref name="content"/> (text or HTML) as the format it follows (or <paramref name="format"/>) and checks every table read.</summary>
    public static ReportCheck Run(string source, string content, ReportFormat? format = null) =>
        Check(ReportReader.Read(content, format is null ? Formats : new[] { format }, source)) with { FormatWarning = Contradiction(format, () => ReportReader.Read(content, Formats, source)) };

    /// <summary>
    /// The format is read as given, but a report that names another notice, or whose year or tables belong to another
    /// format, says so: the warning names the evidence. Only asked when a format was given.
    /// </summary>
    private static string? Contradiction(ReportFormat? given, Func<ReportReading> detect)
    {
        if (given is null)
        {
            return null;
        }

        var detected = detect();
        if (detected.Format == given || !detected.Tables.Any(t => t.IsRead))
        {
            return null;
        }

        var evidence = detected.FormatEvidence switch
        {
            FormatEvidence.Notice => Resources.Localized.Format(Resources.Strings.Format_Cites, detected.Format.Template.Notice),
            FormatEvidence.Year => Resources.Localized.Format(Resources.Strings.Format_YearFalls, detected.Header.Year, detected.Format.Template.Notice),
            _ => Resources.Localized.Format(Resources.Strings.Format_Shape, detected.Format.Template.Notice),
        };
        return Resources.Localized.Format(Resources.Strings.Format_Contradiction, given.Year, evidence, given.Template.Notice);
    }

    private static ReportCheck Check(ReportReading reading)
    {
        var violations = reading.Validate().Violations;

        // Which cells are most likely wrong is asked only when a rule fails.
        return new ReportCheck(reading, violations, violations.Any(v => v.Status == ViolationStatus.Failed) ? reading.Localize() : null, reading.CheckClaims());
    }

    /// <summary>Whether a cell is in the most likely suspect set.</summary>
    public bool Suspect(HeaderMetadata row, HeaderMetadata column) =>
        Localization?.Suspects.FirstOrDefault()?.Cells.Any(c => c.Row == row && c.Column == column) == true;

    /// <summary>Whether a cell took part in a failed rule.</summary>
    public bool Failed(HeaderMetadata row, HeaderMetadata column) =>
        Violations.Any(v => v.Status == ViolationStatus.Failed && v.Cells.Any(c => c.Row == row && c.Column == column));
}
