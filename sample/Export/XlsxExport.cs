using System.Data;
using MiniExcelLibs;

namespace TemplateGen.Sample.Export;

/// <summary>Writes the export tables as the sheets of one workbook, numbers as numbers, blanks as empty cells.</summary>
internal static class XlsxExport
{
    public static void Write(string path, IEnumerable<ExportTable> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            // A DataTable carries its header even when it has no rows, which a list of dictionaries cannot.
            var data = new DataTable(table.Name);
            foreach (var column in table.Columns)
            {
                data.Columns.Add(column, typeof(object));
            }

            foreach (var row in table.Rows)
            {
                data.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
            }

            sheets.Add(table.Name, data);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }
}
