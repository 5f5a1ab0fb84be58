namespace TemplateGen.Diagnostics;

/// <summary>
/// Every diagnostic ID TemplateGen reports. Compiled into the analyzers and the code fixes, which cannot
/// share an assembly (the fixes reference Workspaces). Each has a page docs/diagnostics/ID.md.
/// </summary>
internal static class DiagnosticIds
{
    // Malformed JSON
    public const string InvalidJson = "TG0001";
    public const string UnterminatedString = "TG0002";
    public const string TrailingComma = "TG0003";
    public const string InvalidEscape = "TG0004";
    public const string DuplicateKey = "TG0005";
    public const string NestingTooDeep = "TG0006";

    // A bug: a step of TemplateGen failed on a template (the generator reports it with the same id)
    public const string ProcessingFailed = "TG0007";

    // Template shape
    public const string UnknownProperty = "TG0101";
    public const string InvalidValue = "TG0102";
    public const string MissingProperty = "TG0103";

    // Ids and generated names
    public const string DuplicateId = "TG0201";
    public const string InvalidIdentifier = "TG0202";
    public const string DuplicateGeneratedType = "TG0203";
    public const string LanguageVersionTooOld = "TG0204";
    public const string RuntimeNotReferenced = "TG0205";

    // Rules
    public const string UnknownReference = "TG0301";
    public const string CyclicTotal = "TG0302";
    public const string MixedValueKinds = "TG0303";
    public const string DuplicatePart = "TG0304";
    public const string GroupNotAllowed = "TG0305";
    public const string RuleAlwaysTrue = "TG0306";
    public const string PartLeftOut = "TG0307";
    public const string UnknownReport = "TG0308";
    public const string RulesForceZero = "TG0309";
    public const string RuleImplied = "TG0310";
    public const string CellFixedByRules = "TG0311";

    // Table structure
    public const string EmptyGroup = "TG0401";
    public const string NumberingOutOfSequence = "TG0402";
    public const string DuplicateSiblingLabel = "TG0403";
    public const string NoDataCells = "TG0404";
    public const string GroupCarriesData = "TG0405";

    public const string UnknownPredecessor = "TG0501";
    public const string UnknownPredecessorMember = "TG0502";
    public const string SupersessionCycle = "TG0503";
    public const string RuleNotAcrossFormats = "TG0504";

    // Claims: figures the report's text states
    public const string ClaimPatternInvalid = "TG0601";
    public const string ClaimPatternGroups = "TG0602";
    public const string ClaimPatternMatchesEmpty = "TG0603";
    public const string ClaimUnknownCell = "TG0604";
    public const string ClaimGroupCell = "TG0605";

    // Use of the generated types in C#
    public const string ValidateResultIgnored = "TG1001";
    public const string TotalComputedByHand = "TG1002";
    public const string CellCopiedByIndexAcrossTables = "TG1003";
}
