using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TemplateGen.Templates.Binding;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Json;

/// <summary>
/// An RFC 8259 reader that keeps the span of every value and property name and recovers from syntax errors the way a
/// person editing a template makes them: a missing or extra comma, an unclosed string or bracket, a stray character.
/// Each error is reported at its span and repaired at the nearest sensible point, and every object and array counts
/// the errors inside it, so a caller can keep the parts whose own text is valid. It never throws; nesting is bounded
/// so hostile input cannot exhaust the stack, and the work is linear in the text.
/// </summary>
public sealed class JsonParser
{
    /// <summary>Deepest nesting of arrays and objects accepted; templates need five or six levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Past this many errors the text is not a template being edited; the reader stops and says so.</summary>
    public const int MaxErrors = 100;

    private readonly string _text;

    // Lines are found only for what an error says: a valid template never needs them.
    private LineMap? _lines;
    private readonly List<TemplateProblem> _errors = new();
    private readonly NameTable _names = new();

    // One list per depth, reused for every object and array at that depth: each node keeps an exact-size copy, so
    // reading allocates no list and no array it throws away as the list grows.
    private readonly List<List<JsonProperty>> _propertyLists = new();
    private readonly List<List<JsonNode>> _itemLists = new();
    private int _position;
    private int _errorCount;
    private int _lastErrorLine = -1;
    private int _openObjects;
    private int _openArrays;
    private bool _stopped;

    // A container closed early after a comma that belongs to its parent: the parent takes the comma as read.
    private bool _separatorTaken;

    // An unclosed string swallowed the rest of its line (usually the comma after it), or a stray character stood where a
    // comma belongs: the next missing comma is that error's echo.
    private bool _separatorLost;

    private int _lookaheadAt = -1;
    private bool _lookaheadIsName;

    private JsonParser(string text)
    {
        _text = text;
    }

    private LineMap Lines => _lines ??= new LineMap(_text);

    /// <summary>Reads one JSON value that fills the whole text (a leading byte-order mark is allowed).</summary>
    public static JsonParseResult Parse(string text)
    {
        var parser = new JsonParser(text);
        if (parser.Peek() == '\uFEFF')
        {
            parser._position++;
        }

        var root = parser.ReadValue(depth: 0);
        parser.SkipWhitespace();
        if (!parser._stopped && parser._position < text.Length)
        {
            parser.Report(TemplateProblemKind.UnexpectedToken, parser._position, 1, "Unexpected text after the end of the template; a template is a single JSON object.");
        }

        // Text past a stop was never read: nothing of it can be told apart from what is missing.
        var usable = parser._stopped ? null : root is JsonObject or JsonArray || parser._errorCount == 0 ? root : null;
        return new JsonParseResult(usable, parser._errors, parser._errorCount);
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
        _separatorLost = false;
        SkipWhitespace();
        var start = _position;
        if (AtEnd)
        {
            Report(TemplateProblemKind.UnexpectedToken, _position, 0, "The template ends where a value was expected.");
            return new JsonMissing(Span(start));
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                var errorsBefore = _errorCount;
                var value = ReadString();
                return _errorCount == errorsBefore ? new JsonString(value, Span(start)) : new JsonMissing(Span(start));
            case 't' when Keyword("true"):
                return new JsonBoolean(true, Span(start));
            case 'f' when Keyword("false"):
                return new JsonBoolean(false, Span(start));
            case 'n' when Keyword("null"):
                return new JsonNull(Span(start));
            case ',' or '}' or ']' or ':':
                Report(TemplateProblemKind.UnexpectedToken, _position, 1, $"Expected a value before '{c}'.");
                return new JsonMissing(new TemplateSpan(start, 0));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                ReportUnexpected("a value (object, array, string, number, true, false or null)");
                SkipStray();
                return new JsonMissing(Span(start));
        }
    }

    private JsonNode ReadObject(int depth)
    {
        var start = _position;
        if (!Enter(depth))
        {
            return new JsonMissing(Span(start));
        }

        var errorsBefore = _errorCount;
        _position++; // {
        _openObjects++;
        var properties = Scratch(_propertyLists, depth);
        Dictionary<string, TemplateSpan>? seen = null;
        var expectName = true;
        var comma = -1; // the comma just read, while a property name is expected after it
        var valueEnd = _position; // where a missing ',' or '}' belongs
        while (!_stopped)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                ReportUnclosed(start, '{', valueEnd, "the end of the template");
                break;
            }

            var c = _text[_position];
            if (c == '}')
            {
                if (comma >= 0)
                {
                    Report(TemplateProblemKind.TrailingComma, comma, 1, "Trailing comma before '}': JSON does not allow a comma after the last property. Remove the comma.", TemplateFix.Replace("Remove the trailing comma", comma, 1, ""));
                }

                _position++;
                _separatorLost = false;
                break;
            }

            if (c == ']' && _openArrays > 0)
            {
                // The ']' closes an enclosing array: this object was never closed.
                ReportUnclosed(start, '{', valueEnd, "this ']'");
                break;
            }

            if (c == ',')
            {
                if (expectName)
                {
                    ReportExtraComma(comma >= 0);
                }

                comma = _position;
                _position++;
                expectName = true;
                _separatorLost = false;
                continue;
            }

            if (!expectName)
            {
                if (c == '"' && IsPropertyNameAt(_position))
                {
                    MissingComma(valueEnd, "Missing ',' between two properties.");
                    expectName = true;
                    comma = -1;
                    continue;
                }

                if (c == '{' && _openArrays > 0)
                {
                    ReportUnclosed(start, '{', valueEnd, "the next '{'");
                    break;
                }

                ReportUnexpected("',' or '}' after a property value");
                SkipStray();
                _separatorLost = true;
                continue;
            }

            if (c == '"')
            {
                ReadProperty(depth, properties, ref seen);
                valueEnd = _position;
                expectName = _separatorTaken;
                comma = -1;
                _separatorTaken = false;
                continue;
            }

            if (c == '{' && comma >= 0 && _openArrays > 0)
            {
                // "{ ... },\n{": the comma and the '{' belong to the enclosing array; this object was never closed.
                ReportUnclosed(start, '{', valueEnd, "the next '{'");
                _separatorTaken = true;
                break;
            }

            ReportUnexpected("a property name in double quotes");
            SkipStray();
        }

        _openObjects--;
        return new JsonObject(properties.ToArray(), Span(start), _errorCount - errorsBefore);
    }

    private void ReadProperty(int depth, List<JsonProperty> properties, ref Dictionary<string, TemplateSpan>? seen)
    {
        var nameStart = _position;
        var errorsBefore = _errorCount;
        var name = ReadString(isName: true);
        var nameSpan = Span(nameStart);
        var nameIsWhole = _errorCount == errorsBefore;
        SkipWhitespace();
        if (Peek() == ':')
        {
            _position++;
        }
        else
        {
            ReportUnexpected($"':' after the property name \"{name}\"");
            if (AtEnd || Peek() is ',' or '}' or ']')
            {
                return;
            }
        }

        var value = ReadValue(depth);
        if (!nameIsWhole)
        {
            return;
        }

        if (FindDuplicate(properties, name, ref seen) is { } first)
        {
            Report(new TemplateProblem(
                TemplateProblemKind.DuplicateKey,
                TemplateProblemSeverity.Error,
                $"The key \"{name}\" appears twice in one object; first at {Lines.Describe(first.Start)}. Remove or rename one of them.",
                nameSpan,
                first));
            return;
        }

        seen?.Add(name, nameSpan);
        properties.Add(new JsonProperty(name, nameSpan, value));
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

    private JsonNode ReadArray(int depth)
    {
        var start = _position;
        if (!Enter(depth))
        {
            return new JsonMissing(Span(start));
        }

        var errorsBefore = _errorCount;
        _position++; // [
        _openArrays++;
        var items = Scratch(_itemLists, depth);
        var expectItem = true;
        var comma = -1; // the comma just read, while an item is expected after it
        var valueEnd = _position;
        while (!_stopped)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                ReportUnclosed(start, '[', valueEnd, "the end of the template");
                break;
            }

            var c = _text[_position];
            if (c == ']')
            {
                if (comma >= 0)
                {
                    Report(TemplateProblemKind.TrailingComma, comma, 1, "Trailing comma before ']': JSON does not allow a comma after the last item. Remove the comma.", TemplateFix.Replace("Remove the trailing comma", comma, 1, ""));
                }

                _position++;
                _separatorLost = false;
                break;
            }

            if (c == '}' && _openObjects > 0)
            {
                // The '}' closes an enclosing object: this array was never closed.
                ReportUnclosed(start, '[', valueEnd, "this '}'");
                break;
            }

            if (c == ',')
            {
                if (expectItem)
                {
                    ReportExtraComma(comma >= 0);
                }

                comma = _position;
                _position++;
                expectItem = true;
                _separatorLost = false;
                continue;
            }

            if (c == '"' && _openObjects > 0 && IsPropertyNameAt(_position))
            {
                // "name": is a property of the enclosing object: this array was never closed.
                ReportUnclosed(start, '[', valueEnd, "the next property");
                _separatorTaken = comma >= 0;
                break;
            }

            if (!expectItem)
            {
                if (IsValueStart(c))
                {
                    MissingComma(valueEnd, "Missing ',' between two array items.");
                    expectItem = true;
                    continue;
                }

                ReportUnexpected("',' or ']' after an array item");
                SkipStray();
                _separatorLost = true;
                continue;
            }

            items.Add(ReadValue(depth));
            valueEnd = _position;
            expectItem = _separatorTaken;
            comma = -1;
            _separatorTaken = false;
        }

        _openArrays--;
        return new JsonArray(items.ToArray(), Span(start), _errorCount - errorsBefore);
    }

    /// <summary>The list kept for <paramref name="depth"/>, emptied.</summary>
    private static List<T> Scratch<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth)
        {
            lists.Add(new List<T>());
        }

        var list = lists[depth];
        list.Clear();
        return list;
    }

    private static bool IsValueStart(char c) => c is '{' or '[' or '"' or 't' or 'f' or 'n' or '-' || (c >= '0' && c <= '9');

    /// <summary>Whether a string starts at <paramref name="at"/> and is followed by ':' (a property name). Cached, so repeated asks stay linear.</summary>
    private bool IsPropertyNameAt(int at)
    {
        if (_lookaheadAt == at)
        {
            return _lookaheadIsName;
        }

        var i = at + 1;
        while (i < _text.Length && _text[i] != '"' && _text[i] != '\n' && _text[i] != '\r')
        {
            i += _text[i] == '\\' ? 2 : 1;
        }

        var isName = false;
        if (i < _text.Length && _text[i] == '"')
        {
            i++;
            while (i < _text.Length && _text[i] is ' ' or '\t')
            {
                i++;
            }

            isName = i < _text.Length && _text[i] == ':';
        }

        _lookaheadAt = at;
        _lookaheadIsName = isName;
        return isName;
    }

    private bool Enter(int depth)
    {
        if (depth <= MaxDepth)
        {
            return true;
        }

        Report(TemplateProblemKind.NestingTooDeep, _position, 1, $"Arrays and objects are nested more than {MaxDepth} levels deep here. A template needs only a few levels; check for unbalanced brackets.");
        _stopped = true;
        return false;
    }

    private string ReadString(bool isName = false)
    {
        var start = _position;
        _position++; // opening quote
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (AtEnd)
            {
                Report(TemplateProblemKind.UnterminatedString, start, _position - start, "This string is never closed. Add the closing '\"'.");
                _separatorLost = true;
                return Finish();
            }

            var c = _text[_position];
            if (c == '"')
            {
                var result = Finish();
                _position++;
                return result;
            }

            if (c == '\n' || c == '\r')
            {
                Report(TemplateProblemKind.UnterminatedString, start, _position - start, "This string is not closed before the end of the line. Add the closing '\"' (write a line break inside a string as \\n).");
                _separatorLost = true;

                // The commas and brackets that end the line are the structure the missing quote would have ended
                // before ("label": "总计 },): read them as such, so the objects around stay as written.
                while (_position > runStart && _text[_position - 1] is ' ' or '\t' or ',' or '}' or ']')
                {
                    _position--;
                }

                return Finish();
            }

            if (c < ' ')
            {
                Report(TemplateProblemKind.UnexpectedToken, _position, 1, $"A control character (U+{(int)c:X4}) inside a string must be escaped, e.g. as \\u{(int)c:X4}.");
                _position++;
                continue;
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
                continue;
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
                        Report(TemplateProblemKind.InvalidEscape, escapeStart, Math.Min(6, _text.Length - escapeStart), "'\\u' must be followed by exactly four hexadecimal digits, e.g. \\u4E00.");
                        break;
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                case '\n' or '\r':
                    _position--; // the line break ends the unclosed string above
                    break;
                default:
                    Report(TemplateProblemKind.InvalidEscape, escapeStart, 2, $"'\\{e}' is not a JSON escape. Use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or write the character itself.");
                    break;
            }

            runStart = _position;
        }

        string Finish() => builder is not null ? builder.Append(_text, runStart, _position - runStart).ToString()
            : isName ? _names.Get(_text, runStart, _position - runStart)
            : _text.Substring(runStart, _position - runStart);
    }

    private bool Keyword(string keyword)
    {
        if (_text.Length - _position < keyword.Length
            || string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0
            || (_position + keyword.Length < _text.Length && char.IsLetterOrDigit(_text[_position + keyword.Length])))
        {
            return false;
        }

        _position += keyword.Length;
        return true;
    }

    private JsonNode ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        var valid = true;
        if (Peek() == '0')
        {
            _position++;
        }
        else
        {
            valid = ReadDigits();
        }

        if (valid && Peek() == '.')
        {
            _position++;
            valid = ReadDigits();
        }

        if (valid && (Peek() == 'e' || Peek() == 'E'))
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            valid = ReadDigits();
        }

        if (valid && !char.IsLetterOrDigit(Peek()))
        {
            return new JsonNumber(_text.Substring(start, _position - start), Span(start));
        }

        var end = _position;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '.' || _text[end] == '-' || _text[end] == '+'))
        {
            end++;
        }

        end = Math.Max(end, start + 1);
        Report(TemplateProblemKind.UnexpectedToken, start, end - start, $"'{_text.Substring(start, end - start)}' is not a JSON number (no leading zeros, '+' signs or hex; digits are required after '.' and 'e').");
        _position = end;
        return new JsonMissing(Span(start));
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

    /// <summary>Steps over what cannot stand here: a whole string, or a run of characters up to the next space or bracket. Always moves.</summary>
    private void SkipStray()
    {
        if (Peek() == '"')
        {
            ReadString();
            return;
        }

        _position++;
        while (!AtEnd && _text[_position] is not (' ' or '\t' or '\n' or '\r' or '{' or '}' or '[' or ']' or ',' or ':' or '"'))
        {
            _position++;
        }
    }

    private void ReportUnexpected(string expected)
    {
        if (AtEnd)
        {
            Report(TemplateProblemKind.UnexpectedToken, _position, 0, $"The template ends where {expected} was expected. Close every '{{' and '['.");
            return;
        }

        var c = _text[_position];
        var shown = c == '\'' ? "a single quote: JSON strings use double quotes"
            : c == '/' ? "'/': JSON does not allow comments"
            : $"'{c}'";
        Report(TemplateProblemKind.UnexpectedToken, _position, 1, $"Unexpected {shown}; expected {expected}.");
    }

    private void MissingComma(int valueEnd, string message)
    {
        if (_separatorLost)
        {
            // The unclosed string or stray character before it took the comma's place; that error already says so.
            _separatorLost = false;
            _errorCount++;
            return;
        }

        Report(TemplateProblemKind.UnexpectedToken, _position, 1, $"{message} Add a ',' after the value on {Where(valueEnd)}.", TemplateFix.Replace("Insert the missing ','", valueEnd, 0, ","));
    }

    private void ReportExtraComma(bool afterComma) =>
        Report(TemplateProblemKind.UnexpectedToken, _position, 1, afterComma ? "Two commas in a row. Remove one." : "A comma cannot come first. Remove it.", TemplateFix.Replace("Remove the extra comma", _position, 1, ""));

    private void ReportUnclosed(int open, char bracket, int valueEnd, string before)
    {
        var close = bracket == '{' ? '}' : ']';
        Report(
            TemplateProblemKind.UnexpectedToken,
            _position,
            AtEnd ? 0 : 1,
            $"The '{bracket}' at {Lines.Describe(open)} is not closed before {before}. Add the missing '{close}'.",
            TemplateFix.Replace($"Insert the missing '{close}'", valueEnd, 0, close.ToString()));
    }

    private string Where(int offset) => $"line {Lines.Position(offset).Line + 1}";

    private TemplateSpan Span(int start) => new TemplateSpan(start, _position - start);

    private void Report(TemplateProblemKind kind, int start, int length, string message, TemplateFix? fix = null) =>
        Report(new TemplateProblem(kind, TemplateProblemSeverity.Error, message, new TemplateSpan(start, length), Fix: fix));

    /// <summary>Counts every error; says the first of each line (the rest are its echoes); stops past <see cref="MaxErrors"/>.</summary>
    private void Report(TemplateProblem problem)
    {
        _errorCount++;
        if (_stopped)
        {
            return;
        }

        var line = Lines.Position(problem.Span.Start).Line;
        if (line == _lastErrorLine)
        {
            return;
        }

        _lastErrorLine = line;
        _errors.Add(problem);
        if (_errors.Count == MaxErrors)
        {
            _errors.Add(new TemplateProblem(
                TemplateProblemKind.UnexpectedToken,
                TemplateProblemSeverity.Error,
                $"More than {MaxErrors} syntax errors; the rest of the text is not read. Is this file a JSON template?",
                problem.Span));
            _stopped = true;
        }
    }
}
