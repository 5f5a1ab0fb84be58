using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>A claim of the template checked against one report: what its text states and what its cells hold.</summary>
public sealed class ClaimResult
{
    internal ClaimResult(ClaimMetadata claim, ClaimStatus status, IReadOnlyList<ClaimMention> mentions, decimal? value, string? why)
    {
        Claim = claim;
        Status = status;
        Mentions = mentions;
        Value = value;
        Why = why;
    }

    /// <summary>The claim.</summary>
    public ClaimMetadata Claim { get; }

    /// <summary>What the text and the tables say together.</summary>
    public ClaimStatus Status { get; }

    /// <summary>Every place the text states the figure, in order.</summary>
    public IReadOnlyList<ClaimMention> Mentions { get; }

    /// <summary>The figure the text states, when it states one (however often); null when not stated or ambiguous.</summary>
    public decimal? Stated => Status is ClaimStatus.Holds or ClaimStatus.Fails or ClaimStatus.NotComparable ? Mentions[0].Value : null;

    /// <summary>The sum of the claim's cells; null when a cell is blank or its table was not read.</summary>
    public decimal? Value { get; }

    /// <summary>Why the figure could not be compared, when it could not.</summary>
    public string? Why { get; }

    /// <summary>Whether the claim failed at error severity (a failed claim is a warning unless its template says so).</summary>
    public bool IsError => Status == ClaimStatus.Fails && Claim.Severity == RuleSeverity.Error;

    /// <inheritdoc/>
    public override string ToString()
    {
        var head = $"{Claim.Id} {Claim.Label}";
        return Status switch
        {
            ClaimStatus.Holds => Say.Format(ReadingText.ClaimHolds, head, Format(Stated), Mentions[0]),
            ClaimStatus.Fails => Say.Format(ReadingText.ClaimFails, head, Format(Stated), Format(Value), Mentions[0]),
            ClaimStatus.NotComparable => Say.Format(ReadingText.ClaimNotComparable, head, Format(Stated), Why, Mentions[0]),
            ClaimStatus.Ambiguous => Say.Format(ReadingText.ClaimAmbiguous, head, string.Join(ReadingText.And, Mentions.Select(m => Format(m.Value)).Distinct()), string.Join("; ", Mentions)),
            _ => Say.Format(ReadingText.ClaimNotStated, head),
        };
    }

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";
}
