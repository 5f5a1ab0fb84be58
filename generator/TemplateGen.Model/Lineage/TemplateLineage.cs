using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Lineage;

/// <summary>What a template says about the template it supersedes, with where it says it, for checks across templates.</summary>
/// <param name="TemplateId">This template's id.</param>
/// <param name="Supersedes">The id of the template it supersedes, if any.</param>
/// <param name="SupersedesSpan">Where "supersedes" is written.</param>
/// <param name="Links">Every table, row and column that names its predecessor's id with "was".</param>
public sealed record TemplateLineage(string TemplateId, string? Supersedes, TemplateSpan? SupersedesSpan, EquatableArray<LineageLink> Links);

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
