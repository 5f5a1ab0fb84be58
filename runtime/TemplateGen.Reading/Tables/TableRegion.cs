namespace TemplateGen.Reading.Tables;

/// <summary>Where a table's heading is (an index into the lines, or null when not found) and the line index its region ends before.</summary>
internal sealed record TableRegion(int? Start, int End, LooseMatch? LooseHeading);
