namespace TemplateGen.Localization;

/// <summary>One equation of one rule in one row or column, over cell ids: the left terms sum to the right terms.</summary>
internal sealed class BalanceEquation
{
    public BalanceEquation(RuleMetadata rule, int[] left, int[] right, bool exact)
    {
        Rule = rule;
        Left = left;
        Right = right;
        Exact = exact;
    }

    public RuleMetadata Rule { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    /// <summary>Whether it is over counts (must hold exactly) rather than amounts (within their rounding).</summary>
    public bool Exact { get; }
}
