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

        var templates = context.AdditionalTextsProvider
            .Where(static file => TemplateLoader.IsTemplatePath(file.Path))
            .WithTrackingName(TrackingNames.TemplateFiles)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellation) => new TemplateFile(
                pair.Left.Path,
                pair.Left.GetText(cancellation)?.ToString(),
                pair.Right.GetOptions(pair.Left).TryGetValue(TemplateLoader.NamespaceOverrideKey, out var ns) ? ns : null))
            .WithTrackingName(TrackingNames.TemplateText)
            .Select(static (file, _) => new LoadedTemplate(file.Path, file.Text is null ? null : TemplateLoader.Load(file.Text, file.NamespaceOverride).Template))
            .WithTrackingName(TrackingNames.TemplateModel)
            .Where(static t => t.Template is not null);

        var prefixes = templates
            .Select(static (t, _) => new HintKey(t.Path, t.Template!.Namespace, t.Template.Tables.Select(table => table.Id).ToEquatableArray()))
            .WithTrackingName(TrackingNames.HintKey)
            .Collect()
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

        var inputs = templates
            .Combine(prefixes)
            .Combine(canGenerate)
            .Combine(identities)
            .Select(static (pair, _) =>
            {
                var (((loaded, hintPrefixes), generate), all) = pair;
                return generate && HintNames.For(hintPrefixes, loaded.Path) is { } prefix
                    ? new EmitInput(loaded.Template!, prefix, HintNames.NamespaceOf(all, hintPrefixes, loaded.Template!.Supersedes, loaded.Template.Namespace))
                    : null;
            })
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.EmitInput);

        context.RegisterSourceOutput(inputs, static (output, input) => Emit(output, input));
    }

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
            // A bug here must not become CS8785, which drops the output of every template: fail this one loudly.
            output.AddSource(
                GeneratedNames.ErrorHint(input.HintPrefix),
                $"#error TemplateGen failed to generate template '{Literals.SingleLine(input.Template.Id)}': {Literals.SingleLine(exception.GetType().Name + ": " + exception.Message)}\n");
        }
    }
}
