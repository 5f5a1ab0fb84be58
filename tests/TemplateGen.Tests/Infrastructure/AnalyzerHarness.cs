using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateGen.Analyzers;

namespace TemplateGen.Tests.Infrastructure;

/// <summary>Runs TemplateGen's analyzers as the compiler does; an analyzer exception (AD0001) fails the test.</summary>
internal static class AnalyzerHarness
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new GeneratedApiUsageAnalyzer());

    /// <summary>Diagnostics for templates alone, sorted by file and position.</summary>
    public static Diagnostic[] Templates(params AdditionalText[] files) => Run(GeneratorHarness.Compilation(), files);

    /// <summary>Diagnostics of the analyzers over a compilation (generated code included) and templates.</summary>
    public static Diagnostic[] Run(Compilation compilation, AdditionalText[] files, CompilationOptions? options = null, AnalyzerConfigOptionsProvider? fileOptions = null)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var withAnalyzers = compilation
            .WithOptions(options ?? compilation.Options)
            .WithAnalyzers(
                Analyzers,
                new CompilationWithAnalyzersOptions(
                    fileOptions is null ? new AnalyzerOptions(files.ToImmutableArray()) : new AnalyzerOptions(files.ToImmutableArray(), fileOptions),
                    onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (!exceptions.IsEmpty || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("An analyzer threw: " + string.Join("; ", exceptions.Select(e => e.ToString()).Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()))));
        }

        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToArray();
    }

    /// <summary>A C# compilation with the generator's output for <paramref name="files"/>, for the usage analyzers.</summary>
    /// <remarks>Template diagnostics of Info severity (TG0504 on the shipped templates together) are left out: they are about the templates, not the code.</remarks>
    public static Diagnostic[] Usage(string source, params AdditionalText[] files)
    {
        var (_, output) = GeneratorHarness.Run(files, source);
        return Run(output, files).Where(d => d.Severity != DiagnosticSeverity.Info || !d.Id.StartsWith("TG0", StringComparison.Ordinal)).ToArray();
    }
}
