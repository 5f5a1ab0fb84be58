using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TemplateGen.Diagnostics;

namespace TemplateGen.CodeFixes;

/// <summary>
/// Applies the fix a template diagnostic carries to the template, an additional document: insert a missing comma or
/// bracket, remove an extra or trailing comma, rename a misspelled property or value, use the near name of an unknown row, rename a
/// duplicate id, remove a repeated part, add a left-out part, renumber siblings.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TemplateFixProvider))]
[Shared]
public sealed class TemplateFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.InvalidJson,
        DiagnosticIds.TrailingComma,
        DiagnosticIds.UnknownProperty,
        DiagnosticIds.MissingProperty,
        DiagnosticIds.InvalidValue,
        DiagnosticIds.DuplicateId,
        DiagnosticIds.UnknownReference,
        DiagnosticIds.UnknownReport,
        DiagnosticIds.RuleImplied,
        DiagnosticIds.UnknownPredecessor,
        DiagnosticIds.UnknownPredecessorMember,
        DiagnosticIds.DuplicatePart,
        DiagnosticIds.PartLeftOut,
        DiagnosticIds.NumberingOutOfSequence);

    /// <summary>Each fix edits one template around one problem; fixing all at once is not offered.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixProperties.Decode(diagnostic.Properties) is not { } fix)
            {
                continue;
            }

            var document = context.TextDocument;
            context.RegisterCodeFix(
                CodeAction.Create(fix.Title, cancellation => ApplyAsync(document, fix.Edits.Select(e => new TextChange(new TextSpan(e.Start, e.Length), e.NewText)), cancellation), equivalenceKey: diagnostic.Id + fix.Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, System.Collections.Generic.IEnumerable<TextChange> changes, CancellationToken cancellation)
    {
        var text = await document.GetTextAsync(cancellation).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
    }
}
