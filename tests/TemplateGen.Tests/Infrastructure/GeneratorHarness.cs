using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Generator;

namespace TemplateGen.Tests.Infrastructure;

/// <summary>Runs the generator in-process over in-memory templates and C# sources.</summary>
internal static class GeneratorHarness
{
    /// <summary>The framework alone: a project that has TemplateGen's plug-ins but not its runtime.</summary>
    public static readonly ImmutableArray<MetadataReference> FrameworkReferences =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    /// <summary>The framework and TemplateGen.Runtime: what a project that uses the package compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        FrameworkReferences.Add(MetadataReference.CreateFromFile(typeof(IReportTable).Assembly.Location));

    /// <summary>The oldest C# the generated code supports; tests compile with it so newer syntax cannot slip in.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(ParseOptions, sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, params string[] sources) =>
        Compilation(parseOptions, References, sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"/project/Source{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, warningLevel: 9999));

    public static GeneratorDriver Driver(params AdditionalText[] files) => Driver(files, null);

    public static GeneratorDriver Driver(AdditionalText[] files, AnalyzerConfigOptionsProvider? options, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new TemplateGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns its result and the compilation with the generated code.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(AdditionalText[] files, params string[] sources) => Run(files, null, sources);

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(AdditionalText[] files, AnalyzerConfigOptionsProvider? options, params string[] sources)
    {
        var driver = Driver(files, options).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public static AdditionalText Shipped(string fileName) =>
        new InMemoryAdditionalText(ShippedTemplates.Path(fileName), ShippedTemplates.Text(fileName));

    /// <summary>Every generated file, sorted by hint name, as one text for a snapshot.</summary>
    public static string Snapshot(GeneratorDriverRunResult result, Func<string, bool>? include = null) =>
        string.Concat(result.Results.Single().GeneratedSources
            .Where(s => include?.Invoke(s.HintName) ?? true)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => $"//// {s.HintName}\n{s.SourceText}"));

    public static string[] HintNames(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
