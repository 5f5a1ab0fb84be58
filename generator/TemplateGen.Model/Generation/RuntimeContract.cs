namespace TemplateGen.Templates.Generation;

/// <summary>
/// What the generated code needs from the TemplateGen.Runtime assembly, in one place for the generator
/// (which names the support types) and the analyzers (which recognise them and report a missing runtime).
/// </summary>
public static class RuntimeContract
{
    /// <summary>The namespace of the support types.</summary>
    public const string Namespace = "TemplateGen";

    /// <summary>The assembly that holds them, shipped in the TemplateGen package under lib/.</summary>
    public const string AssemblyName = "TemplateGen.Runtime";

    /// <summary>How generated code names a support type: fully qualified, so no user namespace can shadow it.</summary>
    public const string TypePrefix = "global::" + Namespace + ".";

    /// <summary>The interface every generated table implements; its presence says the runtime is referenced.</summary>
    public const string TableInterface = Namespace + ".IReportTable";

    /// <summary>The interface every generated Report implements.</summary>
    public const string ReportInterface = Namespace + ".IReport";

    /// <summary>
    /// The runtime's public types in <see cref="Namespace"/> (and its one sub-namespace): a template namespace that
    /// names one of them would hide it from the generated code. A test keeps this list equal to the runtime's.
    /// </summary>
    public static readonly string[] TypeNames =
    {
        "ClaimCell", "ClaimMetadata", "EquationMetadata", "HeaderMetadata", "IReport", "IReportTable", "Localization", "RuleDirection", "RuleMetadata", "RuleSeverity",
        "PreviousYearChecks", "TableCells", "TableMetadata", "TableSupport", "TemplateMetadata", "ValidationResult", "ValueKind", "Violation", "ViolationCell", "ViolationStatus",
    };

    /// <summary>The type every generated Validate() returns.</summary>
    public const string ValidationResult = Namespace + ".ValidationResult";
}
