using TemplateGen.Sample.Reading;

namespace TemplateGen.Sample.Checking;

/// <summary>A report read and validated: what was read, every violation, and the exit code it earns.</summary>
internal sealed record ReportCheck(ReportReading Reading, IReadOnlyList<Violation> Violations)
{
    /// <summary>0 every rule holds; 1 a rule fails; 2 a required table is missing or has no values.</summary>
    public int ExitCode =>
        Reading.Readings.Any(r => r.IsRequiredButUnreadable) ? 2
        : Violations.Any(v => v.Status == ViolationStatus.Failed) ? 1
        : 0;

    public static ReportCheck Run(string source, string content, KnownFormat? format = null)
    {
        var reading = ReportReader.Read(source, content, format);

        // Rules of a table that could not be read at all say nothing; its absence is reported instead.
        var violations = reading.Tables
            .Where((_, i) => !reading.Readings[i].IsRequiredButUnreadable)
            .Select(t => t.Validate())
            .Aggregate(new ValidationResult(null), (all, next) => all.Merge(next))
            .Violations;
        return new ReportCheck(reading, violations);
    }

    /// <summary>Whether a cell took part in a failed rule.</summary>
    public bool Failed(HeaderMetadata row, HeaderMetadata column) =>
        Violations.Any(v => v.Status == ViolationStatus.Failed && v.Cells.Any(c => c.Row == row && c.Column == column));

    /// <summary>The inferred value of a cell, if the reader filled it in.</summary>
    public InferredCell? Inferred(HeaderMetadata row, HeaderMetadata column) =>
        Reading.Readings.SelectMany(r => r.Inferred).FirstOrDefault(i => i.Row == row && i.Column == column);
}
