namespace TemplateGen;

/// <summary>Whether a rule failed or could not be evaluated.</summary>
public enum ViolationStatus
{
    /// <summary>Every cell had a value and the equation does not hold.</summary>
    Failed,

    /// <summary>A cell the rule needs is blank, so the rule could not be evaluated.</summary>
    Incomplete,
}
