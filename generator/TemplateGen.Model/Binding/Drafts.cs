using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

// Mutable, span-carrying forms of the model used while binding and validating. Validation marks what is
// broken; only the rest is frozen into the span-free model the generator sees.

internal sealed class TemplateDraft
{
    public string Id = "";
    public string Title = "";
    public string Notice = "";
    public string? Namespace;
    public TemplateSpan NamespaceSpan;
    public bool NamespaceFromProject;
    public DomainRule? DomainRule;
    public TemplateSpan IdSpan;
    public string? Supersedes;
    public TemplateSpan? SupersedesSpan;
    public List<TableDraft> Tables { get; } = new();
    public List<ClaimDraft> Claims { get; } = new();
    public bool IsPublic;
}

/// <summary>A claim as written, with the spans of its parts.</summary>
internal sealed class ClaimDraft
{
    public string Id = "";
    public TemplateSpan IdSpan;
    public string Label = "";
    public RuleSeverity Severity;
    public bool IsValid = true;
    public List<(string Text, TemplateSpan Span)> Cells { get; } = new();
    public List<(string Text, TemplateSpan Span)> Patterns { get; } = new();
    public List<string> NotNear { get; } = new();

    /// <summary>The cells once resolved: table, row and column ids.</summary>
    public List<ClaimCell> Resolved { get; } = new();
}

internal sealed class TableDraft
{
    public string Id = "";
    public TemplateSpan IdSpan;
    public string SectionNumber = "";
    public string SectionLabel = "";
    public string Number = "";
    public string Label = "";
    public string Corner = "";
    public string? Was;
    public TemplateSpan? WasSpan;
    public bool KeepsFormerName;
    public bool IsValid = true;

    /// <summary>True when the table's text holds a syntax error: it was left out unread, and what names it stays quiet.</summary>
    public bool IsDamaged;
    public List<HeaderDraft> Columns { get; } = new();
    public List<HeaderDraft> Rows { get; } = new();
    public List<RuleDraft> Rules { get; } = new();

    public string Describe() => $"table '{Id}'";
}

internal sealed class HeaderDraft
{
    public string Id = "";
    public TemplateSpan IdSpan;
    public string Number = "";
    public TemplateSpan? NumberSpan;
    public string Label = "";
    public TemplateSpan? LabelSpan;
    public int Parent = -1;
    public int Depth;
    public bool IsGroup;
    public int DataIndex = -1;
    public ValueKind Kind;
    public string? Unit;
    public int? Decimals;

    /// <summary>False when the id cannot name a generated member (reported); the header keeps its cells and metadata.</summary>
    public bool HasMember = true;

    /// <summary>The id this header had in the superseded template, when it was renamed.</summary>
    public string? Was;
    public TemplateSpan? WasSpan;

    /// <summary>Whether <see cref="Was"/> is generated as an obsolete member that forwards to this one.</summary>
    public bool KeepsFormerName;
}

internal sealed class RuleDraft
{
    public string Id = "";
    public TemplateSpan IdSpan;
    public RuleSeverity Severity;
    public string Message = "";
    public RuleDirection Direction;
    public bool IsValid = true;

    /// <summary>The text to delete to remove the rule from its list, with the comma that separates it; null when unknown.</summary>
    public (int Start, int Length)? Removal;
    public List<EquationDraft> Equations { get; } = new();

    public string TermNoun => Direction == RuleDirection.BetweenRows ? "row" : "column";

    /// <summary>Whether a term names a cell of another report (the previous year's): checked only across reports.</summary>
    public bool AcrossReports
    {
        get
        {
            foreach (var equation in Equations)
            {
                foreach (var term in equation.Left.Concat(equation.Right))
                {
                    if (term.Report is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

internal sealed class EquationDraft
{
    public bool IsTotal;
    public List<TermDraft> Left { get; } = new();
    public List<TermDraft> Right { get; } = new();
}

internal sealed class TermDraft
{
    /// <summary>The report a qualified term names: "previous" in <c>"previous.CarriedForward"</c>; null for this report.</summary>
    public string? Report;

    public bool IsPrevious => Report == TemplateVocabulary.PreviousReport;

    /// <summary>The id without its report qualifier.</summary>
    public string Id = "";
    public TemplateSpan Span;

    /// <summary>The header the term names, once resolved.</summary>
    public int HeaderIndex = -1;

    /// <summary>Data indexes the term stands for once resolved (a group stands for its data descendants).</summary>
    public List<int> DataIndexes { get; } = new();
}
