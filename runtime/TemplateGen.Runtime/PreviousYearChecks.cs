using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>
/// Checks the rules across reports (<see cref="TableMetadata.RulesAcrossReports"/>: X1 to X4 of the annual report
/// format) between a report and the previous year's report of the same body, in the same format or in the format
/// it supersedes. Each table, row and column is followed into the previous report's format by its former id
/// (<see cref="HeaderMetadata.Was"/>) or its own id, the way the template's analyzers follow it; a rule or line that
/// has nothing to follow (TG0504) is left out. Generated reports call this from <c>ValidateAgainstPrevious</c>.
/// </summary>
public static class PreviousYearChecks
{
    private static readonly ConcurrentDictionary<(TemplateMetadata Current, TemplateMetadata Previous), ReportPairChecks> Compiled = new();

    /// <summary>Whether a report in format <paramref name="previous"/> can be checked as the year before one in <paramref name="current"/>: the same format, or the one it supersedes.</summary>
    public static bool CanCheck(TemplateMetadata current, TemplateMetadata previous)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        return previous.Id == current.Id || previous.Id == current.Supersedes;
    }

    /// <summary>
    /// The rules across reports that <see cref="Validate"/> checks between a report in <paramref name="current"/>'s
    /// format and a previous one in <paramref name="previous"/>'s: all of them in the same format, those the earlier
    /// format has cells for otherwise (TG0504 names the others). One entry per table a rule is declared in.
    /// </summary>
    /// <exception cref="ArgumentException">The formats cannot be checked against each other (see <see cref="CanCheck"/>).</exception>
    public static IReadOnlyList<RuleMetadata> RulesChecked(TemplateMetadata current, TemplateMetadata previous) => For(current, previous).Rules;

    /// <summary>
    /// Checks every rule across reports of <paramref name="current"/> against <paramref name="previous"/>, the
    /// previous year's report of the same body. Blank cells make a check incomplete, never 0. Violations belong to
    /// <paramref name="current"/>'s tables; the cells from the previous report say so (<see cref="ViolationCell.InPreviousReport"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The previous report's format can precede neither this format nor itself (see <see cref="CanCheck"/>).</exception>
    public static ValidationResult Validate(IReport current, IReport previous)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        return For(current.Metadata, previous.Metadata).Validate(current, previous);
    }

    private static ReportPairChecks For(TemplateMetadata current, TemplateMetadata previous)
    {
        if (!CanCheck(current, previous))
        {
            throw new ArgumentException($"A report in '{previous.Id}' cannot be checked as the year before one in '{current.Id}': the previous report must be in the same format or in '{current.Supersedes ?? current.Id}'.", nameof(previous));
        }

        return Compiled.GetOrAdd((current, previous), pair => new ReportPairChecks(pair.Current, pair.Previous));
    }
}
