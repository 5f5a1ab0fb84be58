using System;
using System.Collections.Generic;

namespace TemplateGen;

/// <summary>Layout and rules of one generated table.</summary>
public sealed class TableMetadata
{
    /// <summary>Creates a table's metadata and links its headers into a hierarchy; generated code calls this.</summary>
    /// <param name="id">The template id of the table, also its class name.</param>
    /// <param name="sectionNumber">Section number as printed, e.g. 三、.</param>
    /// <param name="sectionLabel">Section title.</param>
    /// <param name="number">The table's number within its section; may be empty.</param>
    /// <param name="label">The table's own title; may be empty.</param>
    /// <param name="corner">Text of the corner cell above the row labels.</param>
    /// <param name="columns">All column headers, depth first; each belongs to this table only.</param>
    /// <param name="rows">All row headers, depth first; each belongs to this table only.</param>
    /// <param name="rules">The balance rules.</param>
    /// <param name="domainRule">The rule that counts are non-negative, if any.</param>
    /// <param name="rulesAcrossReports">The rules that also name cells of the previous year's report (X1 to X4); checked by <see cref="PreviousYearChecks"/>, never by <see cref="IReportTable.Validate"/>.</param>
    /// <param name="was">The table's id in the superseded format, when it was renamed.</param>
    /// <exception cref="ArgumentException">A header list is not depth first or shares a header with another table.</exception>
    public TableMetadata(string id, string sectionNumber, string sectionLabel, string number, string label, string corner, HeaderMetadata[] columns, HeaderMetadata[] rows, RuleMetadata[] rules, RuleMetadata? domainRule, RuleMetadata[]? rulesAcrossReports = null, string? was = null)
    {
        RulesAcrossReports = rulesAcrossReports ?? new RuleMetadata[0];
        Was = was;
        Id = id;
        SectionNumber = sectionNumber;
        SectionLabel = sectionLabel;
        Number = number;
        Label = label;
        Corner = corner;
        HeaderMetadata.Link(columns, nameof(columns));
        HeaderMetadata.Link(rows, nameof(rows));
        Columns = columns;
        Rows = rows;
        Rules = rules;
        DomainRule = domainRule;
        DataColumns = Array.FindAll(columns, c => !c.IsGroup);
        DataRows = Array.FindAll(rows, r => !r.IsGroup);
        Checks = new TableChecks(this);
    }

    /// <summary>The rules that also name cells of the previous year's report (X1 to X4); see <see cref="PreviousYearChecks"/>.</summary>
    public IReadOnlyList<RuleMetadata> RulesAcrossReports { get; }

    /// <summary>The table's id in the superseded format, when it was renamed; otherwise it continues the table of its own id there.</summary>
    public string? Was { get; }

    /// <summary>The template id of the table, also its class name.</summary>
    public string Id { get; }

    /// <summary>Section number as printed, e.g. 三、.</summary>
    public string SectionNumber { get; }

    /// <summary>Section title.</summary>
    public string SectionLabel { get; }

    /// <summary>The table's number within its section, e.g. 第二十条第（一）项; may be empty.</summary>
    public string Number { get; }

    /// <summary>The table's own title; may be empty.</summary>
    public string Label { get; }

    /// <summary>Text of the corner cell above the row labels.</summary>
    public string Corner { get; }

    /// <summary>All column headers, depth first.</summary>
    public IReadOnlyList<HeaderMetadata> Columns { get; }

    /// <summary>All row headers, depth first.</summary>
    public IReadOnlyList<HeaderMetadata> Rows { get; }

    /// <summary>Data columns in <see cref="IReportTable.GetValue"/> order.</summary>
    public IReadOnlyList<HeaderMetadata> DataColumns { get; }

    /// <summary>Data rows in <see cref="IReportTable.GetValue"/> order.</summary>
    public IReadOnlyList<HeaderMetadata> DataRows { get; }

    /// <summary>The balance rules checked by Validate.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    /// <summary>The rule that counts are non-negative, if the template declares one.</summary>
    public RuleMetadata? DomainRule { get; }

    /// <summary>The rules compiled for the generated table's Validate and ComputeTotals.</summary>
    internal TableChecks Checks { get; }

    /// <summary>The short name a reader knows the table by: its section number and own number (二、第二十条第（一）项), else its section heading.</summary>
    public string ShortTitle => Number.Length > 0 ? SectionNumber + Number : SectionNumber + SectionLabel;

    /// <inheritdoc/>
    public override string ToString() => (SectionNumber + SectionLabel + " " + Number + Label).Trim();
}
