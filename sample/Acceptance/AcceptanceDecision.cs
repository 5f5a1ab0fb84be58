namespace TemplateGen.Sample.Acceptance;

/// <summary>One person's decision to accept findings: why, who, when.</summary>
internal sealed record AcceptanceDecision(string Note, string By, string On)
{
    /// <summary>
    /// The file's entries with <paramref name="findings"/> accepted: a new finding is added; one accepted before with
    /// other values gets this decision; one accepted as it is keeps its earlier decision. No entry is ever dropped.
    /// </summary>
    public (IReadOnlyList<AcceptedFinding> Entries, int Added, int Updated, int Kept) Apply(IReadOnlyList<AcceptedFinding> entries, IEnumerable<Finding> findings)
    {
        var merged = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last());
        var order = entries.Select(e => e.Key).Distinct().ToList();
        var (added, updated, kept) = (0, 0, 0);
        foreach (var finding in findings)
        {
            var entry = new AcceptedFinding(finding.Body, finding.Year, finding.Rule, finding.Cells, finding.Values, Note, By, On);
            if (!merged.TryGetValue(entry.Key, out var earlier))
            {
                added++;
                order.Add(entry.Key);
            }
            else if (earlier.HasValues(finding.Values))
            {
                kept++;
                continue;
            }
            else
            {
                updated++;
            }

            merged[entry.Key] = entry;
        }

        return (order.Select(k => merged[k]).ToList(), added, updated, kept);
    }
}
