using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TemplateGen.Tests.Fuzz;

/// <summary>
/// TemplateGen's promise over any template text: no exception in the generator or the analyzers, and whatever is
/// generated compiles (a TG error leaves the part it is about out, never in broken). Mutants of both shipped templates, seeded so any failure reproduces from
/// its seed. CI runs a few thousand; set TEMPLATEGEN_FUZZ_MUTANTS (e.g. 100000) to run the long mode on demand.
/// </summary>
public sealed class TemplateFuzzTests
{
    private const int DefaultMutants = 1_500;
    private readonly ITestOutputHelper _output;

    public TemplateFuzzTests(ITestOutputHelper output) => _output = output;

    private static int Mutants => int.TryParse(Environment.GetEnvironmentVariable("TEMPLATEGEN_FUZZ_MUTANTS"), out var n) && n > 0 ? n : DefaultMutants;

    [Theory]
    [InlineData(ShippedTemplates.Format2021)]
    [InlineData(ShippedTemplates.Format2019)]
    public void Every_mutant_gets_a_TG_error_or_generated_code_that_compiles_and_nothing_throws(string fileName)
    {
        var original = ShippedTemplates.Text(fileName);
        var failures = new List<string>();
        var withErrors = 0;
        for (var seed = 0; seed < Mutants / 2; seed++)
        {
            var text = TemplateMutator.Mutate(original, seed);
            if (Check(text, listedTwice: seed % 8 == 0) is { } failure)
            {
                failures.Add($"seed {seed}: {failure}");
            }
            else if (HasTemplateError(text))
            {
                withErrors++;
            }
        }

        _output.WriteLine($"{Mutants / 2} mutants of {fileName}: {withErrors} with TG errors, {failures.Count} failures");
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// Null when the template keeps the promise; otherwise what broke it. <paramref name="listedTwice"/> gives the
    /// generator the same file twice, as hosts other than MSBuild may.
    /// </summary>
    internal static string? Check(string text, bool listedTwice = false)
    {
        var file = new InMemoryAdditionalText("/p/fuzz.template.json", text);
        Diagnostic[] diagnostics;
        try
        {
            diagnostics = AnalyzerHarness.Templates(file);
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }

        var (result, output) = GeneratorHarness.Run(listedTwice ? new AdditionalText[] { file, file } : new AdditionalText[] { file });
        if (result.Results.Single().Exception is { } thrown)
        {
            return "generator threw " + thrown.GetType().Name + ": " + thrown.Message;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id == "TG0007") is { } failed)
        {
            return "a generator step failed: " + failed.GetMessage();
        }

        if (diagnostics.FirstOrDefault(d => d.Id == "TG0007") is { } analyzerFailed)
        {
            return "an analyzer step failed: " + analyzerFailed.GetMessage();
        }

        if (GeneratorHarness.HintNames(result).FirstOrDefault(h => System.Text.Encoding.UTF8.GetByteCount(h) > 200) is { } longHint)
        {
            return $"generated file name of {System.Text.Encoding.UTF8.GetByteCount(longHint)} bytes: {longHint}";
        }

        // What is generated compiles, TG errors or not: a slip leaves its part out rather than emitting it broken.
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var tgErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? "with TG errors" : "no TG error";
        return errors.Count == 0 ? null : $"{tgErrors}, but the generated code does not compile: " + string.Join("; ", errors.Select(e => e.Id + " " + e.GetMessage()).Distinct().Take(3));
    }

    private static bool HasTemplateError(string text) =>
        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/fuzz.template.json", text)).Any(d => d.Severity == DiagnosticSeverity.Error);
}
