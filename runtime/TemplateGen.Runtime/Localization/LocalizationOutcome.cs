namespace TemplateGen.Localization;

/// <summary>What error localization found.</summary>
public enum LocalizationOutcome
{
    /// <summary>Every rule that could be evaluated holds; nothing to localize.</summary>
    NothingFailed,

    /// <summary>At least one smallest set of cells whose change makes every rule hold.</summary>
    Found,

    /// <summary>No set of at most the allowed number of cells makes every rule hold.</summary>
    NoneWithinLimit,

    /// <summary>The search stopped at its work bound before it could finish; the sets found so far, if any, are listed.</summary>
    StoppedAtBound,
}
