using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Lineage;

/// <summary>What a template says about the template it supersedes, with where it says it, for checks across templates.</summary>
/// <param name="TemplateId">This template's id.</param>
/// <param name="Supersedes">The id of the template it supersedes, if any.</param>
/// <param name="SupersedesSpan">Where "supersedes" is written.</param>
/// <param name="Links">Every table, row and column that names its predecessor's id with "was".</param>
/// <param name="RulesAcrossReports">Where each valid rule across reports and its terms of the previous report are written.</param>
public sealed record TemplateLineage(string TemplateId, string? Supersedes, TemplateSpan? SupersedesSpan, EquatableArray<LineageLink> Links, EquatableArray<RuleAcrossReportsSpans> RulesAcrossReports = default);

/// <summary>Where a rule across reports is written, so a rule that cannot be checked against the superseded format is reported there.</summary>
/// <param name="TableId">The table the rule is in.</param>
/// <param name="RuleId">The rule's id.</param>
/// <param name="RuleSpan">Where the rule's id is written.</param>
/// <param name="PreviousTerms">The header indexes (in this template's table) its terms of the previous report name, with where each is written.</param>
public sealed record RuleAcrossReportsSpans(string TableId, string RuleId, TemplateSpan RuleSpan, EquatableArray<PreviousTermSpan> PreviousTerms);

/// <summary>A term of the previous report: the header it names in this template's table and where it is written.</summary>
public sealed record PreviousTermSpan(int HeaderIndex, TemplateSpan Span);

/// <summary>A table, row or column renamed since the superseded template ("was").</summary>
/// <param name="Kind">Table, row or column.</param>
/// <param name="TableId">The id of the table it is (or is in) in this template.</param>
/// <param name="PredecessorTableId">The id of the table it continues in the superseded template.</param>
/// <param name="Id">Its own id in this template.</param>
/// <param name="Was">The id it names in the superseded template.</param>
/// <param name="WasSpan">Where "was" is written.</param>
public sealed record LineageLink(LineageLinkKind Kind, string TableId, string PredecessorTableId, string Id, string Was, TemplateSpan WasSpan);

/// <summary>What a <see cref="LineageLink"/> renames.</summary>
public enum LineageLinkKind
{
    /// <summary>A table.</summary>
    Table,
    /// <summary>A row of a table.</summary>
    Row,
    /// <summary>A column of a table.</summary>
    Column,
}
