namespace TemplateGen.Reading;

/// <summary>How the format of a report was decided.</summary>
public enum FormatEvidence
{
    /// <summary>The caller named the format (offered only one), so the report was not asked.</summary>
    Override,

    /// <summary>The report cites the notice that set the format.</summary>
    Notice,

    /// <summary>The report's year falls under the format (the newest format not newer than the year).</summary>
    Year,

    /// <summary>The report's tables have rows and columns that only this format has (or nothing else decides).</summary>
    Shape,
}
