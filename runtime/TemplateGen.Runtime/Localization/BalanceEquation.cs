namespace TemplateGen.Localization;

/// <summary>One equation of one rule in one row or column, over cell ids: the left terms sum to the right terms.</summary>
internal sealed class BalanceEquation
{
    public BalanceEquation(RuleMetadata rule, int[] left, int[] right)
    {
        Rule = rule;
        Left = left;
        Right = right;
    }

    public RuleMetadata Rule { get; }

    public int[] Left { get; }

    public int[] Right { get; }
}
