namespace TemplateGen;

/// <summary>Which way a rule's terms run.</summary>
public enum RuleDirection
{
    /// <summary>The terms are rows; the rule holds in every data column.</summary>
    BetweenRows,

    /// <summary>The terms are columns; the rule holds in every data row.</summary>
    BetweenColumns,
}
