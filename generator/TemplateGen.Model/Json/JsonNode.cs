using System.Collections.Generic;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Json;

/// <summary>The kind of a JSON value.</summary>
public enum JsonKind
{
    /// <summary>An object: <c>{ ... }</c>.</summary>
    Object,
    /// <summary>An array: <c>[ ... ]</c>.</summary>
    Array,
    /// <summary>A string.</summary>
    String,
    /// <summary>A number, kept as its source text.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary>A value the text should have and does not (its syntax error is reported where it stands).</summary>
    Missing,
}

/// <summary>A JSON value with the exact span of its text.</summary>
public abstract class JsonNode
{
    private protected JsonNode(JsonKind kind, TemplateSpan span)
    {
        Kind = kind;
        Span = span;
    }

    /// <summary>What kind of value this is.</summary>
    public JsonKind Kind { get; }

    /// <summary>Where the value's text is.</summary>
    public TemplateSpan Span { get; }

    /// <summary>How many syntax errors the reader found and repaired inside this value; 0 when its text is valid JSON.</summary>
    public int SyntaxErrors { get; private protected set; }

    /// <summary>Whether this value's text holds a syntax error, so what was read of it may not be what its author meant.</summary>
    public bool HasSyntaxErrors => SyntaxErrors > 0;
}

/// <summary>A JSON object; its properties keep source order.</summary>
public sealed class JsonObject : JsonNode
{
    internal JsonObject(IReadOnlyList<JsonProperty> properties, TemplateSpan span, int syntaxErrors = 0)
        : base(JsonKind.Object, span)
    {
        Properties = properties;
        SyntaxErrors = syntaxErrors;
    }

    /// <summary>The properties in source order. Names are unique: the parser reports a duplicate and keeps the first.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>Finds a property by exact name.</summary>
    public JsonProperty? Find(string name)
    {
        // By index: the binder asks for every property it reads, and a foreach over the interface boxes an enumerator.
        for (var i = 0; i < Properties.Count; i++)
        {
            if (Properties[i].Name == name)
            {
                return Properties[i];
            }
        }

        return null;
    }
}

/// <summary>A name and value inside a JSON object.</summary>
public sealed class JsonProperty
{
    internal JsonProperty(string name, TemplateSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    /// <summary>The unescaped property name.</summary>
    public string Name { get; }

    /// <summary>Where the name's text (quotes included) is.</summary>
    public TemplateSpan NameSpan { get; }

    /// <summary>The property's value.</summary>
    public JsonNode Value { get; }
}

/// <summary>A JSON array.</summary>
public sealed class JsonArray : JsonNode
{
    internal JsonArray(IReadOnlyList<JsonNode> items, TemplateSpan span, int syntaxErrors = 0)
        : base(JsonKind.Array, span)
    {
        Items = items;
        SyntaxErrors = syntaxErrors;
    }

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<JsonNode> Items { get; }
}

/// <summary>A JSON string, unescaped.</summary>
public sealed class JsonString : JsonNode
{
    internal JsonString(string value, TemplateSpan span)
        : base(JsonKind.String, span) => Value = value;

    /// <summary>The unescaped value.</summary>
    public string Value { get; }
}

/// <summary>A JSON number, kept as written so no precision is lost.</summary>
public sealed class JsonNumber : JsonNode
{
    internal JsonNumber(string text, TemplateSpan span)
        : base(JsonKind.Number, span) => Text = text;

    /// <summary>The number exactly as written.</summary>
    public string Text { get; }

    /// <summary>Reads the number as a 32-bit integer if it is one.</summary>
    public bool TryGetInt32(out int value) =>
        int.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);
}

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
public sealed class JsonBoolean : JsonNode
{
    internal JsonBoolean(bool value, TemplateSpan span)
        : base(JsonKind.Boolean, span) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }
}

/// <summary>A JSON <c>null</c>.</summary>
public sealed class JsonNull : JsonNode
{
    internal JsonNull(TemplateSpan span)
        : base(JsonKind.Null, span)
    {
    }
}

/// <summary>Where a value should be and the text has none that can be read; its syntax error is reported there.</summary>
public sealed class JsonMissing : JsonNode
{
    internal JsonMissing(TemplateSpan span)
        : base(JsonKind.Missing, span)
    {
    }
}
