using System.Collections.Generic;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>
/// A group of rows printed as one row with its own values, as an earlier layout of the form had it (2021-era
/// reports that print （六）其他处理 as the 2019 single row): its rows were not published, and the rules that sum
/// them are checked with this row's values instead.
/// </summary>
public sealed class PrintedGroup
{
    internal PrintedGroup(HeaderMetadata group, IReadOnlyList<decimal?> values, int line)
    {
        Group = group;
        Values = values;
        Line = line;
    }

    /// <summary>The group header, e.g. （六）其他处理.</summary>
    public HeaderMetadata Group { get; }

    /// <summary>One value per data column; the sum of the group's unpublished rows.</summary>
    public IReadOnlyList<decimal?> Values { get; }

    /// <summary>The 1-based line of the input.</summary>
    public int Line { get; }

    /// <summary>The problem a printed group is reported as: its rows were not published, and the rules use the printed row.</summary>
    internal static string Problem(HeaderMetadata group) =>
        Say.Format(ReadingText.PrintedGroupProblem, string.Join("、", System.Linq.Enumerable.Select(group.DataDescendants, d => d.DisplayLabel)));

    /// <inheritdoc/>
    public override string ToString() =>
        Say.Format(ReadingText.LinePrefix, Line) + Say.Format(ReadingText.PrintedGroupNote, Group.DisplayLabel, string.Join("、", System.Linq.Enumerable.Select(Group.DataDescendants, d => d.Number.Length > 0 ? d.Number.TrimEnd('.') : d.DisplayLabel)));
}
