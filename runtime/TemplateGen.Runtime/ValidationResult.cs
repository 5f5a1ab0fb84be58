using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>The violations of a table or report; allocation-free when there are none.</summary>
public readonly struct ValidationResult
{
    private readonly List<Violation>? _violations;

    /// <summary>Wraps a list of violations; null means none.</summary>
    /// <param name="violations">The violations, or null when there are none.</param>
    public ValidationResult(List<Violation>? violations) => _violations = violations;

    /// <summary>Every violation, failed and incomplete, in rule order.</summary>
    public IReadOnlyList<Violation> Violations => (IReadOnlyList<Violation>?)_violations ?? Array.Empty<Violation>();

    /// <summary>Whether no rule failed (incomplete rules do not count as failures).</summary>
    public bool IsValid
    {
        get
        {
            if (_violations is null)
            {
                return true;
            }

            foreach (var violation in _violations)
            {
                if (violation.Status == ViolationStatus.Failed)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether every rule could be evaluated and held.</summary>
    public bool IsBalanced => _violations is null || _violations.Count == 0;

    /// <summary>This result followed by <paramref name="other"/>; allocates only when both have violations.</summary>
    /// <param name="other">The result to append.</param>
    /// <returns>Both results' violations, this one's first.</returns>
    public ValidationResult Merge(ValidationResult other)
    {
        if (other._violations is null || other._violations.Count == 0)
        {
            return this;
        }

        if (_violations is null || _violations.Count == 0)
        {
            return other;
        }

        var merged = new List<Violation>(_violations.Count + other._violations.Count);
        merged.AddRange(_violations);
        merged.AddRange(other._violations);
        return new ValidationResult(merged);
    }
}
