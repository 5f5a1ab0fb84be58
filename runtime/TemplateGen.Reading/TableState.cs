namespace TemplateGen.Reading;

/// <summary>How much of a table could be read.</summary>
public enum TableState
{
    /// <summary>Every data row was found with all its cells.</summary>
    Complete,

    /// <summary>Found, but some rows are missing, damaged or unreadable; what was read is filled in.</summary>
    Incomplete,

    /// <summary>Found, but not one value cell has a value.</summary>
    Empty,

    /// <summary>Not found in the report, or found as a heading with no rows under it.</summary>
    Missing,
}
