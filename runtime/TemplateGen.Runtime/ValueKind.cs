namespace TemplateGen;

/// <summary>What a data cell holds.</summary>
public enum ValueKind
{
    /// <summary>A non-negative whole number.</summary>
    Count,

    /// <summary>A whole number that may be negative (本年增/减).</summary>
    SignedCount,

    /// <summary>A decimal amount in a unit such as 万元.</summary>
    Amount,
}
