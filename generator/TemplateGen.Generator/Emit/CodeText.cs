using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TemplateGen.Generator.Emit;

/// <summary>
/// A generated file as the compiler reads it, straight from the <see cref="StringBuilder"/> it was written into: the
/// file is never copied into a string of its own first (that copy was a sixth of what the generator allocated).
/// </summary>
/// <remarks>The builder is finished when this is made and never changes after, as a <see cref="SourceText"/> must not.</remarks>
internal sealed class CodeText : SourceText
{
    private readonly StringBuilder _text;

    public CodeText(StringBuilder text) => _text = text;

    /// <summary>UTF-8, so the compiler can embed the file in the PDB.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _text.Length;

    public override char this[int position] => _text[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString(TextSpan span) => _text.ToString(span.Start, span.Length);
}
