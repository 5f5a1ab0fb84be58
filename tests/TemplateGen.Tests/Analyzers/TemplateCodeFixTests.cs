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
        new("TG0001", "two", "\"title\": \"测试\",", "\"title\": \"测试\"", "Insert the missing ','"),
        new("TG0001", "two", "\"rows\": [ { \"id\": \"Only\", \"label\": \"唯一\" } ]", "\"rows\": [ { \"id\": \"Only\", \"label\": \"唯一\" }", "Insert the missing ']'", "\"rows\": [ { \"id\": \"Only\", \"label\": \"唯一\" }]"),
        new("TG0001", "two", "\"id\": \"Other\",", "\"id\": \"Other\",,", "Remove the extra comma"),
        new("TG0003", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", ]", "Remove the trailing comma"),
        new("TG0101", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"2.\", \"label\": \"不予公开\" }", "Rename 'nubmer' to 'number'", "{ \"id\": \"Refused\", \"number\": \"2.\", \"label\": \"不予公开\" }"),
        new("TG0103", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"lable\": \"不予公开\" }", "Rename 'lable' to 'label'"),
        new("TG0102", "two", "\"between\": \"rows\", \"message\": \"规则二\"", "\"between\": \"row\", \"message\": \"规则二\"", "Use \"rows\""),
        new("TG0201", "two", "{ \"id\": \"Refused\", \"label\": \"不予公开\" }", "{ \"id\": \"Granted\", \"label\": \"不予公开\" }", "Rename the duplicate to 'Granted2'", "{ \"id\": \"Granted2\", \"label\": \"不予公开\" }"),
        new("TG0301", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refusd\" ]", "Use 'Refused'"),
        new("TG0301", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"previous.Refusd\" ]", "Use 'previous.Refused'", "\"parts\": [ \"Granted\", \"previous.Refused\" ]"),
        new("TG0308", "two", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"prev.Refused\" ]", "Use 'previous.Refused'", "\"parts\": [ \"Granted\", \"previous.Refused\" ]"),
        new("TG0304", "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\", \"Refused\", \"Granted\" ]", "Remove the second 'Granted'"),
        new("TG0307", "grouped", "\"parts\": [ \"Granted\", \"Refused\" ]", "\"parts\": [ \"Granted\" ]", "Add Refused to the parts"),
        new("TG0310", "grouped", "\"parts\": [ \"Granted\", \"Refused\" ] }", "\"parts\": [ \"Granted\", \"Refused\" ] }, { \"id\": \"R2\", \"between\": \"rows\", \"message\": \"总计\", \"left\": [ \"ResultsTotal\" ], \"right\": [ \"Refused\", \"Granted\" ] }", "Remove rule R2"),
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
        var tested = ((IEnumerable<object[]>)Fixes()).Select(row => ((Fix)row[0]).Id).Concat(new[] { "TG0501", "TG0502" }).Distinct();
        new TemplateFixProvider().FixableDiagnosticIds.ShouldBe(tested, ignoreOrder: true);
    }

    [Theory]
    [InlineData("TG0501", "\"supersedes\": \"groupd\"", "\"supersedes\": \"grouped\"", "Use 'grouped'")]
    [InlineData("TG0502", "\"id\": \"Granted\", \"was\": \"Grantd\"", "\"id\": \"Granted\", \"was\": \"Granted\"", "Use 'Granted'")]
    public async Task A_lineage_fix_writes_the_id_the_superseded_template_has(string id, string broken, string fixedText, string title)
    {
        // Template Cases continues the grouped template's Requests table; the superseded template is in the project beside it.
        var lineage = TestTemplates.TwoTables
            .Replace("\"namespace\": \"Test.Reports\",", "\"namespace\": \"Test.Reports\", \"supersedes\": \"grouped\",", StringComparison.Ordinal)
            .Replace("\"id\": \"Cases\",", "\"id\": \"Cases\", \"was\": \"Requests\",", StringComparison.Ordinal)
            .Replace("\"id\": \"Granted\"", "\"id\": \"Granted\", \"was\": \"Granted\"", StringComparison.Ordinal);
        var text = lineage.Replace(fixedText, broken, StringComparison.Ordinal);
        text.ShouldNotBe(lineage);

        var (document, actions) = await FixesWithDocumentAsync(text, id, TestTemplates.Grouped);
        var action = actions.ShouldHaveSingleItem();
        var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var result = (await operation.ChangedSolution.GetAdditionalDocument(document.Id)!.GetTextAsync()).ToString();

        action.Title.ShouldBe(title);
        result.ShouldBe(lineage);
        AnalyzerHarness.Templates(new InMemoryAdditionalText("/p/t.template.json", result), new InMemoryAdditionalText("/p/grouped.template.json", TestTemplates.Grouped))
            .Select(d => d.Id).ShouldBeEmpty();
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

    /// <param name="beside">Other templates of the project, seen by the analyzer but not edited.</param>
    private static async Task<(TextDocument Document, List<CodeAction> Actions)> FixesWithDocumentAsync(string text, string id, params string[] beside)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        var documentId = DocumentId.CreateNewId(project.Id);
        var solution = project.Solution.AddAdditionalDocument(documentId, "t.template.json", SourceText.From(text), filePath: "/p/t.template.json");
        workspace.TryApplyChanges(solution).ShouldBeTrue();
        var document = workspace.CurrentSolution.GetAdditionalDocument(documentId)!;
        var others = beside.Select((other, i) => (AdditionalText)new InMemoryAdditionalText($"/p/beside{i}.template.json", other));
        var diagnostic = AnalyzerHarness.Templates(others.Prepend(new InMemoryAdditionalText(document.FilePath ?? document.Name, text)).ToArray()).First(d => d.Id == id);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);

        await new TemplateFixProvider().RegisterCodeFixesAsync(context);

        return (document, actions);
    }
}
