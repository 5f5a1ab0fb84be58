using System.Globalization;
using TemplateGen.Reading;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Output;

/// <summary>A claim of the text against the tables, in the reader's language (the runtime says it in English).</summary>
internal static class ClaimText
{
    /// <summary>The verdict: what the text states and what the tables say.</summary>
    public static string Verdict(ClaimResult claim)
    {
        var number = claim.Mentions.Count > 0 ? claim.Mentions[0].Value.ToString(CultureInfo.InvariantCulture) : "";
        return claim.Status switch
        {
            ClaimStatus.Holds => Localized.Format(Strings.Claim_Holds, number),
            ClaimStatus.Fails => Localized.Format(Strings.Claim_Fails, number, claim.Value),
            ClaimStatus.NotComparable => Localized.Format(Strings.Claim_NotComparable, number),
            _ => Localized.Format(Strings.Claim_Ambiguous, string.Join(" / ", claim.Mentions.Select(m => m.Value.ToString(CultureInfo.InvariantCulture)).Distinct())),
        };
    }

    /// <summary>One line for the console: the runtime's own words in English; in another language, the id, label, verdict and where.</summary>
    public static string Line(ClaimResult claim) => !Localized.IsChinese || claim.Mentions.Count == 0
        ? claim.ToString()
        : $"{claim.Claim.Id} {claim.Claim.Label}：{Verdict(claim)}（{Localized.Where(claim.Mentions[0].Page, claim.Mentions[0].Line)}）";
}
