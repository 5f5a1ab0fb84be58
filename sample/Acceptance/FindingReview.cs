namespace TemplateGen.Sample.Acceptance;

/// <summary>
/// The findings of a run against the accepted-findings file: each finding is new, accepted (same key, same values) or
/// changed since it was accepted (same key, other values: it counts again); an accepted entry for a report of the run
/// that no longer occurs is stale. Entries for reports not in the run are left alone.
/// </summary>
internal sealed class FindingReview
{
    private readonly Dictionary<object, AcceptedFinding> _accepted = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, AcceptedFinding> _changed = new(ReferenceEqualityComparer.Instance);

    private FindingReview(IReadOnlyList<AcceptedFinding> stale) => Stale = stale;

    /// <summary>Accepted entries whose report was checked and whose finding no longer occurs.</summary>
    public IReadOnlyList<AcceptedFinding> Stale { get; }

    public static FindingReview Of(IReadOnlyList<AcceptedFinding> entries, IReadOnlyList<Finding> findings, IEnumerable<(string Body, int? Year)> checkedReports)
    {
        var byKey = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last());
        var matched = new HashSet<string>();
        var review = new List<(Finding Finding, AcceptedFinding Entry)>();
        foreach (var finding in findings)
        {
            var key = AcceptedFinding.KeyOf(finding.Body, finding.Year, finding.Rule, finding.Cells);
            if (byKey.TryGetValue(key, out var entry))
            {
                matched.Add(key);
                review.Add((finding, entry));
            }
        }

        var reports = checkedReports.ToHashSet();
        var result = new FindingReview(entries.Where(e => !matched.Contains(e.Key) && reports.Contains((e.Body, e.Year))).ToList());
        foreach (var (finding, entry) in review)
        {
            (entry.HasValues(finding.Values) ? result._accepted : result._changed)[finding.Subject] = entry;
        }

        return result;
    }

    /// <summary>The entry that accepts <paramref name="subject"/> (a violation or claim result) as it is now; null when it counts.</summary>
    public AcceptedFinding? AcceptedFor(object subject) => _accepted.TryGetValue(subject, out var entry) ? entry : null;

    /// <summary>The entry that accepted <paramref name="subject"/> with other values; it counts again.</summary>
    public AcceptedFinding? ChangedSince(object subject) => _changed.TryGetValue(subject, out var entry) ? entry : null;

    public bool IsAccepted(object subject) => _accepted.ContainsKey(subject);

    public int AcceptedCount => _accepted.Count;
}
