using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TemplateGen.Diagnostics;
using TemplateGen.Templates.Binding;

namespace TemplateGen.Analyzers;

/// <summary>The descriptor of every template diagnostic, and which problem kind each one reports.</summary>
internal static class TemplateDescriptors
{
    public const string JsonCategory = "TemplateGen.Json";
    public const string SchemaCategory = "TemplateGen.Schema";
    public const string NamingCategory = "TemplateGen.Naming";
    public const string RulesCategory = "TemplateGen.Rules";
    public const string StructureCategory = "TemplateGen.Structure";
    public const string ProjectCategory = "TemplateGen.Project";
    public const string LineageCategory = "TemplateGen.Lineage";
    public const string ClaimsCategory = "TemplateGen.Claims";

    /// <summary>Each page says what, why, how to fix, with an example.</summary>
    public const string HelpLinkBase = "https://github.com/TemplateGen/TemplateGen/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        DiagnosticIds.InvalidJson, "Template is not valid JSON", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidJson + ".md");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        DiagnosticIds.UnterminatedString, "Unterminated string", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnterminatedString + ".md");

    public static readonly DiagnosticDescriptor TrailingComma = new(
        DiagnosticIds.TrailingComma, "Trailing comma", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.TrailingComma + ".md");

    public static readonly DiagnosticDescriptor InvalidEscape = new(
        DiagnosticIds.InvalidEscape, "Invalid escape sequence", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidEscape + ".md");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        DiagnosticIds.DuplicateKey, "Duplicate key", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateKey + ".md");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        DiagnosticIds.NestingTooDeep, "Nesting too deep", "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NestingTooDeep + ".md");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        DiagnosticIds.UnknownProperty, "Unknown property", "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownProperty + ".md");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        DiagnosticIds.InvalidValue, "Invalid value", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidValue + ".md");

    public static readonly DiagnosticDescriptor MissingProperty = new(
        DiagnosticIds.MissingProperty, "Missing required property", "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.MissingProperty + ".md");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        DiagnosticIds.DuplicateId, "Duplicate id", "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateId + ".md");

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        DiagnosticIds.InvalidIdentifier, "Id is not a usable C# name", "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidIdentifier + ".md");

    public static readonly DiagnosticDescriptor UnknownReference = new(
        DiagnosticIds.UnknownReference, "Rule names an unknown row or column", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownReference + ".md");

    public static readonly DiagnosticDescriptor CyclicTotal = new(
        DiagnosticIds.CyclicTotal, "Total includes itself", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.CyclicTotal + ".md");

    public static readonly DiagnosticDescriptor MixedValueKinds = new(
        DiagnosticIds.MixedValueKinds, "Rule mixes value kinds or units", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.MixedValueKinds + ".md");

    public static readonly DiagnosticDescriptor DuplicatePart = new(
        DiagnosticIds.DuplicatePart, "Rule counts a part twice", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicatePart + ".md");

    public static readonly DiagnosticDescriptor GroupNotAllowed = new(
        DiagnosticIds.GroupNotAllowed, "Header-only group where a cell is needed", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.GroupNotAllowed + ".md");

    public static readonly DiagnosticDescriptor RuleAlwaysTrue = new(
        DiagnosticIds.RuleAlwaysTrue, "Rule can never fail", "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleAlwaysTrue + ".md");

    public static readonly DiagnosticDescriptor PartLeftOut = new(
        DiagnosticIds.PartLeftOut, "Total leaves out a row or column of its group", "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.PartLeftOut + ".md");

    public static readonly DiagnosticDescriptor RulesForceZero = new(
        DiagnosticIds.RulesForceZero, "Rules force cells to be 0", "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RulesForceZero + ".md");

    public static readonly DiagnosticDescriptor RuleImplied = new(
        DiagnosticIds.RuleImplied, "Rule follows from other rules", "{0}", RulesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleImplied + ".md");

    public static readonly DiagnosticDescriptor CellFixedByRules = new(
        DiagnosticIds.CellFixedByRules, "Rules make a cell a sum, but it is not a total", "{0}", RulesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.CellFixedByRules + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternInvalid = new(
        DiagnosticIds.ClaimPatternInvalid, "Claim pattern is not a valid regular expression", "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternInvalid + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternGroups = new(
        DiagnosticIds.ClaimPatternGroups, "Claim pattern needs exactly one capture group", "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternGroups + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternMatchesEmpty = new(
        DiagnosticIds.ClaimPatternMatchesEmpty, "Claim pattern matches the empty string", "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternMatchesEmpty + ".md");

    public static readonly DiagnosticDescriptor ClaimUnknownCell = new(
        DiagnosticIds.ClaimUnknownCell, "Claim names an unknown cell", "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimUnknownCell + ".md");

    public static readonly DiagnosticDescriptor ClaimGroupCell = new(
        DiagnosticIds.ClaimGroupCell, "Claim names a header-only group", "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimGroupCell + ".md");

    public static readonly DiagnosticDescriptor EmptyGroup = new(
        DiagnosticIds.EmptyGroup, "Empty group", "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.EmptyGroup + ".md");

    public static readonly DiagnosticDescriptor NumberingOutOfSequence = new(
        DiagnosticIds.NumberingOutOfSequence, "Numbering out of sequence", "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NumberingOutOfSequence + ".md");

    public static readonly DiagnosticDescriptor DuplicateSiblingLabel = new(
        DiagnosticIds.DuplicateSiblingLabel, "Duplicate label among siblings", "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateSiblingLabel + ".md");

    public static readonly DiagnosticDescriptor NoDataCells = new(
        DiagnosticIds.NoDataCells, "Table has no data cells", "{0}", StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NoDataCells + ".md");

    public static readonly DiagnosticDescriptor GroupCarriesData = new(
        DiagnosticIds.GroupCarriesData, "Column group states cell properties", "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.GroupCarriesData + ".md");

    public static readonly DiagnosticDescriptor UnknownPredecessor = new(
        DiagnosticIds.UnknownPredecessor, "Superseded template not in the project", "{0}", LineageCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownPredecessor + ".md");

    public static readonly DiagnosticDescriptor UnknownPredecessorMember = new(
        DiagnosticIds.UnknownPredecessorMember, "Former id not found in the superseded template", "{0}", LineageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownPredecessorMember + ".md");

    public static readonly DiagnosticDescriptor UnknownReport = new(
        DiagnosticIds.UnknownReport, "Rule names an unknown report", "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownReport + ".md");

    public static readonly DiagnosticDescriptor RuleNotAcrossFormats = new(
        DiagnosticIds.RuleNotAcrossFormats, "Rule across reports not checked against the superseded format", "{0}", LineageCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleNotAcrossFormats + ".md");

    public static readonly DiagnosticDescriptor SupersessionCycle = new(
        DiagnosticIds.SupersessionCycle, "Templates supersede each other in a circle", "{0}", LineageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.SupersessionCycle + ".md");

    /// <summary>Two templates would generate the same type.</summary>
    public static readonly DiagnosticDescriptor DuplicateGeneratedType = new(
        DiagnosticIds.DuplicateGeneratedType, "Two templates generate the same type", "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateGeneratedType + ".md");

    /// <summary>The project's C# version cannot compile the generated code.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        DiagnosticIds.LanguageVersionTooOld, "C# version too old for the generated code", "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.LanguageVersionTooOld + ".md");

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        DiagnosticIds.RuntimeNotReferenced, "TemplateGen.Runtime is not referenced", "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuntimeNotReferenced + ".md");

    /// <summary>A step of TemplateGen threw on a template (a bug): said once, instead of AD0001 or CS8785.</summary>
    public static readonly DiagnosticDescriptor ProcessingFailed = new(
        DiagnosticIds.ProcessingFailed, "TemplateGen could not process a template", "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ProcessingFailed + ".md");

    // Descriptors are spelled out above (not built by a helper) so release tracking (RS2008) can read them.
    private static readonly Dictionary<TemplateProblemKind, DiagnosticDescriptor> ByKind = new()
    {
        [TemplateProblemKind.UnexpectedToken] = InvalidJson,
        [TemplateProblemKind.UnterminatedString] = UnterminatedString,
        [TemplateProblemKind.TrailingComma] = TrailingComma,
        [TemplateProblemKind.InvalidEscape] = InvalidEscape,
        [TemplateProblemKind.DuplicateKey] = DuplicateKey,
        [TemplateProblemKind.NestingTooDeep] = NestingTooDeep,
        [TemplateProblemKind.UnknownProperty] = UnknownProperty,
        [TemplateProblemKind.InvalidValue] = InvalidValue,
        [TemplateProblemKind.MissingProperty] = MissingProperty,
        [TemplateProblemKind.DuplicateId] = DuplicateId,
        [TemplateProblemKind.InvalidIdentifier] = InvalidIdentifier,
        [TemplateProblemKind.UnknownReference] = UnknownReference,
        [TemplateProblemKind.CyclicTotal] = CyclicTotal,
        [TemplateProblemKind.MixedValueKinds] = MixedValueKinds,
        [TemplateProblemKind.DuplicatePart] = DuplicatePart,
        [TemplateProblemKind.GroupNotAllowed] = GroupNotAllowed,
        [TemplateProblemKind.RuleAlwaysTrue] = RuleAlwaysTrue,
        [TemplateProblemKind.PartLeftOut] = PartLeftOut,
        [TemplateProblemKind.EmptyGroup] = EmptyGroup,
        [TemplateProblemKind.NumberingOutOfSequence] = NumberingOutOfSequence,
        [TemplateProblemKind.DuplicateSiblingLabel] = DuplicateSiblingLabel,
        [TemplateProblemKind.NoDataCells] = NoDataCells,
        [TemplateProblemKind.GroupCarriesData] = GroupCarriesData,
        [TemplateProblemKind.UnknownPredecessor] = UnknownPredecessor,
        [TemplateProblemKind.UnknownPredecessorMember] = UnknownPredecessorMember,
        [TemplateProblemKind.SupersessionCycle] = SupersessionCycle,
        [TemplateProblemKind.UnknownReport] = UnknownReport,
        [TemplateProblemKind.RuleNotAcrossFormats] = RuleNotAcrossFormats,
        [TemplateProblemKind.RulesForceZero] = RulesForceZero,
        [TemplateProblemKind.RuleImplied] = RuleImplied,
        [TemplateProblemKind.CellFixedByRules] = CellFixedByRules,
        [TemplateProblemKind.ClaimPatternInvalid] = ClaimPatternInvalid,
        [TemplateProblemKind.ClaimPatternGroups] = ClaimPatternGroups,
        [TemplateProblemKind.ClaimPatternMatchesEmpty] = ClaimPatternMatchesEmpty,
        [TemplateProblemKind.ClaimUnknownCell] = ClaimUnknownCell,
        [TemplateProblemKind.ClaimGroupCell] = ClaimGroupCell,
    };

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ByKind.Values.Append(DuplicateGeneratedType).Append(LanguageVersionTooOld).Append(RuntimeNotReferenced).Append(ProcessingFailed).ToImmutableArray();

    public static DiagnosticDescriptor For(TemplateProblemKind kind) => ByKind[kind];
}
