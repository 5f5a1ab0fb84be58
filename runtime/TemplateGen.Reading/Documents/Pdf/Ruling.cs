namespace TemplateGen.Reading.Documents.Pdf;

/// <summary>
/// A drawn horizontal or vertical line of a page (a table's border): its position across the line
/// (<see cref="At"/>: y for a horizontal ruling, x for a vertical one) and its extent along it.
/// </summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double position, double tolerance) => position >= From - tolerance && position <= To + tolerance;
}
