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
                .Select(t => new LoadedFile(t.File, TemplateLoader.Load(t.Text!.ToString(), NamespaceOverride(start.Options, t.File))))
                .ToList();
            var collisions = TypeCollisions.Find(templates);
            // By path, as for type collisions: of two templates with one id, the earlier by path is the one "supersedes" names.
            var byPath = templates.OrderBy(t => t.File.Path, StringComparer.Ordinal).ToList();
            var lineageProblems = LineageResolver.Check(byPath.Select(t => t.Result).ToList()).ToLookup(p => byPath[p.TemplateIndex], p => p.Problem);
            var languageVersion = (start.Compilation as CSharpCompilation)?.LanguageVersion;
            var runtimeReferenced = start.Compilation.GetTypeByMetadataName(RuntimeContract.TableInterface) is not null;
            start.RegisterAdditionalFileAction(file =>
            {
                var loaded = templates.FirstOrDefault(t => ReferenceEquals(t.File, file.AdditionalFile));
                if (loaded is null)
                {
                    return;
                }

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

                foreach (var collision in collisions.Where(c => ReferenceEquals(c.Later, loaded)))
                {
                    file.ReportDiagnostic(Diagnostic.Create(
                        TemplateDescriptors.DuplicateGeneratedType,
                        Location(loaded, collision.Later.Result.NamespaceSpan!.Value),
                        new[] { Location(collision.Earlier, collision.Earlier.Result.NamespaceSpan!.Value) },
                        collision.Message));
                }
            });
        });
    }

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

    internal static Location Location(LoadedFile file, TemplateSpan span) =>
        Microsoft.CodeAnalysis.Location.Create(
            file.File.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
}

/// <summary>A template file and what loading it found.</summary>
internal sealed record LoadedFile(AdditionalText File, TemplateLoadResult Result);
