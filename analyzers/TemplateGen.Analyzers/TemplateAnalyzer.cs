using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TemplateGen.Diagnostics;
using TemplateGen.Templates;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Lineage;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Analyzers;

/// <summary>
/// Reports every problem of every <c>*.template.json</c> AdditionalFile at its line and column, once, and
/// templates that would generate the same types. Reads templates only through AdditionalText.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TemplateDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Each template is loaded once per compilation; the per-file action and the cross-template check share it.
            // A file listed twice is one template: it is analysed once, at its first listing.
            var templates = start.Options.AdditionalFiles
                .Where(file => TemplateLoader.IsTemplatePath(file.Path))
                .GroupBy(file => file.Path, StringComparer.Ordinal)
                .Select(sameFile => sameFile.First())
                .Select(file => (File: file, Text: file.GetText(start.CancellationToken)))
                .Where(t => t.Text is not null)
                .Select(t => Load(t.File, t.Text!, NamespaceOverride(start.Options, t.File), AccessibilityDefault(start.Options)))
                .ToList();
            var failed = templates.Where(t => t.Failure is not null).ToList();
            templates = templates.Where(t => t.Failure is null).ToList();

            // Checks across templates are built never to throw; if one does, each template says so once (TG0007).
            string? acrossFailure = null;
            IReadOnlyList<TypeCollision> collisions = Array.Empty<TypeCollision>();
            ILookup<LoadedFile, TemplateProblem> lineageProblems = Array.Empty<LoadedFile>().ToLookup(t => t, t => default(TemplateProblem)!);
            try
            {
                collisions = TypeCollisions.Find(templates);
                // By path, as for type collisions: of two templates with one id, the earlier by path is the one "supersedes" names.
                var byPath = templates.OrderBy(t => t.File.Path, StringComparer.Ordinal).ToList();
                lineageProblems = LineageResolver.Check(byPath.Select(t => t.Result).ToList()).ToLookup(p => byPath[p.TemplateIndex], p => p.Problem);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                acrossFailure = $"checking templates against each other: {exception.GetType().Name}: {exception.Message}";
            }

            var languageVersion = (start.Compilation as CSharpCompilation)?.LanguageVersion;
            var runtimeReferenced = start.Compilation.GetTypeByMetadataName(RuntimeContract.TableInterface) is not null;
            start.RegisterAdditionalFileAction(file =>
            {
                if (failed.FirstOrDefault(t => ReferenceEquals(t.File, file.AdditionalFile)) is { } failure)
                {
                    file.ReportDiagnostic(ProcessingFailed(failure.File, "loading: " + failure.Failure));
                    return;
                }

                var loaded = templates.FirstOrDefault(t => ReferenceEquals(t.File, file.AdditionalFile));
                if (loaded is null)
                {
                    return;
                }

                if (acrossFailure is not null)
                {
                    file.ReportDiagnostic(ProcessingFailed(loaded.File, acrossFailure));
                }

                try
                {
                    Report(file, loaded);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    file.ReportDiagnostic(ProcessingFailed(loaded.File, $"analyzing: {exception.GetType().Name}: {exception.Message}"));
                }
            });

            void Report(AdditionalFileAnalysisContext file, LoadedFile loaded)
            {

                if (languageVersion < LanguageVersion.CSharp8)
                {
                    file.ReportDiagnostic(Diagnostic.Create(
                        TemplateDescriptors.LanguageVersionTooOld,
                        Location(loaded, loaded.Result.NamespaceSpan ?? default),
                        $"This project compiles C# {languageVersion.Value.ToDisplayString()}; the code TemplateGen generates from this template needs C# 8 or later, so nothing is generated. Set <LangVersion>8</LangVersion> (or later) in the project."));
                }

                if (!runtimeReferenced)
                {
                    file.ReportDiagnostic(Diagnostic.Create(
                        TemplateDescriptors.RuntimeNotReferenced,
                        Location(loaded, loaded.Result.NamespaceSpan ?? default),
                        $"The code TemplateGen generates from this template needs the {RuntimeContract.AssemblyName} assembly, which this project does not reference, so nothing is generated. Reference the TemplateGen package without excluding its compile assets (IncludeAssets or ExcludeAssets), or reference {RuntimeContract.AssemblyName} itself."));
                }

                foreach (var problem in loaded.Result.Problems)
                {
                    file.ReportDiagnostic(Create(TemplateDescriptors.For(problem.Kind), loaded, problem.Span, problem.RelatedSpan, problem.Message, problem.Fix));
                }

                foreach (var problem in lineageProblems[loaded])
                {
                    file.ReportDiagnostic(Create(TemplateDescriptors.For(problem.Kind), loaded, problem.Span, problem.RelatedSpan, problem.Message, problem.Fix));
                }

                if (loaded.Result.Template is { } model && loaded.Result.NamespaceSpan is { } namespaceSpan)
                {
                    var clashes = CompilationClashes.Find(model.Namespace, model.Tables.Select(t => t.Id).ToList(), name => ExistingTypes.Exist(start.Compilation, name));
                    if (clashes.NamespaceType is { } type)
                    {
                        file.ReportDiagnostic(Create(TemplateDescriptors.InvalidIdentifier, loaded, namespaceSpan, null, $"The namespace '{model.Namespace}' runs through '{type}', a type this project or its references already have, so the generated namespace cannot be declared (CS0101) and nothing is generated. Choose another namespace.", null));
                    }

                    foreach (var clash in clashes.Tables)
                    {
                        var span = clash.TableId.Length == 0 ? namespaceSpan : loaded.Result.TableIdSpans.FirstOrDefault(t => t.Id == clash.TableId)?.Span ?? namespaceSpan;
                        var what = clash.TableId.Length == 0 ? $"The generated {GeneratedNames.ReportClass} class in namespace '{model.Namespace}'" : $"Table '{clash.TableId}' in namespace '{model.Namespace}'";
                        file.ReportDiagnostic(Create(TemplateDescriptors.InvalidIdentifier, loaded, span, null, $"{what} would declare {clash.ExistingType}, a type this project or its references already have: the generated type would hide it (CS0436), and code that needs it (the generated code's own attributes among it) would no longer find it, so {(clash.TableId.Length == 0 ? "nothing" : "the table")} is not generated. Choose another id or namespace.", null));
                    }
                }

                foreach (var collision in collisions.Where(c => ReferenceEquals(c.Later, loaded)))
                {
                    file.ReportDiagnostic(Diagnostic.Create(
                        TemplateDescriptors.DuplicateGeneratedType,
                        Location(loaded, collision.Later.Result.NamespaceSpan!.Value),
                        new[] { Location(collision.Earlier, collision.Earlier.Result.NamespaceSpan!.Value) },
                        collision.Message));
                }
            }
        });
    }

    /// <summary>Loads a template; an exception (a bug: the loader is built never to throw) is kept as the file's failure.</summary>
    private static LoadedFile Load(AdditionalText file, SourceText text, string? namespaceOverride, string? accessibilityDefault)
    {
        try
        {
            return new LoadedFile(file, text, Loader(text.ToString(), namespaceOverride, accessibilityDefault));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new LoadedFile(file, text, new TemplateLoadResult(null, EquatableArray<TemplateProblem>.Empty), exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The loader the analyzer calls; tests replace it to prove a failure stays one diagnostic.</summary>
    internal static Func<string, string?, string?, TemplateLoadResult> Loader { get; set; } = static (text, namespaceOverride, accessibility) => TemplateLoader.Load(text, namespaceOverride, accessibility);

    private static Diagnostic ProcessingFailed(AdditionalText file, string what) => Diagnostic.Create(
        TemplateDescriptors.ProcessingFailed,
        Microsoft.CodeAnalysis.Location.Create(file.Path, default, default),
        $"TemplateGen could not process '{System.IO.Path.GetFileName(file.Path)}' while {what.Replace('\n', ' ').Replace('\r', ' ')}; its diagnostics may be incomplete. Please report it with the template.");

    private static string? AccessibilityDefault(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TemplateLoader.AccessibilityKey, out var access) ? access : null;

    private static string? NamespaceOverride(AnalyzerOptions options, AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(TemplateLoader.NamespaceOverrideKey, out var ns) ? ns : null;

    private static Diagnostic Create(DiagnosticDescriptor descriptor, LoadedFile file, TemplateSpan span, TemplateSpan? related, string message, TemplateFix? fix)
    {
        var properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : FixProperties.Encode(fix.Title, fix.Edits.Select(e => (e.Start, e.Length, e.NewText)).ToList());
        var additional = related is { } r ? new[] { Location(file, r) } : null;
        return Diagnostic.Create(descriptor, Location(file, span), additional, properties, message);
    }

    /// <summary>The span in the file, its lines and columns counted by the file's own text (spans keep only offsets).</summary>
    internal static Location Location(LoadedFile file, TemplateSpan span)
    {
        var start = Math.Min(Math.Max(0, span.Start), file.Text.Length);
        var textSpan = new TextSpan(start, Math.Min(Math.Max(0, span.Length), file.Text.Length - start));
        return Microsoft.CodeAnalysis.Location.Create(file.File.Path, textSpan, file.Text.Lines.GetLinePositionSpan(textSpan));
    }
}

/// <summary>A template file, its text, and what loading it found, or why loading it failed.</summary>
internal sealed record LoadedFile(AdditionalText File, SourceText Text, TemplateLoadResult Result, string? Failure = null);
