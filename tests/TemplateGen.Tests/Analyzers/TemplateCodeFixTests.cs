using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using TemplateGen.CodeFixes;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>Code fixes applied in-process to the template as an additional document of an AdhocWorkspace project.</summary>
public sealed class TemplateCodeFixTests
{
    public sealed record Fix(string Id, string Template, string Find, string Replace, string Title, string? FixedReplace = null)
    {
        public override string ToString() => Id;
    }

    public static TheoryData<Fix> Fixes() => new()
    {
        new("TG0003", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", ]", "Remove the trailing comma"),
        new("TG0101", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"2.\", \"label\": \"不予公开\" }", "Rename 'nubmer' to 'number'", "{ \"id\": \"Refused\", \"number\": \"2.\", \"label\": \"不予公开\" }"),
        new("TG0103", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"lable\": \"不予公开\" }", "Rename 'lable' to 'label'"),
        new("TG0102", "two", "\"between\": \"rows\", \"message\": \"规则二\"", "\"between\": \"row\", \"message\": \"规则二\"", "Use \"rows\""),
        new("TG0201", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Granted\", \"label\": \"不予公开\" }", "Rename the duplicate to 'Granted2'", "{ \"id\": \"Granted2\", \"label\": \"不予公开\" }"),
        new("TG0301", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refusd\" ]", "Use 'Refused'"),
        new("TG0304", "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", \"Granted\" ]", "Remove the second 'Granted'"),
        new("TG0307", "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\" ]", "Add Refused to the parts"),
        new("TG0402", "grouped", "\"number\": \"（二）\"", "\"number\": \"（四）\"", "Renumber from （二）"),
    };

    [Theory]
    [MemberData(nameof(Fixes))]
    public async Task The_fix_edits_the_template_so_the_diagnostic_goes_away(Fix fix)
    {
        var (clean, broken) = fix.Template == "two"
            ? (TestTemplates.TwoTables, TestTemplates.TwoTablesWith(fix.Find, fix.Replace))
            : (TestTemplates.Grouped, TestTemplates.GroupedWith(fix.Find, fix.Replace));
        var expected = fix.FixedReplace is null ? clean : broken.Replace(fix.Replace, fix.FixedReplace, StringComparison.Ordinal);

        var (title, fixedText) = await ApplyOnlyFixAsync(broken, fix.Id);

        title.ShouldBe(fix.Title);
        fixedText.ShouldBe(expected);
        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", fixedText)).Select(d => d.Id).ShouldNotContain(fix.Id);
    }

    [Fact]
    public void Every_diagnostic_that_carries_a_fix_is_fixable_and_tested()
    {
        new TemplateFixProvider().FixableDiagnosticIds.ShouldBe(((IEnumerable<object[]>)Fixes()).Select(row => ((Fix)row[0]).Id), ignoreOrder: true);
    }

    [Fact]
    public async Task A_diagnostic_without_a_fix_offers_none()
    {
        // A misspelled property with no near known name: the analyzer cannot know what was meant.
        var text = TestTemplates.TwoTablesWith("{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"colour\": \"red\", \"label\": \"不予公开\" }");

        var actions = await FixesAsync(text, "TG0101");

        actions.ShouldBeEmpty();
    }

    private static async Task<(string Title, string Text)> ApplyOnlyFixAsync(string text, string id)
    {
        var (document, actions) = await FixesWithDocumentAsync(text, id);
        var action = actions.ShouldHaveSingleItem();
        var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var changed = operation.ChangedSolution.GetAdditionalDocument(document.Id)!;
        return (action.Title, (await changed.GetTextAsync()).ToString());
    }

    private static async Task<List<CodeAction>> FixesAsync(string text, string id) => (await FixesWithDocumentAsync(text, id)).Actions;

    private static async Task<(TextDocument Document, List<CodeAction> Actions)> FixesWithDocumentAsync(string text, string id)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        var documentId = DocumentId.CreateNewId(project.Id);
        var solution = project.Solution.AddAdditionalDocument(documentId, "t.template.json", SourceText.From(text), filePath: "/p/t.template.json");
        workspace.TryApplyChanges(solution).ShouldBeTrue();
        var document = workspace.CurrentSolution.GetAdditionalDocument(documentId)!;
        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText(document.FilePath ?? document.Name, text)).First(d => d.Id == id);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);

        await new TemplateFixProvider().RegisterCodeFixesAsync(context);

        return (document, actions);
    }
}
