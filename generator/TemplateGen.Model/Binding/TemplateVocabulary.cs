namespace TemplateGen.Templates.Binding;

/// <summary>
/// The property names each kind of template object accepts. docs/template.schema.json lists the same
/// names; a test keeps the two in step.
/// </summary>
public static class TemplateVocabulary
{
    /// <summary>Properties of the template object.</summary>
    public static readonly string[] Template = { "$schema", "id", "title", "notice", "namespace", "supersedes", "accessibility", "domainRule", "sections", "claims" };

    /// <summary>The properties of a claim: a figure the report's text states.</summary>
    public static readonly string[] Claim = { "id", "label", "severity", "cells", "patterns", "notNear" };

    /// <summary>Properties of the domain rule.</summary>
    public static readonly string[] DomainRule = { "id", "severity", "message" };

    /// <summary>Properties of a section.</summary>
    public static readonly string[] Section = { "number", "label", "tables" };

    /// <summary>Properties of a table.</summary>
    public static readonly string[] Table = { "id", "was", "number", "label", "corner", "kind", "columns", "rows", "rules" };

    /// <summary>Properties of a column.</summary>
    public static readonly string[] Column = { "id", "was", "number", "label", "kind", "unit", "decimals", "columns" };

    /// <summary>Properties of a row.</summary>
    public static readonly string[] Row = { "id", "was", "number", "label", "rows" };

    /// <summary>Properties of a rule.</summary>
    public static readonly string[] Rule = { "id", "severity", "message", "between", "total", "parts", "left", "right", "equations" };

    /// <summary>
    /// The qualifier of a rule term that names a cell of the previous year's report of the same body
    /// (<c>"previous.CarriedForward"</c>); an unqualified term names a cell of this report.
    /// </summary>
    public const string PreviousReport = "previous";

    /// <summary>Properties of one entry of a rule's "equations".</summary>
    public static readonly string[] Equation = { "total", "parts", "left", "right" };
}
