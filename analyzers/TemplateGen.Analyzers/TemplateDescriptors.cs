using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TemplateGen.Analyzers.Resources;
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

    /// <summary>
    /// A diagnostic's title in the language the IDE or build runs in: English, or Chinese (zh-Hans, which zh-CN falls back
    /// to), as System.Text.Json's generator ships its own. The message of a template diagnostic is said by the model.
    /// </summary>
    internal static LocalizableString Title(string name) => new LocalizableResourceString(name + "_Title", DiagnosticText.ResourceManager, typeof(DiagnosticText));

    /// <summary>A diagnostic's message format, localized like its title.</summary>
    internal static LocalizableString Message(string name) => new LocalizableResourceString(name + "_Message", DiagnosticText.ResourceManager, typeof(DiagnosticText));

    /// <summary>Each page says what, why, how to fix, with an example.</summary>
    public const string HelpLinkBase = "https://github.com/TemplateGen/TemplateGen/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        DiagnosticIds.InvalidJson, Title(nameof(DiagnosticIds.InvalidJson)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidJson + ".md");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        DiagnosticIds.UnterminatedString, Title(nameof(DiagnosticIds.UnterminatedString)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnterminatedString + ".md");

    public static readonly DiagnosticDescriptor TrailingComma = new(
        DiagnosticIds.TrailingComma, Title(nameof(DiagnosticIds.TrailingComma)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.TrailingComma + ".md");

    public static readonly DiagnosticDescriptor InvalidEscape = new(
        DiagnosticIds.InvalidEscape, Title(nameof(DiagnosticIds.InvalidEscape)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidEscape + ".md");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        DiagnosticIds.DuplicateKey, Title(nameof(DiagnosticIds.DuplicateKey)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateKey + ".md");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        DiagnosticIds.NestingTooDeep, Title(nameof(DiagnosticIds.NestingTooDeep)), "{0}", JsonCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NestingTooDeep + ".md");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        DiagnosticIds.UnknownProperty, Title(nameof(DiagnosticIds.UnknownProperty)), "{0}", SchemaCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownProperty + ".md");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        DiagnosticIds.InvalidValue, Title(nameof(DiagnosticIds.InvalidValue)), "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidValue + ".md");

    public static readonly DiagnosticDescriptor MissingProperty = new(
        DiagnosticIds.MissingProperty, Title(nameof(DiagnosticIds.MissingProperty)), "{0}", SchemaCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.MissingProperty + ".md");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        DiagnosticIds.DuplicateId, Title(nameof(DiagnosticIds.DuplicateId)), "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateId + ".md");

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        DiagnosticIds.InvalidIdentifier, Title(nameof(DiagnosticIds.InvalidIdentifier)), "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidIdentifier + ".md");

    public static readonly DiagnosticDescriptor UnknownReference = new(
        DiagnosticIds.UnknownReference, Title(nameof(DiagnosticIds.UnknownReference)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownReference + ".md");

    public static readonly DiagnosticDescriptor CyclicTotal = new(
        DiagnosticIds.CyclicTotal, Title(nameof(DiagnosticIds.CyclicTotal)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.CyclicTotal + ".md");

    public static readonly DiagnosticDescriptor MixedValueKinds = new(
        DiagnosticIds.MixedValueKinds, Title(nameof(DiagnosticIds.MixedValueKinds)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.MixedValueKinds + ".md");

    public static readonly DiagnosticDescriptor DuplicatePart = new(
        DiagnosticIds.DuplicatePart, Title(nameof(DiagnosticIds.DuplicatePart)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicatePart + ".md");

    public static readonly DiagnosticDescriptor GroupNotAllowed = new(
        DiagnosticIds.GroupNotAllowed, Title(nameof(DiagnosticIds.GroupNotAllowed)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.GroupNotAllowed + ".md");

    public static readonly DiagnosticDescriptor RuleAlwaysTrue = new(
        DiagnosticIds.RuleAlwaysTrue, Title(nameof(DiagnosticIds.RuleAlwaysTrue)), "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleAlwaysTrue + ".md");

    public static readonly DiagnosticDescriptor PartLeftOut = new(
        DiagnosticIds.PartLeftOut, Title(nameof(DiagnosticIds.PartLeftOut)), "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.PartLeftOut + ".md");

    public static readonly DiagnosticDescriptor RulesForceZero = new(
        DiagnosticIds.RulesForceZero, Title(nameof(DiagnosticIds.RulesForceZero)), "{0}", RulesCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RulesForceZero + ".md");

    public static readonly DiagnosticDescriptor RuleImplied = new(
        DiagnosticIds.RuleImplied, Title(nameof(DiagnosticIds.RuleImplied)), "{0}", RulesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleImplied + ".md");

    public static readonly DiagnosticDescriptor CellFixedByRules = new(
        DiagnosticIds.CellFixedByRules, Title(nameof(DiagnosticIds.CellFixedByRules)), "{0}", RulesCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.CellFixedByRules + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternInvalid = new(
        DiagnosticIds.ClaimPatternInvalid, Title(nameof(DiagnosticIds.ClaimPatternInvalid)), "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternInvalid + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternGroups = new(
        DiagnosticIds.ClaimPatternGroups, Title(nameof(DiagnosticIds.ClaimPatternGroups)), "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternGroups + ".md");

    public static readonly DiagnosticDescriptor ClaimPatternMatchesEmpty = new(
        DiagnosticIds.ClaimPatternMatchesEmpty, Title(nameof(DiagnosticIds.ClaimPatternMatchesEmpty)), "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimPatternMatchesEmpty + ".md");

    public static readonly DiagnosticDescriptor ClaimUnknownCell = new(
        DiagnosticIds.ClaimUnknownCell, Title(nameof(DiagnosticIds.ClaimUnknownCell)), "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimUnknownCell + ".md");

    public static readonly DiagnosticDescriptor ClaimGroupCell = new(
        DiagnosticIds.ClaimGroupCell, Title(nameof(DiagnosticIds.ClaimGroupCell)), "{0}", ClaimsCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ClaimGroupCell + ".md");

    public static readonly DiagnosticDescriptor EmptyGroup = new(
        DiagnosticIds.EmptyGroup, Title(nameof(DiagnosticIds.EmptyGroup)), "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.EmptyGroup + ".md");

    public static readonly DiagnosticDescriptor NumberingOutOfSequence = new(
        DiagnosticIds.NumberingOutOfSequence, Title(nameof(DiagnosticIds.NumberingOutOfSequence)), "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NumberingOutOfSequence + ".md");

    public static readonly DiagnosticDescriptor DuplicateSiblingLabel = new(
        DiagnosticIds.DuplicateSiblingLabel, Title(nameof(DiagnosticIds.DuplicateSiblingLabel)), "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateSiblingLabel + ".md");

    public static readonly DiagnosticDescriptor NoDataCells = new(
        DiagnosticIds.NoDataCells, Title(nameof(DiagnosticIds.NoDataCells)), "{0}", StructureCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.NoDataCells + ".md");

    public static readonly DiagnosticDescriptor GroupCarriesData = new(
        DiagnosticIds.GroupCarriesData, Title(nameof(DiagnosticIds.GroupCarriesData)), "{0}", StructureCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.GroupCarriesData + ".md");

    public static readonly DiagnosticDescriptor UnknownPredecessor = new(
        DiagnosticIds.UnknownPredecessor, Title(nameof(DiagnosticIds.UnknownPredecessor)), "{0}", LineageCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownPredecessor + ".md");

    public static readonly DiagnosticDescriptor UnknownPredecessorMember = new(
        DiagnosticIds.UnknownPredecessorMember, Title(nameof(DiagnosticIds.UnknownPredecessorMember)), "{0}", LineageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownPredecessorMember + ".md");

    public static readonly DiagnosticDescriptor UnknownReport = new(
        DiagnosticIds.UnknownReport, Title(nameof(DiagnosticIds.UnknownReport)), "{0}", RulesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownReport + ".md");

    public static readonly DiagnosticDescriptor RuleNotAcrossFormats = new(
        DiagnosticIds.RuleNotAcrossFormats, Title(nameof(DiagnosticIds.RuleNotAcrossFormats)), "{0}", LineageCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuleNotAcrossFormats + ".md");

    public static readonly DiagnosticDescriptor SupersessionCycle = new(
        DiagnosticIds.SupersessionCycle, Title(nameof(DiagnosticIds.SupersessionCycle)), "{0}", LineageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.SupersessionCycle + ".md");

    /// <summary>Two templates would generate the same type.</summary>
    public static readonly DiagnosticDescriptor DuplicateGeneratedType = new(
        DiagnosticIds.DuplicateGeneratedType, Title(nameof(DiagnosticIds.DuplicateGeneratedType)), "{0}", NamingCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateGeneratedType + ".md");

    /// <summary>The project's C# version cannot compile the generated code.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        DiagnosticIds.LanguageVersionTooOld, Title(nameof(DiagnosticIds.LanguageVersionTooOld)), "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.LanguageVersionTooOld + ".md");

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        DiagnosticIds.RuntimeNotReferenced, Title(nameof(DiagnosticIds.RuntimeNotReferenced)), "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.RuntimeNotReferenced + ".md");

    /// <summary>A step of TemplateGen threw on a template (a bug): said once, instead of AD0001 or CS8785.</summary>
    public static readonly DiagnosticDescriptor ProcessingFailed = new(
        DiagnosticIds.ProcessingFailed, Title(nameof(DiagnosticIds.ProcessingFailed)), "{0}", ProjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.ProcessingFailed + ".md");

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
