namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>One printed character of a PDF page with its box in page space (points, y up) and its size.</summary>
internal readonly record struct Glyph(string Value, double Left, double Right, double Bottom, double Top, double Size)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}
