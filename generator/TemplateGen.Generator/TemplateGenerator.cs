using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TemplateGen.Generator.Emit;
using TemplateGen.Templates;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator;

/// <summary>
/// Compiles every <c>*.template.json</c> AdditionalFile into typed table classes with metadata and
/// generated balance checks. Template errors are reported by TemplateGen's analyzers; this generator
/// only leaves out what they touch.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TemplateGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The generated code needs C# 8 (nullable annotations) and the TemplateGen.Runtime assembly. Without
        // either nothing is generated and the analyzers say why (TG0204, TG0205), instead of a page of CS8370 or
        // CS0246 errors in generated files. Both steps yield a bool, so an edit elsewhere leaves the rest cached.
        var languageSupported = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageSupported);
        var runtimeReferenced = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(RuntimeContract.TableInterface) is not null)
            .WithTrackingName(TrackingNames.RuntimeReferenced);
        var canGenerate = languageSupported
            .Combine(runtimeReferenced)
            .Select(static (pair, _) => pair.Left && pair.Right);

        IncrementalValuesProvider<LoadedTemplate> templates = context.AdditionalTextsProvider
            .Where(static file => TemplateLoader.IsTemplatePath(file.Path))
            .WithTrackingName(TrackingNames.TemplateFiles)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellation) => new TemplateFile(
                pair.Left.Path,
                pair.Left.GetText(cancellation)?.ToString(),
                pair.Right.GetOptions(pair.Left).TryGetValue(TemplateLoader.NamespaceOverrideKey, out var ns) ? ns : null,
                pair.Right.GlobalOptions.TryGetValue(TemplateLoader.AccessibilityKey, out var access) ? access : null))
            .WithTrackingName(TrackingNames.TemplateText)
            // A host may list one file twice (tests, tools, IDEs do; MSBuild does not): it is one template, taken at its
            // first listing, or its files would be added twice (CS8785).
            .Collect()
            .SelectMany(static (files, _) => files.GroupBy(file => file.Path, StringComparer.Ordinal).Select(sameFile => sameFile.First()))
            .WithTrackingName(TrackingNames.DistinctTemplateText)
            .Select(static (file, _) => Load(file))
            .WithTrackingName(TrackingNames.TemplateModel);

        // A template that made the loader fail says so once, as a TG diagnostic, instead of CS8785 dropping every template's output.
        context.RegisterSourceOutput(templates.Where(static t => t.Failure is not null), static (output, t) => output.ReportDiagnostic(Failures.Diagnostic(t.Path, "loading", t.Failure!)));
        templates = templates.Where(static t => t.Template is not null);

        // A template's path, namespace and table ids: the names of the types and files it generates.
        var typeNames = templates
            .Select(static (t, _) => new HintKey(t.Path, t.Template!.Namespace, t.Template.Tables.Select(table => table.Id).ToEquatableArray()))
            .WithTrackingName(TrackingNames.HintKey)
            .Collect();

        var prefixes = typeNames
            .Select(static (keys, _) => HintNames.Assign(keys))
            .WithTrackingName(TrackingNames.HintPrefixes);

        // A template's Report gets a ValidateAgainstPrevious overload for the Report of the template it supersedes,
        // so it depends on that template's namespace only (a string): editing the other template's tables keeps
        // this one's output cached.
        var identities = templates
            .Select(static (t, _) => new TemplateIdentity(t.Path, t.Template!.Id, t.Template.Namespace))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.TemplateIdentities);

        // Types the project already has that a template's namespace or tables would clash with (the analyzers report
        // them as TG0202). Recomputed on each compilation, but as strings, so nothing downstream reruns unless they change.
        var clashes = typeNames
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => pair.Left
                .Select(key => new PathClashes(key.Path, CompilationClashes.Find(key.Namespace, key.TableIds, name => ExistingTypes.Exist(pair.Right, name))))
                .Where(c => !c.Clashes.IsEmpty)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.CompilationClashes);

        var inputs = templates
            .Combine(prefixes)
            .Combine(canGenerate)
            .Combine(identities)
            .Combine(clashes)
            .Select(static (pair, _) =>
            {
                var ((((loaded, hintPrefixes), generate), all), clashing) = pair;
                var template = WithoutClashes(loaded.Template!, clashing.FirstOrDefault(c => c.Path == loaded.Path)?.Clashes);
                return generate && template is not null && HintNames.For(hintPrefixes, loaded.Path) is { } prefix
                    ? new EmitInput(template, prefix, HintNames.NamespaceOf(all, hintPrefixes, template.Supersedes, template.Namespace))
                    : null;
            })
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.EmitInput);

        context.RegisterSourceOutput(inputs, static (output, input) => Emit(output, input));
    }

    /// <summary>The template without the tables whose types clash with the project's; null when nothing of it can be generated.</summary>
    private static Template? WithoutClashes(Template template, TemplateClashes? clashes)
    {
        if (clashes is null)
        {
            return template;
        }

        if (clashes.NamespaceType is not null || clashes.Tables.Any(c => c.TableId.Length == 0))
        {
            return null;
        }

        return template with { Tables = template.Tables.Where(t => !clashes.Tables.Any(c => c.TableId == t.Id)).ToEquatableArray() };
    }

    /// <summary>Loads a template; an exception (a bug: the loader is built never to throw) is kept as the template's failure.</summary>
    private static LoadedTemplate Load(TemplateFile file)
    {
        try
        {
            return new LoadedTemplate(file.Path, file.Text is null ? null : Loader(file.Text, file.NamespaceOverride, file.AccessibilityDefault).Template);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new LoadedTemplate(file.Path, null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The loader the pipeline calls; tests replace it to prove a failure stays one diagnostic.</summary>
    /// <remarks>Without the checks that only advise: they never change what is generated, and the analyzers run them.</remarks>
    internal static Func<string, string?, string?, TemplateLoadResult> Loader { get; set; } = static (text, namespaceOverride, accessibility) => TemplateLoader.Load(text, namespaceOverride, accessibility, includeAdvice: false);

    private static void Emit(SourceProductionContext output, EmitInput input)
    {
        try
        {
            foreach (var table in input.Template.Tables)
            {
                output.AddSource(GeneratedNames.TableHint(input.HintPrefix, table.Id), new TableEmitter(input.Template, table).Emit().ToSourceText());
            }

            output.AddSource(GeneratedNames.ReportHint(input.HintPrefix), ReportEmitter.Emit(input.Template, input.PredecessorNamespace).ToSourceText());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug here must not become CS8785, which drops the output of every template: this one says so, once.
            output.ReportDiagnostic(Failures.Diagnostic(input.Template.Id, "generating", exception.GetType().Name + ": " + exception.Message));
        }
    }
}
