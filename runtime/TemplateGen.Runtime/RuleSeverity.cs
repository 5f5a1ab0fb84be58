namespace TemplateGen;

/// <summary>How a failed rule is reported.</summary>
public enum RuleSeverity
{
    /// <summary>The report is wrong.</summary>
    Error,

    /// <summary>The report is implausible.</summary>
    Warning,
}
