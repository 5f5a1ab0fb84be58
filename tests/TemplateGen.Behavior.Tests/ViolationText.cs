using System.Globalization;
using TemplateGen;

namespace TemplateGen.Behavior.Tests;

/// <summary>Compact, exact text of violations for assertions: rule, status, table, line, reported, computed.</summary>
internal static class ViolationText
{
    public static string[] Of(ValidationResult result) =>
        result.Violations.Select(v => $"{v.RuleId} {v.Status} {v.Table.Id}.{v.Line.Id} {Format(v.Reported)} {Format(v.Computed)}").ToArray();

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";
}
