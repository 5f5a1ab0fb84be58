namespace TemplateGen.Templates.Text;

/// <summary>
/// A range of template text: character offset and length plus zero-based line and column of both ends,
/// counted the way Roslyn's <c>SourceText</c> counts them, so a diagnostic can point at the exact JSON text.
/// </summary>
public readonly record struct TemplateSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Renders the span as <c>(line,column)</c> with one-based numbers, as compilers print them.</summary>
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
