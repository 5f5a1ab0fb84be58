using System.Collections.Generic;

namespace TemplateGen;

/// <summary>A template: its identity and tables.</summary>
public sealed class TemplateMetadata
{
    /// <summary>Creates the metadata of a template that supersedes none and states no figures; generated code calls this.</summary>
    /// <param name="id">The template's id.</param>
    /// <param name="title">The format's title.</param>
    /// <param name="notice">The notice the format implements.</param>
    /// <param name="tables">The tables, in template order.</param>
    public TemplateMetadata(string id, string title, string notice, TableMetadata[] tables)
        : this(id, title, notice, tables, null, NoClaims)
    {
    }

    /// <summary>Creates a template's metadata; generated code calls this.</summary>
    /// <param name="id">The template's id.</param>
    /// <param name="title">The format's title.</param>
    /// <param name="notice">The notice the format implements.</param>
    /// <param name="tables">The tables, in template order.</param>
    /// <param name="supersedes">The id of the template this one supersedes (the previous version of the format), if any.</param>
    public TemplateMetadata(string id, string title, string notice, TableMetadata[] tables, string? supersedes)
        : this(id, title, notice, tables, supersedes, NoClaims)
    {
    }

    /// <summary>Creates a template's metadata with the figures its reports state in their text; generated code calls this.</summary>
    /// <param name="id">The template's id.</param>
    /// <param name="title">The format's title.</param>
    /// <param name="notice">The notice the format implements.</param>
    /// <param name="tables">The tables, in template order.</param>
    /// <param name="supersedes">The id of the template this one supersedes, if any.</param>
    /// <param name="claims">The figures a report's text states, each with the cells it states.</param>
    public TemplateMetadata(string id, string title, string notice, TableMetadata[] tables, string? supersedes, ClaimMetadata[] claims)
    {
        Claims = claims;
        Supersedes = supersedes;
        Id = id;
        Title = title;
        Notice = notice;
        Tables = tables;
    }

    /// <summary>The template's id, e.g. gov-info-disclosure-2021.</summary>
    public string Id { get; }

    /// <summary>The format's title.</summary>
    public string Title { get; }

    /// <summary>The notice the format implements, e.g. 国办公开办函〔2021〕30号.</summary>
    public string Notice { get; }

    /// <summary>The id of the template this one supersedes (the previous version of the format), if any.</summary>
    public string? Supersedes { get; }

    /// <summary>The tables, in template order.</summary>
    public IReadOnlyList<TableMetadata> Tables { get; }

    /// <summary>The figures a report's text states (共收到政府信息公开申请6件), each with the cells it states; checked by TemplateGen.Reading.</summary>
    public IReadOnlyList<ClaimMetadata> Claims { get; }

    private static readonly ClaimMetadata[] NoClaims = new ClaimMetadata[0];

    /// <inheritdoc/>
    public override string ToString() => Title + "（" + Notice + "）";
}
