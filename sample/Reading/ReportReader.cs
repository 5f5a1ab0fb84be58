namespace TemplateGen.Sample.Reading;

/// <summary>A report read into the generated tables of its format.</summary>
internal sealed record ReportReading(
    string Source,
    ReportHeader Header,
    KnownFormat Format,
    FormatEvidence Evidence,
    IReadOnlyList<IReportTable> Tables,
    IReadOnlyList<TableReading> Readings);

/// <summary>Reads a published report (plain text or HTML) into the generated tables of the format it follows.</summary>
internal static class ReportReader
{
    public static ReportReading Read(string source, string content, KnownFormat? format = null)
    {
        var lines = LooksLikeHtml(content) ? HtmlReport.Lines(content) : PlainTextReport.Lines(content);
        var header = ReportHeader.Read(lines);
        var (detected, evidence) = format is null ? FormatDetector.Detect(lines, header.Year) : (format, FormatEvidence.Override);
        var tables = detected.CreateTables();
        var readings = TableLocator.Locate(lines, tables.Select(t => t.Metadata).ToList())
            .Select((located, i) => located.Start is { } start
                ? TableReader.Read(tables[i], lines.Skip(start + 1).Take(located.End - start - 1).ToList(), lines[start].Number)
                : new TableReading(located.Table, TableState.Missing, null, Array.Empty<RowProblem>(), Array.Empty<InferredCell>()))
            .ToList();
        return new ReportReading(source, header, detected, evidence, tables, readings);
    }

    private static bool LooksLikeHtml(string content)
    {
        var start = content.TrimStart();
        return start.StartsWith('<') && (start.Contains("<table", StringComparison.OrdinalIgnoreCase) || start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
