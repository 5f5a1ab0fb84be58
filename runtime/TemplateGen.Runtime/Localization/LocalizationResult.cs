using System.Collections.Generic;

namespace TemplateGen.Localization;

/// <summary>Which cells are most likely wrong in a report whose rules fail, and the values that would make every rule hold.</summary>
public sealed class LocalizationResult
{
    internal LocalizationResult(LocalizationOutcome outcome, IReadOnlyList<SuspectSet> suspects, int tiedSets, IReadOnlyList<SuspectCell> imputed, int maxCells, string summary)
    {
        Outcome = outcome;
        Suspects = suspects;
        TiedSets = tiedSets;
        Imputed = imputed;
        MaxCells = maxCells;
        Summary = summary;
    }

    /// <summary>What the search found.</summary>
    public LocalizationOutcome Outcome { get; }

    /// <summary>The smallest suspect sets, most likely first (by the slip they look like, then by the size of the change); at most a few are listed.</summary>
    public IReadOnlyList<SuspectSet> Suspects { get; }

    /// <summary>How many sets of that smallest size make every rule hold (more than <see cref="Suspects"/> lists when many tie).</summary>
    public int TiedSets { get; }

    /// <summary>Blank cells the rules pin down (deductive imputation), given the most likely suspect set; blanks are not errors.</summary>
    public IReadOnlyList<SuspectCell> Imputed { get; }

    /// <summary>The largest set size searched.</summary>
    public int MaxCells { get; }

    /// <summary>The finding in one sentence.</summary>
    public string Summary { get; }

    /// <inheritdoc/>
    public override string ToString() => Summary;
}
