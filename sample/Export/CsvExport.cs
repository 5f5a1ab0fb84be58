using CsvHelper;

namespace TemplateGen.Sample.Export;

/// <summary>Writes each export table as <c>name.csv</c>: RFC 4180, UTF-8 with a byte-order mark so Excel opens the Chinese labels as such.</summary>
internal static class CsvExport
{
    // Text taken from a report (a label, a sentence) that starts like a formula is shown as text, never run.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    /// <summary>Writes every table into <paramref name="directory"/> (created if absent) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory, IEnumerable<ExportTable> tables)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in tables)
        {
            var path = Path.Combine(directory, table.Name + ".csv");
            using (var csv = CsvWriter.ToFile(path, Options))
            {
                csv.WriteRecord(table.Columns.ToArray());
                foreach (var row in table.Rows)
                {
                    foreach (var value in row)
                    {
                        Write(csv, value);
                    }

                    csv.EndRecord();
                }
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>Numbers as numbers (invariant culture, no grouping; a negative one is not taken for a formula); null as an empty field.</summary>
    private static void Write(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case decimal number:
                csv.WriteField(number, default);
                break;
            case int number:
                csv.WriteField(number, default);
                break;
            default:
                csv.WriteField(value?.ToString() ?? "");
                break;
        }
    }
}
