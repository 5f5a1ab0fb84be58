using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Json;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Reads the properties of one template object against the names the format defines, reporting unknown
/// names (with the nearest known one), values of the wrong type and missing required properties.
/// </summary>
internal sealed class PropertyReader
{
    private readonly JsonObject _object;
    private readonly string _owner;
    private readonly ProblemSink _sink;
    private readonly bool _hasOwnSyntaxErrors;

    /// <summary>Unknown names that look like a known name the object lacks, by that name, with their warning's index.</summary>
    /// <remarks>Made only when an object has such a name: most have none, and the binder reads an object per row, column and rule.</remarks>
    private Dictionary<string, (JsonProperty Property, int Problem, TemplateFix? Fix)>? _misspellings;

    public PropertyReader(JsonObject json, string owner, ProblemSink sink, string[] knownNames)
    {
        _object = json;
        _owner = owner;
        _sink = sink;
        _hasOwnSyntaxErrors = json.HasSyntaxErrors && json.SyntaxErrors > json.Properties.Sum(p => p.Value.SyntaxErrors);
        for (var i = 0; i < json.Properties.Count; i++)
        {
            var property = json.Properties[i];

            // A property whose value a syntax error took is that error's echo, whatever its name.
            if (!knownNames.Contains(property.Name) && property.Value.Kind != JsonKind.Missing)
            {
                var nearest = NameSuggester.Nearest(property.Name, knownNames);
                var fix = nearest is not null && json.Find(nearest) is null
                    ? TemplateFix.Replace($"Rename '{property.Name}' to '{nearest}'", property.NameSpan.Start, property.NameSpan.Length, $"\"{nearest}\"")
                    : null;
                if (fix is not null && !(_misspellings ??= new()).ContainsKey(nearest!))
                {
                    _misspellings.Add(nearest!, (property, _sink.Count, fix));
                }

                _sink.Warning(
                    TemplateProblemKind.UnknownProperty,
                    property.NameSpan,
                    $"'{property.Name}' is not a property of {owner}; it is ignored.{NameSuggester.Hint(nearest)} Known properties: {string.Join(", ", knownNames)}.",
                    fix: fix);
            }
        }
    }

    /// <summary>Where to point when something is missing: the opening brace of the object.</summary>
    public TemplateSpan ObjectStart => _object.Span with { Length = 1 };

    public bool Has(string name) => _object.Find(name) is not null;

    public JsonProperty? Property(string name) => _object.Find(name);

    public string? String(string name, bool required = false) =>
        Get<JsonString>(name, required, "a string")?.Value;

    public JsonString? StringNode(string name, bool required = false) =>
        Get<JsonString>(name, required, "a string");

    public JsonArray? Array(string name, bool required = false) =>
        Get<JsonArray>(name, required, "an array");

    public JsonObject? Object(string name, bool required = false) =>
        Get<JsonObject>(name, required, "an object");

    public int? NonNegativeInt(string name)
    {
        var number = Get<JsonNumber>(name, required: false, "a number");
        if (number is null)
        {
            return null;
        }

        if (number.TryGetInt32(out var value) && value >= 0 && value <= 28)
        {
            return value;
        }

        _sink.Error(TemplateProblemKind.InvalidValue, number.Span, $"'{name}' of {_owner} must be a whole number from 0 to 28, not {number.Text}.");
        return null;
    }

    /// <summary>Reads a string that must be one of <paramref name="choices"/>; returns the default when absent or invalid.</summary>
    public T Choice<T>(string name, T fallback, IReadOnlyDictionary<string, T> choices, bool required = false)
    {
        var node = StringNode(name, required);
        if (node is null)
        {
            return fallback;
        }

        if (choices.TryGetValue(node.Value, out var value))
        {
            return value;
        }

        var nearest = NameSuggester.Nearest(node.Value, choices.Keys);
        _sink.Error(
            TemplateProblemKind.InvalidValue,
            node.Span,
            $"'{node.Value}' is not a valid '{name}' of {_owner}; use one of: {string.Join(", ", choices.Keys.Select(k => $"\"{k}\""))}.{NameSuggester.Hint(nearest)}",
            fix: nearest is null ? null : TemplateFix.Replace($"Use \"{nearest}\"", node.Span.Start, node.Span.Length, $"\"{nearest}\""));
        return fallback;
    }

    private TNode? Get<TNode>(string name, bool required, string expected)
        where TNode : JsonNode
    {
        var property = _object.Find(name);
        if (property is null)
        {
            if (required && _misspellings is not null && _misspellings.TryGetValue(name, out var misspelling))
            {
                // One slip, one diagnostic: the missing property, at the key that was meant to be it.
                _sink.Replace(misspelling.Problem, new TemplateProblem(
                    TemplateProblemKind.MissingProperty,
                    TemplateProblemSeverity.Error,
                    $"{ProblemText.Capitalize(_owner)} has no '{name}'; '{misspelling.Property.Name}' looks like a misspelling of it. Rename it to \"{name}\".",
                    misspelling.Property.NameSpan,
                    null,
                    misspelling.Fix));
            }
            // In an object whose own text is damaged the property may be there, lost to the syntax error reported.
            else if (required && !_hasOwnSyntaxErrors)
            {
                _sink.Error(TemplateProblemKind.MissingProperty, ObjectStart, $"{ProblemText.Capitalize(_owner)} has no '{name}'; add \"{name}\": {Example(expected)}.");
            }

            return null;
        }

        if (property.Value is TNode node)
        {
            return node;
        }

        if (property.Value.Kind == JsonKind.Missing)
        {
            return null;
        }

        _sink.Error(TemplateProblemKind.InvalidValue, property.Value.Span, $"'{name}' of {_owner} must be {expected}, not {Describe(property.Value.Kind)}.");
        return null;
    }

    private static string Example(string expected) => expected switch
    {
        "a string" => "\"...\"",
        "an array" => "[ ... ]",
        "an object" => "{ ... }",
        _ => "0",
    };

    private static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };

}
