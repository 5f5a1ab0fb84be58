using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>How serious a template problem is.</summary>
public enum TemplateProblemSeverity
{
    /// <summary>Generation or checks break: the affected part is not generated.</summary>
    Error,
    /// <summary>Suspicious but generated as written.</summary>
    Warning,
    /// <summary>Worth knowing; nothing is wrong with what is generated.</summary>
    Info,
}

/// <summary>One inconsistency in a template, located at the offending text.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">Whether it stops generation of the part it touches.</param>
/// <param name="Message">What is wrong and how to fix it, naming the row, column or rule.</param>
/// <param name="Span">The offending text.</param>
/// <param name="RelatedSpan">Another place that explains it (the first of two duplicates), if any.</param>
/// <param name="Fix">The edit that fixes it, where the fix is clear.</param>
public sealed record TemplateProblem(
    TemplateProblemKind Kind,
    TemplateProblemSeverity Severity,
    string Message,
    TemplateSpan Span,
    TemplateSpan? RelatedSpan = null,
    TemplateFix? Fix = null);

/// <summary>A fix for a template problem: text edits on the template, described by a title.</summary>
/// <param name="Title">What the fix does, as an IDE shows it.</param>
/// <param name="Edits">Non-overlapping edits on the template text as it was analysed.</param>
public sealed record TemplateFix(string Title, EquatableArray<TemplateEdit> Edits)
{
    /// <summary>A fix made of one edit.</summary>
    public static TemplateFix Replace(string title, int start, int length, string newText) =>
        new(title, new[] { new TemplateEdit(start, length, newText) }.ToEquatableArray());
}

/// <summary>Replace <paramref name="Length"/> characters at <paramref name="Start"/> with <paramref name="NewText"/>.</summary>
public sealed record TemplateEdit(int Start, int Length, string NewText);
