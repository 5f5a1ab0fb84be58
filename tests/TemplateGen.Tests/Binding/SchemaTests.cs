using System.Text.Json;
using Shouldly;
using TemplateGen.Templates.Binding;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Binding;

/// <summary>The JSON Schema editors use and the reader must accept exactly the same properties.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(ShippedTemplates.Text("template.schema.json")).RootElement;

    public static TheoryData<string, string[]> Objects() => new()
    {
        { "", TemplateVocabulary.Template },
        { "properties/domainRule", TemplateVocabulary.DomainRule },
        { "properties/sections/items", TemplateVocabulary.Section },
        { "definitions/table", TemplateVocabulary.Table },
        { "definitions/column", TemplateVocabulary.Column },
        { "definitions/row", TemplateVocabulary.Row },
        { "definitions/rule", TemplateVocabulary.Rule },
        { "definitions/equation", TemplateVocabulary.Equation },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_and_reader_accept_the_same_properties(string pointer, string[] readerNames)
    {
        var node = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(Schema, (e, name) => e.GetProperty(name));

        node.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        node.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(readerNames, ignoreOrder: true);
    }
}
