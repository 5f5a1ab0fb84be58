using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TemplateGen.Benchmarks;

/// <summary>The inputs every benchmark reads, from files copied beside the benchmark assembly.</summary>
internal static class Inputs
{
    public static string Template2021 => Read("gov-info-disclosure-2021.template.json");

    /// <summary>A balanced 2021 report (seed 000, 重庆市沙坪坝区), as text.</summary>
    public static string BalancedReport2021 => Read("000-shapingba-2021.txt");

    /// <summary>A real 2021 report exactly as a web archive saved it: body on one line, cells run together.</summary>
    public static string PublishedReport2021 => Read("pingtan-admin-2021.txt");

    /// <summary>A real report PDF as its government published it (洪泽区 2023, five pages made by WPS).</summary>
    public static byte[] PdfReport2023 => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Inputs", "huaian-hongze-2023.pdf"));

    /// <summary>The framework and TemplateGen.Runtime: what a project using TemplateGen compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(IReportTable).Assembly.Location))
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8);

    /// <summary>An empty compilation the generator and analyzers run against, with nullable on as in a new project.</summary>
    public static CSharpCompilation Compilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "Consumer",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", name));
}
