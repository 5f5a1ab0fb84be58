using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>How serious a template problem is.</summary>
public enum TemplateProblemSeverity
{
    /// <summary>Generation or checks break: the affected part is not generated.</summary>
    Error,
    /// <summary>Suspicious but generated as written.</summary>
    Warning,
}

/// <summary>One inconsistency in a template, located at the offending text.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">Whether it stops generation of the part it touches.</param>
/// <param name="Message">What is wrong and how to fix it, naming the row, column or rule.</param>
/// <param name="Span">The offending text.</param>
/// <param name="RelatedSpan">Another place that explains it (the first of two duplicates), if any.</param>
public sealed record TemplateProblem(
    TemplateProblemKind Kind,
    TemplateProblemSeverity Severity,
    string Message,
    TemplateSpan Span,
    TemplateSpan? RelatedSpan = null);
