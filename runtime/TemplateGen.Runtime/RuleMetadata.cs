using System.Collections.Generic;

namespace TemplateGen;

/// <summary>A balance rule (勾稽关系) of a table.</summary>
public sealed class RuleMetadata
{
    /// <summary>Creates a rule; generated code calls this.</summary>
    /// <param name="id">Stable id, e.g. S1.</param>
    /// <param name="severity">How a failure is reported.</param>
    /// <param name="message">Official wording.</param>
    /// <param name="direction">Whether the terms are rows or columns.</param>
    /// <param name="equations">The equations; each holds in every data line across the terms.</param>
    public RuleMetadata(string id, RuleSeverity severity, string message, RuleDirection direction, EquationMetadata[] equations)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Direction = direction;
        Equations = equations;
    }

    /// <summary>Stable id, e.g. S1.</summary>
    public string Id { get; }

    /// <summary>How a failure is reported.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Official wording.</summary>
    public string Message { get; }

    /// <summary>Whether the terms are rows (the rule holds in every column) or columns (in every row).</summary>
    public RuleDirection Direction { get; }

    /// <summary>The equations; each holds in every data line across the terms.</summary>
    public IReadOnlyList<EquationMetadata> Equations { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
