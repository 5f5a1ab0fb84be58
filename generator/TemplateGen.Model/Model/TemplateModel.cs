using System.Linq;

namespace TemplateGen.Templates.Model;

/// <summary>What a data cell holds.</summary>
public enum ValueKind
{
    /// <summary>A non-negative whole number (件, 个): every cell of 三 and 四.</summary>
    Count,
    /// <summary>A whole number that may be negative: 本年增/减, published as 增49, 减15, -18 or 0.</summary>
    SignedCount,
    /// <summary>A decimal amount in a unit such as 万元, compared with a tolerance from its reported decimals.</summary>
    Amount,
}

/// <summary>How a failed rule is reported.</summary>
public enum RuleSeverity
{
    /// <summary>The report is wrong.</summary>
    Error,
    /// <summary>The report is implausible and should be looked at.</summary>
    Warning,
}

/// <summary>Which way a rule's terms run.</summary>
public enum RuleDirection
{
    /// <summary>The terms are rows; the rule holds in every data column (S1, I1).</summary>
    BetweenRows,
    /// <summary>The terms are columns; the rule holds in every data row (I2, I3).</summary>
    BetweenColumns,
}

/// <summary>A validated template: only the parts free of errors, without source positions, compared by value.</summary>
/// <param name="Id">Stable template id, e.g. <c>gov-info-disclosure-2021</c>.</param>
/// <param name="Title">The format's title.</param>
/// <param name="Notice">The notice the format implements, e.g. 国办公开办函〔2021〕30号.</param>
/// <param name="Namespace">The C# namespace of the generated types.</param>
/// <param name="DomainRule">The rule that reports negative counts, if the template declares one.</param>
/// <param name="Tables">The tables in template order.</param>
/// <param name="Supersedes">The id of the template this one supersedes (the previous version of the format), if any.</param>
/// <param name="Claims">The figures a report's text states, each checked against the cells it states; only those free of errors.</param>
/// <param name="IsPublic">Whether the generated types are <c>public</c> (a library that exposes its typed report) rather than <c>internal</c>.</param>
public sealed record Template(
    string Id,
    string Title,
    string Notice,
    string Namespace,
    DomainRule? DomainRule,
    EquatableArray<Table> Tables,
    string? Supersedes = null,
    EquatableArray<Claim> Claims = default,
    bool IsPublic = false)
{
    /// <summary>The C# accessibility of every generated type: <c>public</c> or <c>internal</c>.</summary>
    public string Accessibility => IsPublic ? "public" : "internal";
}

/// <summary>A figure a report states in its text (共收到政府信息公开申请6件), and the cells whose sum it states.</summary>
/// <param name="Id">Stable id reported with every outcome.</param>
/// <param name="Label">What the figure is, e.g. 本年新收政府信息公开申请.</param>
/// <param name="Severity">How a figure the text states differently from the tables is reported.</param>
/// <param name="Cells">The data cells whose sum the figure states.</param>
/// <param name="Patterns">Regular expressions with one capture group, the number.</param>
/// <param name="NotNear">Words that, just before or inside a match, show it states something else (备案, 同比).</param>
public sealed record Claim(string Id, string Label, RuleSeverity Severity, EquatableArray<ClaimCell> Cells, EquatableArray<string> Patterns, EquatableArray<string> NotNear);

/// <summary>A data cell a claim states, by the ids of its table, row and column.</summary>
/// <param name="Table">The table's id.</param>
/// <param name="Row">The data row's id.</param>
/// <param name="Column">The data column's id.</param>
public sealed record ClaimCell(string Table, string Row, string Column);

/// <summary>The rule that every <see cref="ValueKind.Count"/> cell is non-negative (P1).</summary>
/// <param name="Id">Rule id reported in violations.</param>
/// <param name="Severity">How a violation is reported.</param>
/// <param name="Message">Official wording.</param>
public sealed record DomainRule(string Id, RuleSeverity Severity, string Message);

/// <summary>One table of the format.</summary>
/// <param name="Id">The C# class name.</param>
/// <param name="SectionNumber">Section number as printed, e.g. 三、.</param>
/// <param name="SectionLabel">Section title, e.g. 收到和处理政府信息公开申请情况.</param>
/// <param name="Number">The table's own number within its section, e.g. 第二十条第（一）项; may be empty.</param>
/// <param name="Label">The table's own title; may be empty.</param>
/// <param name="Corner">The text of the corner cell above the row labels, e.g. 信息内容.</param>
/// <param name="Columns">Column headers, depth first; groups precede their children.</param>
/// <param name="Rows">Row headers, depth first; groups precede their children.</param>
/// <param name="Rules">The rules free of errors.</param>
/// <param name="Was">The table's id in the superseded template, when it was renamed; otherwise it continues the table of its own id.</param>
/// <param name="KeepsFormerName">Whether the Report keeps <paramref name="Was"/> as an obsolete property that forwards to this table.</param>
/// <param name="RulesAcrossReports">The rules free of errors that also name cells of the previous year's report (X1 to X4); never part of one report's checks.</param>
public sealed record Table(
    string Id,
    string SectionNumber,
    string SectionLabel,
    string Number,
    string Label,
    string Corner,
    EquatableArray<Header> Columns,
    EquatableArray<Header> Rows,
    EquatableArray<Rule> Rules,
    string? Was = null,
    bool KeepsFormerName = false,
    EquatableArray<Rule> RulesAcrossReports = default)
{
    /// <summary>Section and table number and label as printed, e.g. 二、主动公开政府信息情况 第二十条第（一）项.</summary>
    public string Title => string.Join(" ", new[] { SectionNumber + SectionLabel, Number + Label }.Where(part => part.Length > 0));
}

/// <summary>A row or column header: a data row or column, or a header-only group.</summary>
/// <param name="Id">The C# member name (data) or a name rules can use for the group.</param>
/// <param name="Number">Official number as printed, e.g. 一、 （三） 1.; may be empty.</param>
/// <param name="Label">Official label without its number.</param>
/// <param name="Parent">Index of the parent group in the same list, or -1.</param>
/// <param name="Depth">0 for top-level headers.</param>
/// <param name="DataIndex">Index among data rows or columns, or -1 for a group.</param>
/// <param name="Kind">Value kind of the column's cells (columns only).</param>
/// <param name="Unit">Unit such as 万元, if any (columns only).</param>
/// <param name="Decimals">Decimals the form asks for, if stated (amount columns only).</param>
/// <param name="HasMember">
/// False when the id cannot name a generated member (a TG error says why): the header keeps its cells, rules and
/// metadata but gets no property, so the rest of its table still compiles and the TG error is the only error.
/// </param>
/// <param name="Was">The header's id in the superseded template, when it was renamed; otherwise it continues the header of its own id.</param>
/// <param name="KeepsFormerName">Whether <paramref name="Was"/> is generated as an obsolete member that forwards to this one, so code written against the earlier format still compiles.</param>
public sealed record Header(
    string Id,
    string Number,
    string Label,
    int Parent,
    int Depth,
    int DataIndex,
    ValueKind Kind,
    string? Unit,
    int? Decimals,
    bool HasMember = true,
    string? Was = null,
    bool KeepsFormerName = false)
{
    /// <summary>Whether this header is a group without cells of its own.</summary>
    public bool IsGroup => DataIndex < 0;

    /// <summary>Number and label as printed, e.g. （一）予以公开.</summary>
    public string FullLabel => Number + Label;
}

/// <summary>A balance rule (勾稽关系) over one table.</summary>
/// <param name="Id">Stable id, e.g. S1 or I2.</param>
/// <param name="Severity">How a failure is reported.</param>
/// <param name="Message">Official wording of the rule.</param>
/// <param name="Direction">Whether the terms are rows or columns.</param>
/// <param name="Equations">The equations the rule states; each holds in every data line of the other direction.</param>
public sealed record Rule(
    string Id,
    RuleSeverity Severity,
    string Message,
    RuleDirection Direction,
    EquatableArray<Equation> Equations);

/// <summary>
/// Sum of <paramref name="Left"/> equals sum of <paramref name="Right"/>. A total is an equation whose
/// left side is the single total cell (<paramref name="IsTotal"/>).
/// </summary>
/// <param name="IsTotal">Whether the left side is one total cell that can be filled from the right side.</param>
/// <param name="Left">Data indexes (rows or columns) on the left, groups expanded.</param>
/// <param name="Right">Data indexes on the right, groups expanded.</param>
/// <param name="PreviousLeft">
/// Terms on the left that name cells of the previous year's report, as header indexes of this table (not data
/// indexes): each header is followed into the previous report's format by its id or former id, and a group
/// there or here stands for the sum of its data headers.
/// </param>
/// <param name="PreviousRight">Terms on the right that name cells of the previous year's report, as header indexes.</param>
public sealed record Equation(bool IsTotal, EquatableArray<int> Left, EquatableArray<int> Right, EquatableArray<int> PreviousLeft = default, EquatableArray<int> PreviousRight = default);
