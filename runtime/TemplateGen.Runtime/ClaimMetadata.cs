using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>
/// A figure a report states in its text (共收到政府信息公开申请6件), the patterns that find it, and the cells whose sum it
/// states; <c>TemplateGen.Reading</c> checks it against the tables.
/// </summary>
public sealed class ClaimMetadata
{
    /// <summary>Creates a claim; the generated report's metadata creates them from the template.</summary>
    /// <param name="id">Stable id reported with every outcome.</param>
    /// <param name="label">What the figure is, e.g. 本年新收政府信息公开申请.</param>
    /// <param name="severity">How a figure the text states differently from the tables is reported.</param>
    /// <param name="cells">The cells whose sum the figure states, by table, row and column id.</param>
    /// <param name="patterns">Regular expressions with one capture group, the number.</param>
    /// <param name="notNear">Words that, just before or inside a match, show it states something else.</param>
    public ClaimMetadata(string id, string label, RuleSeverity severity, ClaimCell[] cells, string[] patterns, string[] notNear)
    {
        Id = id;
        Label = label;
        Severity = severity;
        Cells = cells;
        Patterns = patterns;
        NotNear = notNear;
    }

    /// <summary>The claim's id, e.g. C1.</summary>
    public string Id { get; }

    /// <summary>What the figure is.</summary>
    public string Label { get; }

    /// <summary>How a figure the text states differently from the tables is reported.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The cells whose sum the figure states.</summary>
    public IReadOnlyList<ClaimCell> Cells { get; }

    /// <summary>Regular expressions with one capture group, the number.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Words that, just before or inside a match, show it states something else (备案, 同比).</summary>
    public IReadOnlyList<string> NotNear { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " " + Label;
}

/// <summary>A data cell a claim states, by the ids of its table, row and column.</summary>
public sealed class ClaimCell
{
    /// <summary>Creates a reference to a cell.</summary>
    /// <param name="table">The table's id.</param>
    /// <param name="row">The data row's id.</param>
    /// <param name="column">The data column's id.</param>
    public ClaimCell(string table, string row, string column)
    {
        Table = table;
        Row = row;
        Column = column;
    }

    /// <summary>The table's id.</summary>
    public string Table { get; }

    /// <summary>The data row's id.</summary>
    public string Row { get; }

    /// <summary>The data column's id.</summary>
    public string Column { get; }

    /// <inheritdoc/>
    public override string ToString() => Table + "." + Row + "." + Column;
}
