using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Templates;

namespace TemplateGen.Benchmarks;

/// <summary>
/// The least a template generator can do: the same pipeline shape over the template files, reading each one's text
/// and producing nothing. TemplateGen's generator is measured against it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReadOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider
            .Where(static file => TemplateLoader.IsTemplatePath(file.Path))
            .Select(static (file, cancellation) => file.GetText(cancellation)?.Length ?? 0);
        context.RegisterSourceOutput(lengths, static (_, _) => { });
    }
}

/// <summary>The least a template analyzer can do: read each template's text and report nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadOnlyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR", "Floor", "Floor", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(file =>
        {
            if (TemplateLoader.IsTemplatePath(file.AdditionalFile.Path))
            {
                _ = file.AdditionalFile.GetText(file.CancellationToken)?.Length;
            }
        }));
    }
}
