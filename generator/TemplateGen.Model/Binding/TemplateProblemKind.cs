namespace TemplateGen.Templates.Binding;

/// <summary>
/// Every kind of inconsistency the template reader and validator find. The analyzers map each kind to a
/// diagnostic ID; the generator uses them only to decide what it can still generate.
/// </summary>
public enum TemplateProblemKind
{
    /// <summary>Malformed JSON: a string is never closed.</summary>
    UnterminatedString,
    /// <summary>Malformed JSON: a comma before <c>}</c> or <c>]</c>.</summary>
    TrailingComma,
    /// <summary>Malformed JSON: an escape sequence RFC 8259 does not define.</summary>
    InvalidEscape,
    /// <summary>Malformed JSON: the same key twice in one object.</summary>
    DuplicateKey,
    /// <summary>Malformed JSON: a token where it cannot stand, or the text ends early.</summary>
    UnexpectedToken,
    /// <summary>Malformed JSON: arrays and objects nested deeper than the reader allows.</summary>
    NestingTooDeep,
    /// <summary>A property the template format does not define.</summary>
    UnknownProperty,
    /// <summary>A value of the wrong JSON type or outside its allowed set.</summary>
    InvalidValue,
    /// <summary>A required property is absent.</summary>
    MissingProperty,
    /// <summary>Two tables, rows, columns or rules share an id.</summary>
    DuplicateId,
    /// <summary>An id that cannot be a C# identifier, is a keyword, or collides with a generated member.</summary>
    InvalidIdentifier,
    /// <summary>A rule names a row or column the table does not have.</summary>
    UnknownReference,
    /// <summary>A total that is part of itself, directly or through other totals.</summary>
    CyclicTotal,
    /// <summary>The terms of one rule have different value kinds or units.</summary>
    MixedValueKinds,
    /// <summary>A total or equation that names the same cell twice.</summary>
    DuplicatePart,
    /// <summary>A table with no data row or no data column.</summary>
    NoDataCells,
    /// <summary>A rule that names a header-only group where a data cell is required.</summary>
    GroupNotAllowed,
    /// <summary>A rule whose two sides are the same cells, so it can never fail.</summary>
    RuleAlwaysTrue,
    /// <summary>A data row or column under the total's own group that the total's parts leave out.</summary>
    PartLeftOut,
    /// <summary>A group declared with an empty list of children.</summary>
    EmptyGroup,
    /// <summary>Sibling numbers that skip or repeat (一、二、四; （一）（二）（四）; 1. 2. 2.).</summary>
    NumberingOutOfSequence,
    /// <summary>Two siblings with the same label.</summary>
    DuplicateSiblingLabel,
    /// <summary>A header-only column group that states what only data columns have (unit, decimals).</summary>
    GroupCarriesData,
    /// <summary>"supersedes" names a template the project does not have (information: the template works on its own).</summary>
    UnknownPredecessor,
    /// <summary>"was" names a table, row or column the superseded template does not have, or there is none to name.</summary>
    UnknownPredecessorMember,
    /// <summary>Templates that supersede each other in a circle.</summary>
    SupersessionCycle,

    /// <summary>A rule term names a report other than this one or the previous year's ("prev.CarriedForward").</summary>
    UnknownReport,

    /// <summary>A rule across reports cannot be checked against reports in the superseded format.</summary>
    RuleNotAcrossFormats,

    /// <summary>Rules that together leave some cells no value but 0 (unless they may be negative).</summary>
    RulesForceZero,

    /// <summary>A rule that follows from the rules declared before it (information: the rule set is not minimal).</summary>
    RuleImplied,

    /// <summary>A data row or column the rules make a plain sum of others (or equal to one), though no rule marks it as a total.</summary>
    CellFixedByRules,

    /// <summary>A claim's pattern is not a valid regular expression.</summary>
    ClaimPatternInvalid,

    /// <summary>A claim's pattern has no capture group for the number, or more than one.</summary>
    ClaimPatternGroups,

    /// <summary>A claim's pattern matches the empty string, so it would match everywhere.</summary>
    ClaimPatternMatchesEmpty,

    /// <summary>A claim names a table, row or column the template does not have, or not as Table.Row.Column.</summary>
    ClaimUnknownCell,

    /// <summary>A claim names a header-only group, which has no cell of its own.</summary>
    ClaimGroupCell,
}
