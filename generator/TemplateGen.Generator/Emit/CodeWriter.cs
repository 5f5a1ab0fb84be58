using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TemplateGen.Generator.Emit;

/// <summary>
/// Writes indented C# with '\n' line ends, so output is byte-identical on every OS. Each file is written once,
/// straight into one buffer: a line is either whole (<see cref="Line"/>) or built from parts
/// (<see cref="Start"/>, <see cref="Text"/>, <see cref="Literal"/>, <see cref="Int"/>, <see cref="End"/>) that
/// escape template text as they append it, so no part is formatted into a string of its own first.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text;
    private int _indent;

    /// <param name="capacity">The expected length, so the buffer rarely grows.</param>
    public CodeWriter(int capacity = 4096) => _text = new StringBuilder(capacity);

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any) and an opening brace, and indents.</summary>
    public CodeWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the lines that follow, without a brace.</summary>
    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Begins a line built from parts: writes the indentation.</summary>
    public CodeWriter Start()
    {
        _text.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Appends code as it is.</summary>
    public CodeWriter Text(string code)
    {
        _text.Append(code);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal, or <c>null</c>.</summary>
    public CodeWriter Literal(string? value)
    {
        Literals.AppendString(_text, value);
        return this;
    }

    /// <summary>Appends an int literal.</summary>
    public CodeWriter Int(int value)
    {
        Literals.AppendInt(_text, value);
        return this;
    }

    /// <summary>Appends template text made safe for an XML doc comment line.</summary>
    public CodeWriter Xml(string text)
    {
        Literals.AppendXml(_text, text);
        return this;
    }

    /// <summary>Appends template text made safe for a // comment line.</summary>
    public CodeWriter Comment(string text)
    {
        Literals.AppendSingleLine(_text, text);
        return this;
    }

    /// <summary>Ends a line built from parts, after <paramref name="code"/>.</summary>
    public CodeWriter End(string code = "")
    {
        _text.Append(code).Append('\n');
        return this;
    }

    /// <summary>A one-line XML summary.</summary>
    public CodeWriter Summary(string text) => Start().Text("/// <summary>").Xml(text).End("</summary>");

    /// <summary>The file as source text, read from the buffer it was written into; UTF-8 so the compiler can emit it into the PDB.</summary>
    public SourceText ToSourceText() => new CodeText(_text);

    public override string ToString() => _text.ToString();
}
