namespace TemplateGen.Templates.Text;

/// <summary>
/// A range of template text: its character offset and length. Lines and columns are worked out only where a span is
/// shown (<see cref="LineMap"/>, or Roslyn's <c>SourceText</c>, which counts lines the same way): every node of a
/// template carries a span, and few are ever shown, so the reader neither stores nor looks up their lines.
/// </summary>
public readonly record struct TemplateSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Renders the span as its offsets, <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
