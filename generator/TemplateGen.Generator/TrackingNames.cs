namespace TemplateGen.Generator;

/// <summary>Names of the incremental steps, so tests (and users' tooling) can see what was recomputed.</summary>
public static class TrackingNames
{
    /// <summary>AdditionalFiles whose name ends in .template.json.</summary>
    public const string TemplateFiles = nameof(TemplateFiles);

    /// <summary>Each template's path and text.</summary>
    public const string TemplateText = nameof(TemplateText);

    /// <summary>Each template's validated model.</summary>
    public const string TemplateModel = nameof(TemplateModel);

    /// <summary>Each template's key for naming its generated files.</summary>
    public const string HintKey = nameof(HintKey);

    /// <summary>The file-name prefix assigned to every template, unique across the compilation.</summary>
    public const string HintPrefixes = nameof(HintPrefixes);

    /// <summary>Every template's path, id and namespace, for the overload that takes the superseded format's Report.</summary>
    public const string TemplateIdentities = nameof(TemplateIdentities);

    /// <summary>Whether the project's C# version can compile the generated code (C# 8 or later).</summary>
    public const string LanguageSupported = nameof(LanguageSupported);

    /// <summary>Whether the compilation references TemplateGen.Runtime, which the generated code needs.</summary>
    public const string RuntimeReferenced = nameof(RuntimeReferenced);

    /// <summary>Each template file once, however often the host lists it.</summary>
    public const string DistinctTemplateText = nameof(DistinctTemplateText);

    /// <summary>The templates' namespaces and tables that clash with types the project already has.</summary>
    public const string CompilationClashes = nameof(CompilationClashes);

    /// <summary>What one template's output is generated from.</summary>
    public const string EmitInput = nameof(EmitInput);
}
