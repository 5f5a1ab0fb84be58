namespace TemplateGen.Sample.Reading;

/// <summary>
/// Splits extracted report text into lines of cells: by '|' where a line has one (one row per line, or one
/// cell per line ending in '|'), else by tab, else the whole line is one cell.
/// </summary>
internal static class PlainTextReport
{
    public static IReadOnlyList<SourceLine> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select((line, index) => new SourceLine(index + 1, Split(line)))
            .ToList();

    private static string[] Split(string line)
    {
        var separator = line.Contains('|', StringComparison.Ordinal) ? '|' : line.Contains('\t', StringComparison.Ordinal) ? '\t' : (char?)null;
        return separator is { } s
            ? line.Split(s).Select(cell => cell.Trim()).ToArray()
            : new[] { line.Trim() };
    }
}
