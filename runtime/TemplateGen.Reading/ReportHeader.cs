namespace TemplateGen.Reading;

/// <summary>The place and year a report is about, as its title or first sentence states them.</summary>
public sealed class ReportHeader
{
    internal static readonly ReportHeader Unknown = new(null, null);

    internal ReportHeader(string? place, int? year)
    {
        Place = place;
        Year = year;
    }

    /// <summary>The body or place, e.g. 红旗区; null when not stated.</summary>
    public string? Place { get; }

    /// <summary>The report year; null when not stated.</summary>
    public int? Year { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Place ?? "(place not stated)"}, {Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(year not stated)"}";
}
