using System.Linq;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Json;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates;

/// <summary>The outcome of loading a template.</summary>
/// <param name="Template">The parts of the template free of errors, or null when nothing can be generated.</param>
/// <param name="Problems">Every problem found, in text order of discovery, each at its exact span.</param>
/// <param name="NamespaceSpan">Where the namespace is written, for problems between templates.</param>
/// <param name="Lineage">What the template says about the template it supersedes, checked against the other templates by <see cref="Lineage.LineageResolver"/>.</param>
/// <param name="TableIdSpans">Where each generated table's id is written, for problems found against the compilation.</param>
public sealed record TemplateLoadResult(Template? Template, EquatableArray<TemplateProblem> Problems, TemplateSpan? NamespaceSpan = null, Lineage.TemplateLineage? Lineage = null, EquatableArray<TableIdSpan> TableIdSpans = default);

/// <summary>A table's id and where it is written.</summary>
public sealed record TableIdSpan(string Id, TemplateSpan Span);

/// <summary>Reads, binds and validates template text. Never throws for any input text.</summary>
public static class TemplateLoader
{
    /// <summary>The file name suffix that marks a template among AdditionalFiles.</summary>
    public const string FileSuffix = ".template.json";

    /// <summary>Whether <paramref name="path"/> names a template file.</summary>
    public static bool IsTemplatePath(string path) => path.EndsWith(FileSuffix, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The analyzer-config key of the per-file namespace override: MSBuild metadata
    /// <c>TemplateGenNamespace</c> on the AdditionalFiles item, made visible by TemplateGen's build props.
    /// </summary>
    public const string NamespaceOverrideKey = "build_metadata.AdditionalFiles.TemplateGenNamespace";

    /// <summary>
    /// The global analyzer option holding the project's default accessibility of generated types: the MSBuild property
    /// <c>TemplateGenAccessibility</c> (<c>public</c> or <c>internal</c>), made visible by TemplateGen's build props. A
    /// template's own <c>"accessibility"</c> wins.
    /// </summary>
    public const string AccessibilityKey = "build_property.TemplateGenAccessibility";

    private static Lineage.TemplateLineage LineageOf(TemplateDraft draft)
    {
        var links = new System.Collections.Generic.List<Lineage.LineageLink>();
        foreach (var table in draft.Tables)
        {
            var predecessorTable = table.Was ?? table.Id;
            if (table.Was is { } was)
            {
                links.Add(new Lineage.LineageLink(Lineage.LineageLinkKind.Table, table.Id, predecessorTable, table.Id, was, table.WasSpan!.Value));
            }

            foreach (var (headers, kind) in new[] { (table.Rows, Lineage.LineageLinkKind.Row), (table.Columns, Lineage.LineageLinkKind.Column) })
            {
                foreach (var header in headers)
                {
                    if (header.Was is { } headerWas)
                    {
                        links.Add(new Lineage.LineageLink(kind, table.Id, predecessorTable, header.Id, headerWas, header.WasSpan!.Value));
                    }
                }
            }
        }

        var rules = draft.Tables
            .Where(t => t.IsValid)
            .SelectMany(t => t.Rules.Where(r => r.IsValid && r.AcrossReports).Select(r => new Lineage.RuleAcrossReportsSpans(
                t.Id,
                r.Id,
                r.IdSpan,
                r.Equations.SelectMany(e => e.Left.Concat(e.Right)).Where(term => term.IsPrevious).Select(term => new Lineage.PreviousTermSpan(term.HeaderIndex, term.Span)).ToEquatableArray())))
            .ToEquatableArray();
        return new Lineage.TemplateLineage(draft.Id, draft.Supersedes, draft.SupersedesSpan, links.ToEquatableArray(), rules);
    }

    /// <summary>Loads a template from its text.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="namespaceOverride">A namespace set by the project for this file; used instead of the template's own when not empty.</param>
    /// <param name="accessibilityDefault">The project's default accessibility of generated types (<see cref="AccessibilityKey"/>), when set.</param>
    /// <param name="includeAdvice">
    /// Whether to run the checks that only advise (warnings and suggestions that never change what is generated:
    /// numbering of siblings, what a total's rule covers, the rule-set analysis); the generator leaves them to the analyzers.
    /// </param>
    public static TemplateLoadResult Load(string text, string? namespaceOverride = null, string? accessibilityDefault = null, bool includeAdvice = true)
    {
        namespaceOverride = string.IsNullOrWhiteSpace(namespaceOverride) ? null : namespaceOverride!.Trim();
        var parsed = JsonParser.Parse(text);
        if (parsed.Root is null)
        {
            return new TemplateLoadResult(null, parsed.Errors.ToEquatableArray());
        }

        var sink = new ProblemSink();
        foreach (var error in parsed.Errors)
        {
            sink.Add(error);
        }

        var binder = new TemplateBinder(sink, namespaceOverride, accessibilityDefault);
        var draft = binder.Bind(parsed.Root);
        if (draft is null)
        {
            return new TemplateLoadResult(null, sink.Problems.ToEquatableArray());
        }

        new TemplateValidator(sink, includeAdvice).Validate(draft);
        var tableIdSpans = draft.Tables.Where(t => t.IsValid).Select(t => new TableIdSpan(t.Id, t.IdSpan)).ToEquatableArray();

        // A slip inside a table leaves that table out; one anywhere else (between tables, in a claim, in the template's
        // own properties) leaves nothing certain to generate from.
        var generated = parsed.ErrorCount > binder.SyntaxErrorsInLeftOutTables ? null : TemplateFreezer.Freeze(draft);
        return new TemplateLoadResult(generated, sink.Problems.ToEquatableArray(), draft.Namespace is null ? null : draft.NamespaceSpan, LineageOf(draft), tableIdSpans);
    }
}
