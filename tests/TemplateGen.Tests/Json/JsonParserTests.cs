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
        const string text = "{\n  \"id\": \"a\",\r\n  \"n\": [1, -2.5e3, true, null]\n}";
        var root = (JsonObject)JsonParser.Parse(text).Root!;
        var lines = new Templates.Text.LineMap(text);

        var id = root.Find("id")!;
        id.NameSpan.ShouldBe(new Templates.Text.TemplateSpan(4, 4));
        (lines.Position(id.NameSpan.Start), lines.Position(id.NameSpan.End)).ShouldBe(((1, 2), (1, 6)));
        lines.Describe(id.Value.Span.Start).ShouldBe("(2,9)");
        var items = ((JsonArray)root.Find("n")!.Value).Items;
        ((JsonNumber)items[1]).Text.ShouldBe("-2.5e3");
        lines.Position(items[1].Span.Start).ShouldBe((2, 11)); // after "\r\n", one line break as Roslyn counts it
        items.Select(i => i.Kind).ShouldBe(new[] { JsonKind.Number, JsonKind.Number, JsonKind.Boolean, JsonKind.Null });
    }

    [Fact]
    public void A_property_name_written_many_times_is_one_string()
    {
        var root = (JsonObject)JsonParser.Parse("{\"rows\": [ {\"id\": \"a\"}, {\"id\": \"b\"}, {\"i\\u0064\": \"c\"} ]}").Root!;

        var names = ((JsonArray)root.Find("rows")!.Value).Items.Select(i => ((JsonObject)i).Properties.Single().Name).ToList();
        names.ShouldBe(new[] { "id", "id", "id" });
        ReferenceEquals(names[0], names[1]).ShouldBeTrue();
        ((JsonString)((JsonObject)((JsonArray)root.Find("rows")!.Value).Items[2]).Find("id")!.Value).Value.ShouldBe("c");
    }

    [Fact]
    public void Many_distinct_and_colliding_names_keep_their_own_text()
    {
        // 20,000 names, most of them distinct, with more than the table's probe limit sharing the first slots.
        var names = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? "n" + (i % 97) : "name" + i).ToList();
        var text = "[" + string.Join(", ", names.Select(n => $"{{\"{n}\": 1}}")) + "]";

        var items = ((JsonArray)JsonParser.Parse(text).Root!).Items;

        items.Select(i => ((JsonObject)i).Properties.Single().Name).ShouldBe(names);
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
    [InlineData("{\"a\": 1", TemplateProblemKind.UnexpectedToken, 0, 7, "The '{' at (1,1) is not closed before the end of the template. Add the missing '}'.")]
    [InlineData("{} {}", TemplateProblemKind.UnexpectedToken, 0, 3, "Unexpected text after the end of the template; a template is a single JSON object.")]
    public void A_syntax_error_is_reported_once_at_its_line_and_column(string text, TemplateProblemKind kind, int line, int column, string message)
    {
        var result = JsonParser.Parse(text);

        result.IsValid.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Kind.ShouldBe(kind);
        error.Severity.ShouldBe(TemplateProblemSeverity.Error);
        new Templates.Text.LineMap(text).Position(error.Span.Start).ShouldBe((line, column));
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000);

        var error = JsonParser.Parse(text).Errors.ShouldHaveSingleItem();

        error.Kind.ShouldBe(TemplateProblemKind.NestingTooDeep);
        new Templates.Text.LineMap(text).Position(error.Span.Start).ShouldBe((0, JsonParser.MaxDepth));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var text = new string('[', JsonParser.MaxDepth) + new string(']', JsonParser.MaxDepth);

        JsonParser.Parse(text).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_comma_is_reported_at_the_next_property_with_a_fix_and_both_properties_are_read()
    {
        const string text = "{\n  \"a\": 1\n  \"b\": 2\n}";

        var result = JsonParser.Parse(text);

        var root = (JsonObject)result.Root!;
        root.Properties.Select(p => p.Name).ShouldBe(new[] { "a", "b" });
        root.SyntaxErrors.ShouldBe(1);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("Missing ',' between two properties. Add a ',' after the value on line 2.");
        new Templates.Text.LineMap(text).Describe(error.Span.Start).ShouldBe("(3,3)");
        var edit = error.Fix.ShouldNotBeNull().Edits.ShouldHaveSingleItem();
        (edit.Start, edit.Length, edit.NewText).ShouldBe((text.IndexOf('1') + 1, 0, ","));
    }

    [Fact]
    public void An_object_left_open_before_the_next_item_ends_there_and_only_it_counts_the_error()
    {
        var result = JsonParser.Parse("[\n  { \"a\": 1 },\n  { \"b\": 2,\n  { \"c\": 3 }\n]");

        var items = ((JsonArray)result.Root!).Items.Cast<JsonObject>().ToList();
        items.Select(i => i.Properties.Single().Name).ShouldBe(new[] { "a", "b", "c" });
        items.Select(i => i.SyntaxErrors).ShouldBe(new[] { 0, 1, 0 });
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("The '{' at (3,3) is not closed before the next '{'. Add the missing '}'.");
    }

    [Fact]
    public void An_array_left_open_before_the_next_property_ends_there()
    {
        var result = JsonParser.Parse("{\n  \"rows\": [ 1, 2,\n  \"rules\": []\n}");

        var root = (JsonObject)result.Root!;
        root.Properties.Select(p => p.Name).ShouldBe(new[] { "rows", "rules" });
        ((JsonArray)root.Find("rows")!.Value).Items.Count.ShouldBe(2);
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("The '[' at (2,11) is not closed before the next property. Add the missing ']'.");
    }

    [Fact]
    public void Slips_on_different_lines_are_each_reported_and_counted_where_they_are()
    {
        const string text = "{\n  \"a\": { \"x\": 1,, \"y\": 2 },\n  \"b\": { \"x\": tru },\n  \"c\": { \"x\": \"open },\n  \"d\": { \"x\": 1 }\n}";
        var result = JsonParser.Parse(text);

        var lines = new Templates.Text.LineMap(text);
        result.Errors.Select(e => (e.Kind, lines.Position(e.Span.Start).Line)).ShouldBe(new[]
        {
            (TemplateProblemKind.UnexpectedToken, 1),
            (TemplateProblemKind.UnexpectedToken, 2),
            (TemplateProblemKind.UnterminatedString, 3),
        });
        var root = (JsonObject)result.Root!;
        root.Properties.Select(p => (p.Name, p.Value.SyntaxErrors > 0)).ShouldBe(new[] { ("a", true), ("b", true), ("c", true), ("d", false) });
        ((JsonObject)root.Find("a")!.Value).Properties.Select(p => p.Name).ShouldBe(new[] { "x", "y" });
    }

    [Fact]
    public void Past_a_hundred_errors_the_reader_stops_and_says_so()
    {
        var text = "{\n" + string.Concat(Enumerable.Repeat("  ?\n", 500)) + "}";

        var result = JsonParser.Parse(text);

        result.Root.ShouldBeNull();
        result.Errors.Count.ShouldBe(JsonParser.MaxErrors + 1);
        result.Errors[^1].Message.ShouldBe("More than 100 syntax errors; the rest of the text is not read. Is this file a JSON template?");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData(",")]
    [InlineData("{\"a\"")]
    [InlineData("[\"a\":")]
    [InlineData("}")]
    [InlineData("\\")]
    public void Hostile_repetitions_are_read_in_one_pass_without_throwing(string unit)
    {
        // Each recovery moves on or leaves its container; a lookahead is cached; so a megabyte of any slip stays linear.
        var text = "{\"a\": [" + string.Concat(Enumerable.Repeat(unit, 200_000));

        var result = JsonParser.Parse(text);

        result.IsValid.ShouldBeFalse();
        result.Errors.Count.ShouldBeInRange(1, JsonParser.MaxErrors + 1);
    }
}
