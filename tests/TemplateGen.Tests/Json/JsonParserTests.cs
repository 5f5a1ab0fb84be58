using Shouldly;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Json;
using Xunit;

namespace TemplateGen.Tests.Json;

public sealed class JsonParserTests
{
    [Fact]
    public void Values_keep_their_exact_spans_across_lines()
    {
        var root = (JsonObject)JsonParser.Parse("{\n  \"id\": \"a\",\r\n  \"n\": [1, -2.5e3, true, null]\n}").Root!;

        var id = root.Find("id")!;
        id.NameSpan.ShouldBe(new Templates.Text.TemplateSpan(4, 4, 1, 2, 1, 6));
        id.Value.Span.ToString().ShouldBe("(2,9)");
        var items = ((JsonArray)root.Find("n")!.Value).Items;
        ((JsonNumber)items[1]).Text.ShouldBe("-2.5e3");
        items[1].Span.StartLine.ShouldBe(2);
        items[1].Span.StartColumn.ShouldBe(11);
        items.Select(i => i.Kind).ShouldBe(new[] { JsonKind.Number, JsonKind.Number, JsonKind.Boolean, JsonKind.Null });
    }

    [Fact]
    public void Escapes_are_unescaped()
    {
        var root = (JsonString)JsonParser.Parse("\"a\\\"b\\\\c\\/d\\n\\u4E00\"").Root!;

        root.Value.ShouldBe("a\"b\\c/d\n一");
    }

    [Theory]
    [InlineData("{\"a\": \"open", TemplateProblemKind.UnterminatedString, 0, 6, "This string is never closed. Add the closing '\"'.")]
    [InlineData("{\"a\": 1,}", TemplateProblemKind.TrailingComma, 0, 7, "Trailing comma before '}': JSON does not allow a comma after the last property. Remove the comma.")]
    [InlineData("[1,\n 2,\n]", TemplateProblemKind.TrailingComma, 1, 2, "Trailing comma before ']': JSON does not allow a comma after the last item. Remove the comma.")]
    [InlineData("\"a\\qb\"", TemplateProblemKind.InvalidEscape, 0, 2, "'\\q' is not a JSON escape. Use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or write the character itself.")]
    [InlineData("\"\\u12\"", TemplateProblemKind.InvalidEscape, 0, 1, "'\\u' must be followed by exactly four hexadecimal digits, e.g. \\u4E00.")]
    [InlineData("{\"a\": 1, \"a\": 2}", TemplateProblemKind.DuplicateKey, 0, 9, "The key \"a\" appears twice in one object; first at (1,2). Remove or rename one of them.")]
    [InlineData("{'a': 1}", TemplateProblemKind.UnexpectedToken, 0, 1, "Unexpected a single quote: JSON strings use double quotes; expected a property name in double quotes.")]
    [InlineData("// note\n{}", TemplateProblemKind.UnexpectedToken, 0, 0, "Unexpected '/': JSON does not allow comments; expected a value (object, array, string, number, true, false or null).")]
    [InlineData("{\"a\": 01}", TemplateProblemKind.UnexpectedToken, 0, 6, "'01' is not a JSON number (no leading zeros, '+' signs or hex; digits are required after '.' and 'e').")]
    [InlineData("{\"a\": 1", TemplateProblemKind.UnexpectedToken, 0, 7, "The template ends where ',' or '}' after a property value was expected. Close every '{' and '['.")]
    [InlineData("{} {}", TemplateProblemKind.UnexpectedToken, 0, 3, "Unexpected text after the end of the template; a template is a single JSON object.")]
    public void The_first_syntax_error_is_reported_at_its_line_and_column(string text, TemplateProblemKind kind, int line, int column, string message)
    {
        var result = JsonParser.Parse(text);

        result.Root.ShouldBeNull();
        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(kind);
        error.Severity.ShouldBe(TemplateProblemSeverity.Error);
        (error.Span.StartLine, error.Span.StartColumn).ShouldBe((line, column));
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000);

        var error = JsonParser.Parse(text).Error.ShouldNotBeNull();

        error.Kind.ShouldBe(TemplateProblemKind.NestingTooDeep);
        error.Span.StartColumn.ShouldBe(JsonParser.MaxDepth);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var text = new string('[', JsonParser.MaxDepth) + new string(']', JsonParser.MaxDepth);

        JsonParser.Parse(text).Error.ShouldBeNull();
    }
}
