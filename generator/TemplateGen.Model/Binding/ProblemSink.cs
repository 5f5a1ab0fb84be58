using System.Collections.Generic;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>Collects problems in the order they are found.</summary>
internal sealed class ProblemSink
{
    private readonly List<TemplateProblem> _problems = new();

    public IReadOnlyList<TemplateProblem> Problems => _problems;

    public void Error(TemplateProblemKind kind, TemplateSpan span, string message, TemplateSpan? related = null, TemplateFix? fix = null) =>
        _problems.Add(new TemplateProblem(kind, TemplateProblemSeverity.Error, message, span, related, fix));

    public void Warning(TemplateProblemKind kind, TemplateSpan span, string message, TemplateSpan? related = null, TemplateFix? fix = null) =>
        _problems.Add(new TemplateProblem(kind, TemplateProblemSeverity.Warning, message, span, related, fix));

    public void Info(TemplateProblemKind kind, TemplateSpan span, string message, TemplateSpan? related = null, TemplateFix? fix = null) =>
        _problems.Add(new TemplateProblem(kind, TemplateProblemSeverity.Info, message, span, related, fix));

    public void Add(TemplateProblem problem) => _problems.Add(problem);

    /// <summary>Replaces the problem at <paramref name="index"/>, when a later finding says better what it is.</summary>
    public void Replace(int index, TemplateProblem problem) => _problems[index] = problem;

    /// <summary>How many problems have been reported so far; the index the next one gets.</summary>
    public int Count => _problems.Count;

    /// <summary>Reports an error that makes <paramref name="rule"/> unusable; it will not be generated.</summary>
    public void Reject(RuleDraft rule, TemplateProblemKind kind, TemplateSpan span, string message, TemplateSpan? related = null, TemplateFix? fix = null)
    {
        Error(kind, span, message, related, fix);
        rule.IsValid = false;
    }

    /// <summary>Reports an error that makes <paramref name="table"/> unusable; it will not be generated.</summary>
    public void Reject(TableDraft table, TemplateProblemKind kind, TemplateSpan span, string message, TemplateSpan? related = null, TemplateFix? fix = null)
    {
        Error(kind, span, message, related, fix);
        table.IsValid = false;
    }
}
