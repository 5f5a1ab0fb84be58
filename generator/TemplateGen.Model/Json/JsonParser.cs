using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Json;

/// <summary>The outcome of reading JSON text: a tree, or the first syntax error.</summary>
/// <param name="Root">The value, when the text is valid JSON.</param>
/// <param name="Error">The first error, when it is not.</param>
public sealed record JsonParseResult(JsonNode? Root, TemplateProblem? Error);

/// <summary>
/// A strict RFC 8259 reader that keeps the span of every value and property name. It stops at the
/// first error and never throws; nesting is bounded so hostile input cannot exhaust the stack.
/// </summary>
public sealed class JsonParser
{
    /// <summary>Deepest nesting of arrays and objects accepted; templates need five or six levels.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly LineMap _lines;
    private int _position;

    private JsonParser(string text)
    {
        _text = text;
        _lines = new LineMap(text);
    }

    /// <summary>Reads one JSON value that fills the whole text (a leading byte-order mark is allowed).</summary>
    public static JsonParseResult Parse(string text)
    {
        var parser = new JsonParser(text);
        try
        {
            if (parser.Peek() == '\uFEFF')
            {
                parser._position++;
            }

            var root = parser.ReadValue(depth: 0);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw parser.Error(TemplateProblemKind.UnexpectedToken, parser._position, 1, "Unexpected text after the end of the template; a template is a single JSON object.");
            }

            return new JsonParseResult(root, null);
        }
        catch (SyntaxError error)
        {
            return new JsonParseResult(null, error.Problem);
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private JsonNode ReadValue(int depth)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error(TemplateProblemKind.UnexpectedToken, _position, 0, "The template ends where a value was expected.");
        }

        var start = _position;
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                var value = ReadString();
                return new JsonString(value, Span(start));
            case 't':
                ReadKeyword("true");
                return new JsonBoolean(true, Span(start));
            case 'f':
                ReadKeyword("false");
                return new JsonBoolean(false, Span(start));
            case 'n':
                ReadKeyword("null");
                return new JsonNull(Span(start));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw UnexpectedCharacter("a value (object, array, string, number, true, false or null)");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var start = _position;
        CheckDepth(depth);
        _position++; // {
        var properties = new List<JsonProperty>();
        Dictionary<string, TemplateSpan>? seen = null;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonObject(properties, Span(start));
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw UnexpectedCharacter("a property name in double quotes");
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = Span(nameStart);
            if (FindDuplicate(properties, name, ref seen) is { } first)
            {
                throw new SyntaxError(new TemplateProblem(
                    TemplateProblemKind.DuplicateKey,
                    TemplateProblemSeverity.Error,
                    $"The key \"{name}\" appears twice in one object; first at {first}. Remove or rename one of them.",
                    nameSpan,
                    first));
            }

            seen?.Add(name, nameSpan);
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw UnexpectedCharacter($"':' after the property name \"{name}\"");
            }

            _position++;
            var value = ReadValue(depth);
            properties.Add(new JsonProperty(name, nameSpan, value));
            SkipWhitespace();
            var c = Peek();
            if (c == ',')
            {
                var comma = _position;
                _position++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    throw Error(TemplateProblemKind.TrailingComma, comma, 1, "Trailing comma before '}': JSON does not allow a comma after the last property. Remove the comma.", TemplateFix.Replace("Remove the trailing comma", comma, 1, ""));
                }

                continue;
            }

            if (c == '}')
            {
                _position++;
                return new JsonObject(properties, Span(start));
            }

            throw UnexpectedCharacter("',' or '}' after a property value");
        }
    }

    /// <summary>
    /// Where <paramref name="name"/> was already used in the object. Template objects have a handful of properties,
    /// scanned in place; past <see cref="ScanLimit"/> a dictionary takes over, so a hostile object stays linear.
    /// </summary>
    private static TemplateSpan? FindDuplicate(List<JsonProperty> properties, string name, ref Dictionary<string, TemplateSpan>? seen)
    {
        if (seen is null && properties.Count < ScanLimit)
        {
            foreach (var property in properties)
            {
                if (string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    return property.NameSpan;
                }
            }

            return null;
        }

        if (seen is null)
        {
            seen = new Dictionary<string, TemplateSpan>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                seen.Add(property.Name, property.NameSpan);
            }
        }

        return seen.TryGetValue(name, out var first) ? first : null;
    }

    private const int ScanLimit = 16;

    private JsonArray ReadArray(int depth)
    {
        var start = _position;
        CheckDepth(depth);
        _position++; // [
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonArray(items, Span(start));
        }

        while (true)
        {
            items.Add(ReadValue(depth));
            SkipWhitespace();
            var c = Peek();
            if (c == ',')
            {
                var comma = _position;
                _position++;
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw Error(TemplateProblemKind.TrailingComma, comma, 1, "Trailing comma before ']': JSON does not allow a comma after the last item. Remove the comma.", TemplateFix.Replace("Remove the trailing comma", comma, 1, ""));
                }

                continue;
            }

            if (c == ']')
            {
                _position++;
                return new JsonArray(items, Span(start));
            }

            throw UnexpectedCharacter("',' or ']' after an array item");
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(TemplateProblemKind.NestingTooDeep, _position, 1, $"Arrays and objects are nested more than {MaxDepth} levels deep here. A template needs only a few levels; check for unbalanced brackets.");
        }
    }

    private string ReadString()
    {
        var start = _position;
        _position++; // opening quote
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (AtEnd)
            {
                throw Error(TemplateProblemKind.UnterminatedString, start, _position - start, "This string is never closed. Add the closing '\"'.");
            }

            var c = _text[_position];
            if (c == '"')
            {
                var result = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return result;
            }

            if (c == '\n' || c == '\r')
            {
                throw Error(TemplateProblemKind.UnterminatedString, start, _position - start, "This string is not closed before the end of the line. Add the closing '\"' (write a line break inside a string as \\n).");
            }

            if (c < ' ')
            {
                throw Error(TemplateProblemKind.UnexpectedToken, _position, 1, $"A control character (U+{(int)c:X4}) inside a string must be escaped, e.g. as \\u{(int)c:X4}.");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            var escapeStart = _position;
            _position++;
            if (AtEnd)
            {
                throw Error(TemplateProblemKind.UnterminatedString, start, _position - start, "This string is never closed. Add the closing '\"'.");
            }

            var e = _text[_position];
            _position++;
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error(TemplateProblemKind.InvalidEscape, escapeStart, Math.Min(6, _text.Length - escapeStart), "'\\u' must be followed by exactly four hexadecimal digits, e.g. \\u4E00.");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error(TemplateProblemKind.InvalidEscape, escapeStart, 2, $"'\\{e}' is not a JSON escape. Use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or write the character itself.");
            }

            runStart = _position;
        }
    }

    private void ReadKeyword(string keyword)
    {
        if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0)
        {
            throw UnexpectedCharacter("a value (object, array, string, number, true, false or null)");
        }

        _position += keyword.Length;
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!ReadDigits())
        {
            throw InvalidNumber(start);
        }

        if (Peek() == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                throw InvalidNumber(start);
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            if (!ReadDigits())
            {
                throw InvalidNumber(start);
            }
        }

        if (char.IsLetterOrDigit(Peek()))
        {
            throw InvalidNumber(start);
        }

        return new JsonNumber(_text.Substring(start, _position - start), Span(start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (!AtEnd && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private SyntaxError InvalidNumber(int start)
    {
        var end = _position;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '.' || _text[end] == '-' || _text[end] == '+'))
        {
            end++;
        }

        return Error(TemplateProblemKind.UnexpectedToken, start, Math.Max(1, end - start), $"'{_text.Substring(start, end - start)}' is not a JSON number (no leading zeros, '+' signs or hex; digits are required after '.' and 'e').");
    }

    private SyntaxError UnexpectedCharacter(string expected)
    {
        if (AtEnd)
        {
            return Error(TemplateProblemKind.UnexpectedToken, _position, 0, $"The template ends where {expected} was expected. Close every '{{' and '['.");
        }

        var c = _text[_position];
        var shown = c == '\'' ? "a single quote: JSON strings use double quotes"
            : c == '/' ? "'/': JSON does not allow comments"
            : $"'{c}'";
        return Error(TemplateProblemKind.UnexpectedToken, _position, 1, $"Unexpected {shown}; expected {expected}.");
    }

    private TemplateSpan Span(int start) => _lines.Span(start, _position - start);

    private SyntaxError Error(TemplateProblemKind kind, int start, int length, string message, TemplateFix? fix = null) =>
        new(new TemplateProblem(kind, TemplateProblemSeverity.Error, message, _lines.Span(start, length), Fix: fix));

    // Unwinds the recursive descent to Parse at the first error; it never leaves this class.
    private sealed class SyntaxError : Exception
    {
        public SyntaxError(TemplateProblem problem) => Problem = problem;

        public TemplateProblem Problem { get; }
    }
}
